package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * WCAG 2.2.1 (timing adjustable) in real headless Chromium: a partner who stops typing is warned a
 * fixed time before the server's session ends and keeps it with one key press. The session lasts
 * one minute here (the servlet container counts in minutes) and the warning comes 50 seconds
 * before its end, so the whole story takes about a minute instead of half an hour.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:sitzung;DB_CLOSE_DELAY=-1",
    "server.servlet.session.timeout=1m",
    // the same for Spring Session, where it is used
    "spring.session.timeout=1m",
    "netzwerk.web.session-warning=50s",
})
class SessionWarningTest extends BrowserTest {
    private static final Duration SESSION = Duration.ofMinutes(1);
    private static final Duration WARNING = Duration.ofSeconds(50);

    private WebElement field(String name) {
        return driver.findElement(By.cssSelector("#viewer [name='" + name + "']"));
    }

    private void awaitForm() {
        waiting().until(d -> !d.findElements(By.cssSelector("#viewer [name='organisation_street']")).isEmpty());
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("absenden")));
    }

    private WebElement notice() {
        return driver.findElement(By.id("sitzung-hinweis"));
    }

    /** @return the HTTP status of a GET from inside the page, with the page's session cookie */
    private long statusOf(String path) {
        return (Long) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: "same-origin" }).then((r) => done(r.status), () => done(-1));
                """, path);
    }

    @Test
    void partnerIsWarnedBeforeTheSessionEndsAndSitzungVerlaengernKeepsItWithEverythingTyped() throws Exception {
        // a sent declaration with findings: from now on the session holds the receipt the partner edits
        driver.get(url("/erklaerung"));
        awaitForm();
        driver.findElements(By.cssSelector("#viewer input[type='radio'][name='request']")).get(0).click();
        field("organisation_name").click();
        field("organisation_name").sendKeys("Geduldig e. V.");
        field("email").click();
        field("email").sendKeys("keine-adresse");
        driver.findElement(By.id("absenden")).click();
        String receipt = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("eingangsnummer")))
                .getText();
        driver.findElement(By.id("weiter")).click();
        awaitForm();
        field("organisation_street").click();
        field("organisation_street").sendKeys("Breiter Weg 3");

        // then nothing is typed: the warning comes 10 seconds after the page last reached the server
        // (the keep-alive reports the typing within 5 seconds)
        new WebDriverWait(driver, SESSION.minus(WARNING).multipliedBy(4))
                .until(ExpectedConditions.visibilityOf(notice()));
        long shownAt = System.nanoTime();
        Browser.screenshot(driver, "sitzung-warnung");
        assertThat(notice().getText()).contains("Ihre Sitzung endet in 50 Sekunden", "Ihre Angaben bleiben im Formular")
                .contains("Sitzung verlängern");
        // announced: the notice appears inside a live region of role alert, which was there before
        assertThat(notice().findElement(By.xpath("..")).getAttribute("role")).isEqualTo("alert");
        WebElement extend = driver.switchTo().activeElement();
        assertThat(extend.getAttribute("id")).isEqualTo("verlaengern");
        assertThat(extend.getText()).isEqualTo("Sitzung verlängern");
        assertThat(extend.getRect().getY()).as("in view at the top").isBetween(0, 200);

        // one key press keeps the session; the partner is back in the field they left
        extend.sendKeys(Keys.ENTER);
        waiting().until(ExpectedConditions.invisibilityOf(notice()));
        assertThat(driver.switchTo().activeElement().getAttribute("name")).isEqualTo("organisation_street");

        // past the end the session had before „Sitzung verlängern“, it still knows the receipt
        // (an ended session would answer 404); the wait is what this test is about
        long originalEnd = shownAt + WARNING.plusSeconds(3).toNanos();
        Thread.sleep(Math.max(0, (originalEnd - System.nanoTime()) / 1_000_000));
        assertThat(statusOf("/erklaerung/eingang/" + receipt + "/formular.pdf")).isEqualTo(200);

        // meanwhile the page warned again; axe-core looks at it only now, because it fetches the
        // stylesheets, and every request would keep the session alive without the button
        assertThat(notice().isDisplayed()).isTrue();
        assertThat(Browser.seriousAxeViolations(driver)).isEmpty();

        driver.findElement(By.id("absenden")).click();
        waiting().until(d -> !receipt.equals(d.findElement(By.id("eingangsnummer")).getText()));
        driver.findElement(By.id("weiter")).click();
        awaitForm();
        assertThat(field("organisation_name").getAttribute("value")).isEqualTo("Geduldig e. V.");
        assertThat(field("organisation_street").getAttribute("value")).isEqualTo("Breiter Weg 3");
    }
}
