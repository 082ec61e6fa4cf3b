package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * BITV 2.0 / WCAG 2.1 AA in real headless Chromium: axe-core on every page state of partner and
 * coordinator, the names Chrome's accessibility tree gives the PDF's controls, keyboard-only filling,
 * zoom and reflow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:a11y;DB_CLOSE_DELAY=-1",
    "netzwerk.web.sample-data=true",
})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityTest extends BrowserTest {
    /** The form's 20 controls in pdf.js: 12 text boxes, 5 check boxes, 3 radio buttons (the signature is none). */
    private static final int CONTROLS = 20;

    /** page state → critical and serious axe-core violations; every state must map to none */
    final Map<String, List<String>> violations = new LinkedHashMap<>();

    @AfterEach
    void normalWindow() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private void audit(String state) {
        Browser.screenshot(driver, "a11y-" + state);
        violations.put(state, Browser.seriousAxeViolations(driver));
    }

    private void openForm(String path) {
        driver.get(url(path));
        awaitForm();
    }

    /** Waits until pdf.js has drawn the form's controls and "Absenden" can be used. */
    private void awaitForm() {
        waiting().until(d -> d.findElements(By.cssSelector("#viewer [data-element-id]")).size() >= CONTROLS);
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("absenden")));
    }

    private WebElement field(String name) {
        return driver.findElement(By.cssSelector("#viewer [name='" + name + "']"));
    }

    /** @return the field's height in CSS pixels */
    private double height(String name) {
        return ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().height", field(name)))
                .doubleValue();
    }

    private void type(String name, String text) {
        field(name).click();
        field(name).sendKeys(text);
    }

    private void sendIncompleteForm() {
        openForm("/erklaerung");
        driver.findElements(By.cssSelector("#viewer input[type='radio'][name='request']")).get(0).click();
        type("organisation_name", "Nur ein Name e. V.");
        type("email", "keine-adresse");
        driver.findElement(By.id("absenden")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("eingangsnummer")));
    }

    @Test
    @Order(1)
    void everyPartnerPageStateHasNoSeriousAxeViolation() throws Exception {
        driver.get(url("/"));
        audit("start");
        openForm("/erklaerung");
        audit("erklaerung");

        driver.findElement(By.id("hochladen-senden")).click();
        assertThat(driver.findElement(By.id("datei-meldung")).getText()).isEqualTo("Bitte wählen Sie eine PDF-Datei aus.");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("datei");
        assertThat(driver.findElement(By.id("datei")).getAttribute("aria-describedby")).isEqualTo("datei-meldung");
        audit("erklaerung-ohne-datei-im-browser");

        // the server's answer when no file arrives: the message sits at the file input, which gets focus
        driver.executeScript("document.getElementById('upload').submit()");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("fehler")));
        awaitForm();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("datei");
        assertThat(driver.findElement(By.id("datei")).getAttribute("aria-invalid")).isEqualTo("true");
        audit("erklaerung-ohne-datei");

        Path tooLarge = downloads.resolve("zu-gross.pdf");
        try (RandomAccessFile file = new RandomAccessFile(tooLarge.toFile(), "rw")) {
            file.write("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
            file.setLength(Intake.MAX_BYTES + 1024 * 1024);
        }
        openForm("/erklaerung");
        driver.findElement(By.id("datei")).sendKeys(tooLarge.toAbsolutePath().toString());
        driver.findElement(By.id("hochladen-senden")).click();
        assertThat(driver.findElement(By.id("datei-meldung")).getText()).startsWith("Die Datei ist größer als 20 MB.");
        audit("erklaerung-zu-gross-im-browser");
        driver.executeScript("document.getElementById('upload').submit()");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("fehler")));
        awaitForm();
        assertThat(driver.findElement(By.id("fehler")).getText()).startsWith("Die Datei ist größer als 20 MB");
        audit("erklaerung-zu-gross");

        sendIncompleteForm();
        audit("eingang-mit-befunden");
        driver.findElement(By.id("weiter")).click();
        awaitForm();
        waiting().until(d -> "true".equals(field("organisation_street").getAttribute("aria-invalid")));
        // the findings are above the form, have the focus and are linked to their fields
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("befunde");
        String describedBy = field("organisation_street").getAttribute("aria-describedby");
        assertThat(driver.findElement(By.id(describedBy)).getText()).contains("Straße");
        assertThat(field("organisation_name").getAttribute("aria-invalid")).isNull();
        audit("erklaerung-weiter-bearbeiten");
        driver.findElement(By.cssSelector("#befunde a[data-feld='email']")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("name")).isEqualTo("email");

        Path notPdf = Files.writeString(downloads.resolve("kein.pdf.txt"), "kein PDF\n", StandardCharsets.UTF_8);
        driver.get(url("/erklaerung"));
        driver.findElement(By.id("datei")).sendKeys(notPdf.toAbsolutePath().toString());
        driver.findElement(By.id("hochladen-senden")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("meldung")));
        audit("eingang-nicht-lesbar");

        driver.get(url("/gibt-es-nicht"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Seite nicht gefunden");
        assertThat(driver.findElements(By.cssSelector("nav a"))).isNotEmpty();
        audit("fehlerseite-404");

        fillAndSendByKeyboardOnly();
        audit("eingang-danke");
        assertThat(violations).allSatisfy((state, found) -> assertThat(found).as(state).isEmpty());
    }

    @Test
    @Order(2)
    void everyCoordinatorPageStateHasNoSeriousAxeViolation() {
        driver.get(url("/koordination"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        audit("anmelden");
        driver.findElement(By.id("username")).sendKeys("koordination");
        driver.findElement(By.id("password")).sendKeys("falsch");
        driver.findElement(By.id("anmelden")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert.error")));
        audit("anmelden-fehler");
        driver.findElement(By.id("username")).sendKeys("koordination");
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("anmelden")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("eingaenge")));
        audit("eingaenge");
        List<String> receipts = driver.findElements(By.cssSelector("#eingaenge tbody a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        String applicable = null;
        for (String receipt : receipts) {
            driver.get(receipt);
            audit("eingang-" + receipt.replaceAll(".*/", ""));
            if (applicable == null && !driver.findElements(By.id("uebernehmen")).isEmpty()) {
                applicable = receipt;
            }
        }
        driver.get(applicable);
        driver.findElement(By.id("uebernehmen")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("uebernommen")));
        audit("eingang-uebernommen");
        for (String page : List.of("register", "inaktiv", "sitzungen", "gibt-es-nicht")) {
            driver.get(url("/koordination/" + page));
            audit("koordination-" + page);
        }
        driver.get(url("/koordination"));
        driver.findElement(By.cssSelector("form.inline button")).click();
        audit("abgemeldet");
        assertThat(violations).allSatisfy((state, found) -> assertThat(found).as(state).isEmpty());
    }

    @Test
    @Order(3)
    void chromesAccessibilityTreeNamesEveryControlWithItsGermanTooltip() throws Exception {
        openForm("/erklaerung");
        List<String> named = controlNames();
        Browser.screenshot(driver, "a11y-named-controls");
        assertThat(named).hasSize(CONTROLS).containsExactlyInAnyOrderElementsOf(tooltips())
                .contains("organisation_postal_code=1 Organisation: Postleitzahl (5 Ziffern)",
                        "request=Eintrag in die Übersicht und den Verteiler", "wg_language=Sprache");
    }

    @Test
    @Order(4)
    void pdfJsNamesTheControlsFromThePdfAloneWithoutThePagesNamingScript() throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> script = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", "window.netzwerkNurPdfNamen = true;"));
        try {
            openForm("/erklaerung");
            // pdf.js's own aria-label, taken from each widget's structure element /Alt
            List<String> labels = driver.findElements(By.cssSelector("#viewer [data-element-id]")).stream()
                    .map(e -> e.getAttribute("name") + "=" + e.getAttribute("aria-label")).toList();
            assertThat(labels).containsExactlyInAnyOrderElementsOf(tooltips());
            assertThat(controlNames()).containsExactlyInAnyOrderElementsOf(tooltips());
        } finally {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier",
                    script.get("identifier")));
        }
    }

    /**
     * The canvas with the captions must have exactly the size of the layer with the fields; if the
     * page's CSS squeezes it, fields slide over the captions further down the page.
     */
    private void assertCaptionsStayUnderTheirFields() {
        waiting().until(d -> Boolean.TRUE.equals(driver.executeScript("""
                const canvas = document.querySelector("#viewer .page canvas");
                const layer = document.querySelector("#viewer .page .annotationLayer");
                const c = canvas.getBoundingClientRect(), l = layer.getBoundingClientRect();
                return Math.abs(c.height - l.height) < 1 && Math.abs(c.top - l.top) < 1
                    && Math.abs(c.width * devicePixelRatio - canvas.width) < 2;
                """)));
    }

    @Test
    @Order(5)
    void formIsTwiceAsLargeAt200PercentZoomAndKeepsTheChosenScaleOnResize() {
        openForm("/erklaerung");
        assertCaptionsStayUnderTheirFields();
        double at100 = height("organisation_name");
        // browser zoom 200 % on a 1280 px window: half the CSS pixels, each two device pixels
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 640, "height", 850, "deviceScaleFactor", 2, "mobile", false));
        waiting().until(d -> height("organisation_name") * 2 > at100 * 1.4);
        assertCaptionsStayUnderTheirFields();
        Browser.screenshot(driver, "a11y-zoom-200");
        assertThat(height("organisation_name") * 2).isGreaterThan(at100 * 1.4);

        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        openForm("/erklaerung");
        driver.findElement(By.id("vergroessern")).click();
        driver.findElement(By.id("vergroessern")).click();
        waiting().until(d -> height("organisation_name") > at100 * 1.2);
        String chosen = driver.findElement(By.id("zoomstufe")).getText();
        double enlarged = height("organisation_name");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 900, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
        new Actions(driver).pause(Duration.ofMillis(600)).perform();
        Browser.screenshot(driver, "a11y-zoom-buttons-after-resize");
        assertThat(driver.findElement(By.id("zoomstufe")).getText()).isEqualTo(chosen);
        assertThat(height("organisation_name")).isCloseTo(enlarged, org.assertj.core.data.Offset.offset(0.5));
        // keyboard shortcut outside text fields
        driver.findElement(By.id("seitenbreite")).sendKeys("-");
        waiting().until(d -> height("organisation_name") < enlarged);
    }

    @Test
    @Order(6)
    void everyPageReflowsAt320CssPixels() {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", false));
        Map<String, Long> tooWide = new LinkedHashMap<>();
        for (String path : List.of("/", "/erklaerung", "/anmelden", "/gibt-es-nicht")) {
            driver.get(url(path));
            Browser.screenshot(driver, "a11y-320" + path.replace('/', '-'));
            long width = (Long) driver.executeScript("return document.documentElement.scrollWidth");
            if (width > 320) {
                tooWide.put(path, width);
            }
        }
        driver.manage().deleteAllCookies();
        driver.get(url("/anmelden"));
        driver.findElement(By.id("username")).sendKeys("koordination");
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.id("anmelden")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"),
                "Eingegangene Erklärungen"));
        // a receipt's page too when an earlier test sent one (the axe tests, which skip without axe-core)
        List<String> pages = new ArrayList<>();
        driver.findElements(By.cssSelector("#eingaenge tbody a")).stream().findFirst()
                .ifPresent(a -> pages.add(a.getAttribute("href")));
        pages.addAll(List.of(url("/koordination"), url("/koordination/register"), url("/koordination/sitzungen")));
        for (String path : pages) {
            driver.get(path);
            Browser.screenshot(driver, "a11y-320-" + path.replaceAll(".*/", ""));
            long width = (Long) driver.executeScript("return document.documentElement.scrollWidth");
            if (width > 320) {
                tooWide.put(path, width);
            }
        }
        driver.findElement(By.cssSelector("form.inline button")).click();
        assertThat(tooWide).isEmpty();
    }

    @Test
    @Order(7)
    void noWorkIsLostWhenTheSessionExpiredWhileFilling() throws Exception {
        openForm("/erklaerung");
        type("organisation_name", "Lange überlegt e. V.");
        driver.findElement(By.id("speichern")).click();
        Path saved = awaitDownload("Erklaerung-Netzwerk-ausgefuellt.pdf");
        try (PDDocument doc = Loader.loadPDF(saved.toFile())) {
            assertThat(doc.getDocumentCatalog().getAcroForm(null).getField("organisation_name").getValueAsString())
                    .isEqualTo("Lange überlegt e. V.");
        }
        // the session (and with it the page's CSRF token) ends while the partner is still typing
        driver.manage().deleteCookieNamed("JSESSIONID");
        type("organisation_street", "Breiter Weg 2");
        driver.findElement(By.id("absenden")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("eingangsnummer")));
        assertThat(driver.findElement(By.id("ergebnis")).getText()).contains("Bitte ergänzen oder korrigieren");
    }

    private static Path awaitDownload(String name) throws InterruptedException {
        Path file = downloads.resolve(name);
        for (int i = 0; i < 100 && !Files.isRegularFile(file); i++) {
            Thread.sleep(100);
        }
        assertThat(file).isRegularFile();
        return file;
    }

    /**
     * Tab from the top of the page: the header, then every field in reading order, then "Absenden";
     * fills each field on the way and sends with Enter.
     */
    private void fillAndSendByKeyboardOnly() throws Exception {
        Map<String, String> text = Map.ofEntries(Map.entry("organisation_name", "Tastatur-Verein e. V."),
                Map.entry("organisation_street", "Breiter Weg 1"), Map.entry("organisation_postal_code", "39104"),
                Map.entry("organisation_city", "Magdeburg"), Map.entry("last_name", "Nguyễn"),
                Map.entry("first_name", "Văn An"), Map.entry("function", "Vorstand"), Map.entry("phone", "0391 54321"),
                Map.entry("email", "an@tastatur.example"), Map.entry("place", "Magdeburg"),
                Map.entry("date", "26.11.2026"), Map.entry("signatory_name", "Văn An Nguyễn"));
        openForm("/erklaerung");
        driver.executeScript("document.activeElement.blur(); window.scrollTo(0, 0)");
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement active = driver.switchTo().activeElement();
            String name = active.getAttribute("name");
            if (active.getAttribute("data-element-id") != null) {
                stops.add(name);
                if (text.containsKey(name)) {
                    new Actions(driver).sendKeys(text.get(name)).perform();
                } else if (!name.equals("list_on_portal") && !name.equals("wg_interculture_and_social")) {
                    new Actions(driver).sendKeys(Keys.SPACE).perform();
                }
            } else if ("absenden".equals(active.getAttribute("id"))) {
                stops.add("absenden");
                break;
            } else if (List.of("a", "button").contains(active.getTagName())) {
                stops.add(active.getText());
            } else {
                stops.add("<" + active.getTagName() + " class=" + active.getAttribute("class") + " id="
                        + active.getAttribute("id") + ">");
            }
        }
        List<String> expected = new ArrayList<>(List.of("Zum Inhalt springen",
                "Netzwerk für Integrations- und Ausländerarbeit · Landeshauptstadt Magdeburg", "Erklärung ausfüllen",
                "Für die Netzwerkkoordination"));
        expected.addAll(fieldsInReadingOrder());
        expected.add("absenden");
        assertThat(stops).containsExactlyElementsOf(expected);
        Browser.screenshot(driver, "a11y-keyboard-filled");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("eingangsnummer")));
        assertThat(driver.findElement(By.id("ergebnis")).getText()).contains("Vielen Dank").contains("Tastatur-Verein");
    }

    /** @return "field=accessible name" of every form control in Chrome's accessibility tree */
    @SuppressWarnings("unchecked")
    private List<String> controlNames() {
        Map<String, Object> tree = driver.executeCdpCommand("Accessibility.getFullAXTree", Map.of());
        List<String> named = new ArrayList<>();
        for (Map<String, Object> node : (List<Map<String, Object>>) tree.get("nodes")) {
            Object role = ((Map<String, Object>) node.getOrDefault("role", Map.of())).get("value");
            if (!List.of("textbox", "checkbox", "radio").contains(role) || Boolean.TRUE.equals(node.get("ignored"))) {
                continue;
            }
            Map<String, Object> dom = (Map<String, Object>) driver.executeCdpCommand("DOM.describeNode",
                    Map.of("backendNodeId", node.get("backendDOMNodeId"))).get("node");
            List<String> attributes = (List<String>) dom.getOrDefault("attributes", List.of());
            if (!attributes.contains("data-element-id")) {
                continue; // a control of the page, not of the PDF
            }
            Object name = ((Map<String, Object>) node.getOrDefault("name", Map.of())).get("value");
            named.add(attributes.get(attributes.indexOf("name") + 1) + "=" + name);
        }
        return named;
    }

    /** @return "field=tooltip" for every control of the blank form, read from the PDF itself */
    private List<String> tooltips() throws Exception {
        List<String> tooltips = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(blankForm())) {
            for (PDField f : doc.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
                if (f instanceof PDSignatureField || !(f instanceof PDTerminalField terminal)) {
                    continue;
                }
                for (PDAnnotationWidget w : terminal.getWidgets()) {
                    String own = w.getCOSObject().getString(COSName.TU);
                    tooltips.add(f.getPartialName() + "=" + (own != null ? own : f.getAlternateFieldName()));
                }
            }
        }
        return tooltips;
    }

    /** @return the field names in the order of the page's annotations (/Tabs /S), a radio group once */
    private List<String> fieldsInReadingOrder() throws Exception {
        List<String> order = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(blankForm())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            for (PDAnnotation a : doc.getPage(0).getAnnotations()) {
                var dict = a.getCOSObject();
                String name = dict.containsKey(COSName.T) ? dict.getString(COSName.T)
                        : dict.getCOSDictionary(COSName.PARENT).getString(COSName.T);
                if (!(form.getField(name) instanceof PDSignatureField) && !order.contains(name)) {
                    order.add(name);
                }
            }
        }
        return order;
    }

    private byte[] blankForm() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/erklaerung/formular.pdf")))
                .build(), HttpResponse.BodyHandlers.ofByteArray()).body();
    }
}
