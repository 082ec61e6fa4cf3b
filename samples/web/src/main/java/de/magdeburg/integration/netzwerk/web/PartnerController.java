package de.magdeburg.integration.netzwerk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The partner side: no login. Fill the declaration in the page, upload one, see the receipt. */
@Controller
public class PartnerController {
    /** Prefix of the session attributes naming the receipts this session may look at. */
    private static final String RECEIPT = "netzwerk.receipt.";

    private final LibraryAdapter library;
    private final Intake intake;
    private final ReceivedStore received;
    private final Duration sessionTimeout;
    private final Duration sessionWarning;

    /**
     * @param sessionTimeout how long the server keeps an unused session (Spring Session's own
     *     setting if there is one, else the servlet container's)
     * @param sessionWarning how long before that end the page warns and offers „Sitzung
     *     verlängern“; WCAG 2.2.1 asks for at least 20 seconds to react
     */
    PartnerController(LibraryAdapter library, Intake intake, ReceivedStore received,
            @Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration sessionTimeout,
            @Value("${netzwerk.web.session-warning}") Duration sessionWarning) {
        if (sessionWarning.compareTo(Duration.ofSeconds(20)) < 0 || sessionWarning.compareTo(sessionTimeout) >= 0) {
            throw new IllegalStateException("netzwerk.web.session-warning (" + sessionWarning + ") must be at least "
                    + "20 seconds (WCAG 2.2.1) and shorter than the session timeout (" + sessionTimeout + ")");
        }
        this.library = library;
        this.intake = intake;
        this.received = received;
        this.sessionTimeout = sessionTimeout;
        this.sessionWarning = sessionWarning;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("network", library.profile().network().name());
        return "start";
    }

    @GetMapping("/erklaerung")
    String form(@RequestParam(name = "weiter", required = false) String receipt, HttpServletRequest request,
            Model model) {
        // reading the form starts no session: only an upload does
        HttpSession session = request.getSession(false);
        // "weiter": continue editing the form this session sent, with everything typed so far
        if (receipt != null && sentIn(session, receipt)) {
            model.addAttribute("src", "/erklaerung/eingang/" + receipt + "/formular.pdf");
            // the findings go above the form, each linked to its field, where the partner corrects them
            received.findByReceipt(receipt).filter(r -> r.readingJson() != null)
                    .ifPresent(r -> model.addAttribute("findings", intake.reading(r).findings()));
        } else {
            model.addAttribute("src", "/erklaerung/formular.pdf");
        }
        model.addAttribute("einsendung", newSubmissionToken());
        return "erklaerung";
    }

    /**
     * A token per form page: sent with the file, so a second request of the same submission (a
     * double click) gets the first receipt instead of storing the file again.
     */
    private static String newSubmissionToken() {
        return java.util.UUID.randomUUID().toString();
    }

    /**
     * A fresh CSRF token for the page's fetch; asking for it also keeps the session alive while a
     * partner is still filling the form (and on „Sitzung verlängern“), so "Absenden" never fails on
     * an expired session and the receipts this session sent stay visible. The page also learns
     * how long the session now lasts and when to warn: every state of the form page (also the 413
     * one) asks here when it loads.
     */
    @GetMapping(value = "/erklaerung/sitzung", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> session(CsrfToken token, HttpServletRequest request) {
        // looking the session up is what marks it as used; none is started for a page without one
        HttpSession session = request.getSession(false);
        // the session's own lifetime where there is one: Tomcat rounds the setting to whole minutes
        long lifetime = session != null ? session.getMaxInactiveInterval() : sessionTimeout.toSeconds();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("headerName", token.getHeaderName(), "token", token.getToken(),
                        "sitzungSekunden", lifetime, "warnungSekunden", sessionWarning.toSeconds()));
    }

    @GetMapping("/erklaerung/eingang/{receipt}/formular.pdf")
    ResponseEntity<byte[]> sent(@PathVariable String receipt, HttpSession session) {
        if (!sentIn(session, receipt)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Received r = received.findByReceipt(receipt).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (r.status() == Received.Status.UNREADABLE) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("Erklaerung-" + receipt + ".pdf").build().toString())
                .body(received.content(r.id()));
    }

    @GetMapping("/erklaerung/formular.pdf")
    ResponseEntity<byte[]> blank() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("Erklaerung-Netzwerk-Magdeburg.pdf").build().toString())
                .body(library.blankDeclaration());
    }

    @PostMapping("/erklaerung")
    String submit(@RequestParam(name = "datei", required = false) MultipartFile file,
            @RequestParam(name = "kanal", defaultValue = "UPLOAD") String channel,
            @RequestParam(name = "einsendung", required = false) String token, HttpSession session, Model model,
            HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("src", "/erklaerung/formular.pdf");
            model.addAttribute("error", "Bitte wählen Sie eine PDF-Datei aus.");
            model.addAttribute("einsendung", newSubmissionToken());
            return "erklaerung";
        }
        // the upload was counted against the client's share when it started (UploadAdmission)
        // streamed from Tomcat's temporary file: never the whole upload on the heap
        Received r = intake.receive(file, file.getSize(), "BROWSER".equals(channel) ? "BROWSER" : "UPLOAD",
                token);
        remember(session, r.receipt());
        return "redirect:/erklaerung/eingang/" + r.receipt();
    }

    @GetMapping("/erklaerung/eingang/{receipt}")
    String receipt(@PathVariable String receipt, HttpSession session, Model model, HttpServletResponse response) {
        // findings repeat what the partner typed: only the session that sent the file sees them
        if (!sentIn(session, receipt)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Received r = received.findByReceipt(receipt).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        r = intake.awaitReading(r);
        model.addAttribute("received", r);
        if (r.readingJson() != null) {
            model.addAttribute("reading", intake.reading(r));
        } else if (r.status() == Received.Status.STORED) {
            // still being read: the page asks again by itself (no script needed)
            response.setHeader("Refresh", "5");
        }
        return "eingang";
    }

    /** At most this many receipts stay visible in one session: the newest. */
    private static final int MAX_RECEIPTS = 50;

    /** @return whether this browser session sent the file with this receipt */
    private static boolean sentIn(HttpSession session, String receipt) {
        return session != null && session.getAttribute(RECEIPT + receipt) != null;
    }

    /**
     * One attribute per receipt, never a shared set: concurrent uploads of one session load the
     * session each on their own (from the database), and a set written back by each would keep
     * only the last writer's receipt (issue 23: of 9 receipts, 2 stayed visible); attributes with
     * different names do not collide. Only the newest receipts are kept.
     */
    private static void remember(HttpSession session, String receipt) {
        session.setAttribute(RECEIPT + receipt, System.currentTimeMillis());
        List<String> names = Collections.list(session.getAttributeNames()).stream()
                .filter(n -> n.startsWith(RECEIPT)).toList();
        if (names.size() > MAX_RECEIPTS) {
            names.stream().sorted(Comparator.comparing(n -> (Long) session.getAttribute(n)))
                    .limit(names.size() - MAX_RECEIPTS).forEach(session::removeAttribute);
        }
    }
}
