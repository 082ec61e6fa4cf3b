package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A partner fills the declaration in pdf.js's form layer in real headless Chromium and sends it;
 * the coordinator logs in, applies it and downloads an attendance sheet that lists the new name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1",
    "netzwerk.web.sample-data=true",
})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class BrowserEndToEndTest extends BrowserTest {
    private static final String ORGANISATION = "Interkultureller Treffpunkt Sudenburg e. V.";

    static Path sheet;

    private WebElement field(String name) {
        return driver.findElement(By.cssSelector("#viewer [name='" + name + "']"));
    }

    private void type(String name, String text) {
        WebElement input = field(name);
        input.click();
        input.sendKeys(text);
    }

    @Test
    @Order(1)
    void partnerFillsTheFormInPdfJsAndCoordinatorAppliesIt(CapturedOutput logs) throws Exception {
        driver.get(url("/erklaerung"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#viewer [name='organisation_name']")));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("absenden")));
        Browser.screenshot(driver, "01-partner-blank-form");

        driver.findElements(By.cssSelector("#viewer input[type='radio'][name='request']")).get(0).click();
        type("organisation_name", ORGANISATION);
        // keyboard users move from field to field with the tab key
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getAttribute("name")).isEqualTo("organisation_street");
        driver.switchTo().activeElement().sendKeys("Halberstädter Straße 12");
        type("organisation_postal_code", "39112");
        type("organisation_city", "Magdeburg");
        type("last_name", "Yılmaz");
        type("first_name", "Şükrü");
        type("function", "Vorstand");
        type("phone", "0391 123456");
        type("email", "s.yilmaz@treffpunkt-sudenburg.example");
        field("wg_work_and_training").click();
        field("wg_language").click();
        type("place", "Magdeburg");
        type("date", "26.11.2026");
        type("signatory_name", "Şükrü Yılmaz");
        Browser.screenshot(driver, "02-partner-filled-form");
        assertThat(field("first_name").getAttribute("value")).isEqualTo("Şükrü");

        driver.findElement(By.id("absenden")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("eingangsnummer")));
        Browser.screenshot(driver, "03-partner-receipt");
        assertThat(driver.findElement(By.id("ergebnis")).getText()).contains("Vielen Dank");
        String receipt = driver.findElement(By.id("eingangsnummer")).getText();
        assertThat(receipt).matches("NW-\\d{8}-[0-9A-Z]{8}");
        assertThat(browserErrors()).isEmpty();

        driver.get(url("/koordination"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys("koordination");
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        Browser.screenshot(driver, "04-coordinator-login");
        driver.findElement(By.id("anmelden")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("eingaenge")));
        Browser.screenshot(driver, "05-coordinator-inbox");
        driver.findElement(By.linkText(receipt)).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("erklaerung")));
        assertThat(driver.findElement(By.id("vertretung")).getText()).isEqualTo("Şükrü Yılmaz");
        assertThat(driver.findElement(By.id("art")).getText()).isEqualTo("Eintrag");
        assertThat(driver.findElement(By.id("arbeitsgruppen")).getText())
                .contains("Arbeit und Ausbildung").contains("Sprache").doesNotContain("Kultur");
        assertThat(driver.findElements(By.cssSelector("#befunde .finding.error"))).isEmpty();
        Browser.screenshot(driver, "06-coordinator-declaration");

        driver.findElement(By.id("uebernehmen")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("uebernommen")));
        Browser.screenshot(driver, "07-coordinator-applied");

        driver.findElement(By.linkText("Zur Übersicht")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("verlauf")));
        assertThat(driver.findElement(By.id("partner")).getText()).contains(ORGANISATION).contains("Şükrü Yılmaz");
        assertThat(driver.findElement(By.id("verlauf")).getText()).contains(ORGANISATION);
        Browser.screenshot(driver, "08-coordinator-register");

        driver.get(url("/koordination/sitzungen"));
        WebElement sheetLink = driver.findElement(By.id("anwesenheitsliste-ag-language-" + java.time.LocalDate.now().getYear() + "-1"));
        Browser.screenshot(driver, "09-coordinator-meetings");
        sheetLink.click();
        Path pdf = awaitDownload(".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // names may wrap and be hyphenated inside their table cell, "e. V." is bound by a no-break space
            String text = new PDFTextStripper().getText(doc).replaceAll("-\\R", "").replaceAll("[\\s\u00A0]+", "");
            assertThat(text).contains("Anwesenheitsliste").contains(ORGANISATION.replace(" ", ""))
                    .contains("ŞükrüYılmaz");
            sheet = pdf;
        }
        // no personal data in logs: receipt numbers, sizes and hashes only
        assertThat(logs.getAll()).contains(receipt).doesNotContain("Yılmaz").doesNotContain("s.yilmaz@")
                .doesNotContain("Sudenburg");
    }

    @Test
    @Order(2)
    void coordinatorUploadsATickedAttendanceSheetAndSeesInactivityCandidates() throws Exception {
        Path ticked = downloads.resolve("angekreuzt.pdf");
        try (PDDocument doc = Loader.loadPDF(sheet.toFile())) {
            for (PDField f : doc.getDocumentCatalog().getAcroForm().getFieldTree()) {
                if (f instanceof PDCheckBox box) {
                    box.check();
                }
            }
            doc.save(ticked.toFile());
        }
        driver.get(url("/koordination/sitzungen"));
        driver.findElement(By.id("liste-2")).sendKeys(ticked.toAbsolutePath().toString());
        driver.findElements(By.cssSelector("section.meeting button[type='submit']")).get(2).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("anwesenheit-meldung")));
        Browser.screenshot(driver, "12-coordinator-attendance-recorded");
        assertThat(driver.findElement(By.id("anwesenheit-meldung")).getText())
                .startsWith("Anwesenheit für „Sitzung der AG Sprache“ gespeichert: 4 von 4");

        driver.get(url("/koordination/inaktiv?stichtag=" + java.time.LocalDate.now()));
        Browser.screenshot(driver, "13-coordinator-inactivity");
        // the sample's last two partners last attended 15 months ago; Sprachcafé attended the ticked sheet
        assertThat(driver.findElement(By.id("kandidaten")).getText())
                .contains("Ausbildungsverbund Mitte").contains("Frauenzentrum Ost").doesNotContain("Sprachcafé");

        driver.findElement(By.id("entfernen-0")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("entfernen-meldung")));
        Browser.screenshot(driver, "13b-coordinator-removed-inactive");
        assertThat(driver.findElement(By.id("entfernen-meldung")).getText())
                .isEqualTo("„Ausbildungsverbund Mitte“ wurde aus der Übersicht und dem Verteiler gestrichen (GO-1.4).");
        driver.get(url("/koordination/register"));
        assertThat(driver.findElement(By.id("partner")).getText()).doesNotContain("Ausbildungsverbund Mitte");
        assertThat(driver.findElement(By.id("verlauf")).getText()).contains("wegen Inaktivität entfernt");
    }

    @Test
    @Order(3)
    void anIncompleteFormShowsTheFindingsInGerman() {
        driver.get(url("/erklaerung"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("absenden")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#viewer [name='organisation_name']")));
        driver.findElements(By.cssSelector("#viewer input[type='radio'][name='request']")).get(0).click();
        type("organisation_name", "Nur ein Name e. V.");
        type("email", "keine-adresse");
        driver.findElement(By.id("absenden")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("eingangsnummer")));
        Browser.screenshot(driver, "14-partner-incomplete-form-findings");
        assertThat(driver.findElement(By.id("ergebnis")).getText())
                .contains("Bitte ergänzen oder korrigieren Sie Ihre Erklärung").contains("Fehler");
        assertThat(driver.findElements(By.cssSelector("#ergebnis .finding.error"))).hasSizeGreaterThan(1);

        // the partner continues with what they typed instead of starting again
        driver.findElement(By.id("weiter")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#viewer [name='organisation_name']")));
        waiting().until(d -> "Nur ein Name e. V.".equals(field("organisation_name").getAttribute("value")));
        Browser.screenshot(driver, "15-partner-continues-editing");
        assertThat(field("email").getAttribute("value")).isEqualTo("keine-adresse");
    }

    @Test
    @Order(4)
    void aNonPdfUploadGetsTheGermanMessage() throws Exception {
        Path notPdf = Files.writeString(downloads.resolve("erklaerung.pdf.txt"),
                "Dies ist kein PDF, sondern ein Text.\n", StandardCharsets.UTF_8);
        driver.get(url("/erklaerung"));
        driver.findElement(By.id("datei")).sendKeys(notPdf.toAbsolutePath().toString());
        Browser.screenshot(driver, "10-partner-upload-not-a-pdf");
        driver.findElement(By.id("hochladen-senden")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("meldung")));
        Browser.screenshot(driver, "11-partner-not-a-pdf-message");
        assertThat(driver.findElement(By.id("meldung")).getText()).isEqualTo("Die Datei ist kein PDF-Dokument. "
                + "Bitte senden Sie das ausgefüllte Erklärungsformular als PDF-Datei.");
        assertThat(driver.findElement(By.id("eingangsnummer")).getText()).startsWith("NW-");
    }

    @Test
    @Order(5)
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url("/erklaerung")))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"datei\"; "
                        + "filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\r\n--x--\r\n"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);

        HttpResponse<String> apply = client.send(HttpRequest.newBuilder(URI.create(url(
                        "/koordination/eingang/1/uebernehmen")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("wirksam=2026-11-26")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(apply.statusCode()).isEqualTo(403);
    }

    private List<String> browserErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(Object::toString).toList();
    }

    private static Path awaitDownload(String suffix) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (Stream<Path> files = Files.list(downloads)) {
                var done = files.filter(f -> f.toString().endsWith(suffix)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + suffix + " downloaded into " + downloads);
    }
}
