package de.magdeburg.integration.netzwerk.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** NOTICE names what the web sample bundles outside the generated THIRD-PARTY lists. */
class NoticeTest {
    @Test
    void noticeNamesThePdfJsVersionTheWebSampleBundlesWithItsLicences() throws IOException {
        Matcher version = Pattern.compile("<pdfjs.version>([^<]+)</pdfjs.version>")
                .matcher(Files.readString(Path.of("web/pom.xml")));
        assertThat(version.find()).as("pdfjs.version in samples/web/pom.xml").isTrue();
        String notice = Files.readString(Path.of("../NOTICE")).replaceAll("\\s+", " ");
        assertThat(notice).contains("pdf.js " + version.group(1), "Apache-2.0", "org.webjars.npm:pdfjs-dist",
                "SIL Open Font License 1.1", "META-INF/resources/webjars/pdfjs-dist/" + version.group(1) + "/");
    }
}
