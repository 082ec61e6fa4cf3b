package de.magdeburg.integration.netzwerk.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, named explicitly so that
 * Selenium Manager never downloads anything. Under {@code CI=true} a missing browser fails.
 */
final class Browser {
    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    /** axe-core, installed by {@code npm ci} in {@code src/test/js} (pinned by its package-lock.json). */
    static final Path AXE = Path.of(System.getProperty("axe.script", "src/test/js/node_modules/axe-core/axe.min.js"));
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Browser() {
    }

    /**
     * Runs axe-core on the current page with the WCAG 2.0/2.1 A and AA rules.
     *
     * @return each critical or serious violation as "impact rule: element, element"; empty when none
     */
    @SuppressWarnings("unchecked")
    static List<String> seriousAxeViolations(ChromeDriver driver) {
        if (!Files.isReadable(AXE)) {
            missing("axe-core (" + AXE.toAbsolutePath() + ") is missing: (cd samples/web/src/test/js && npm ci)");
        }
        try {
            driver.executeScript(Files.readString(AXE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: "tag", values: arguments[0] }, resultTypes: ["violations"] })
                  .then((r) => done(r.violations.filter((v) => v.impact === "critical" || v.impact === "serious")
                    .map((v) => v.impact + " " + v.id + ": " + v.nodes.map((n) => n.target.join(" ")).join(", "))))
                  .catch((e) => done(["axe-core failed: " + e]));
                """, WCAG_21_AA);
    }

    private static void missing(String message) {
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    /** @return a new headless Chromium that downloads into {@code downloads} */
    static ChromeDriver start(Path downloads) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            missing("Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER + ") is missing: "
                    + "apt-get install -y chromium chromium-driver");
        }
        Files.createDirectories(SCREENSHOTS);
        Path profile = Files.createTempDirectory("netzwerk-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--lang=de-DE", "--window-size=1280,1700", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false,
                "intl.accept_languages", "de-DE,de"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Saves a PNG screenshot under {@code target/screenshots}. */
    static Path screenshot(ChromeDriver driver, String name) {
        try {
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
