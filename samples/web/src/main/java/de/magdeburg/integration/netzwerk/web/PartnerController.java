package de.magdeburg.integration.netzwerk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
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
    private static final String RECEIPTS = "netzwerk.receipts";

    private final LibraryAdapter library;
    private final Intake intake;
    private final ReceivedStore received;
    private final UploadThrottle throttle;
    private final Duration sessionTimeout;
    private final Duration sessionWarning;

    /**
     * @param sessionTimeout how long the server keeps an unused session (Spring Session's own
     *     setting if there is one, else the servlet container's)
     * @param sessionWarning how long before that end the page warns and offers „Sitzung
     *     verlängern“; WCAG 2.2.1 asks for at least 20 seconds to react
     */
    PartnerController(LibraryAdapter library, Intake intake, ReceivedStore received, UploadThrottle throttle,
            @Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration sessionTimeout,
            @Value("${netzwerk.web.session-warning}") Duration sessionWarning) {
        if (sessionWarning.compareTo(Duration.ofSeconds(20)) < 0 || sessionWarning.compareTo(sessionTimeout) >= 0) {
            throw new IllegalStateException("netzwerk.web.session-warning (" + sessionWarning + ") must be at least "
                    + "20 seconds (WCAG 2.2.1) and shorter than the session timeout (" + sessionTimeout + ")");
        }
        this.library = library;
        this.intake = intake;
        this.received = received;
        this.throttle = throttle;
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
        if (receipt != null && receipts(session).contains(receipt)) {
            model.addAttribute("src", "/erklaerung/eingang/" + receipt + "/formular.pdf");
            // the findings go above the form, each linked to its field, where the partner corrects them
            received.findByReceipt(receipt).filter(r -> r.readingJson() != null)
                    .ifPresent(r -> model.addAttribute("findings", intake.reading(r).findings()));
        } else {
            model.addAttribute("src", "/erklaerung/formular.pdf");
        }
        return "erklaerung";
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
        if (!receipts(session).contains(receipt)) {
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
            @RequestParam(name = "kanal", defaultValue = "UPLOAD") String channel, HttpSession session, Model model,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("src", "/erklaerung/formular.pdf");
            model.addAttribute("error", "Bitte wählen Sie eine PDF-Datei aus.");
            return "erklaerung";
        }
        throttle.count(request.getRemoteAddr());
        // streamed from Tomcat's temporary file: never the whole upload on the heap
        Received r = intake.receive(file, file.getSize(), "BROWSER".equals(channel) ? "BROWSER" : "UPLOAD");
        remember(session, r.receipt());
        return "redirect:/erklaerung/eingang/" + r.receipt();
    }

    @GetMapping("/erklaerung/eingang/{receipt}")
    String receipt(@PathVariable String receipt, HttpSession session, Model model, HttpServletResponse response) {
        // findings repeat what the partner typed: only the session that sent the file sees them
        if (!receipts(session).contains(receipt)) {
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

    /** Receipts this browser session may look at; read-only, replaced on every change. */
    private static final int MAX_RECEIPTS = 50;

    @SuppressWarnings("unchecked")
    private static Set<String> receipts(HttpSession session) {
        Object value = session == null ? null : session.getAttribute(RECEIPTS);
        return value instanceof Set<?> set ? (Set<String>) set : Set.of();
    }

    /**
     * Copy on write, so concurrent requests of one session never change a set another is reading
     * and replicated sessions see the change; only the newest receipts are kept.
     */
    private static void remember(HttpSession session, String receipt) {
        synchronized (org.springframework.web.util.WebUtils.getSessionMutex(session)) {
            var next = new LinkedHashSet<>(receipts(session));
            next.add(receipt);
            while (next.size() > MAX_RECEIPTS) {
                next.remove(next.iterator().next());
            }
            session.setAttribute(RECEIPTS, java.util.Collections.unmodifiableSet(next));
        }
    }
}
