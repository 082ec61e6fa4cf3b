package de.magdeburg.integration.netzwerk.templates;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.core.ReviewState;
import de.magdeburg.integration.netzwerk.forms.AttendanceSheetReader;
import de.magdeburg.integration.netzwerk.forms.Input;
import de.magdeburg.integration.netzwerk.forms.LogCapture;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data safety (issue 6): with logging at INFO and PDFBox at ERROR (as the README recommends),
 * rendering every document with partners' names and reading damaged attendance sheets logs no
 * name, phone number or email address. The library logs
 * nothing itself and silences OpenHTMLtoPDF; what is checked is PDFBox (routed to
 * java.util.logging by the system properties of the {@code hostile-input} surefire execution) and
 * whatever reaches standard error (slf4j-simple, the test binding of ical4j's logging).
 */
class LogContentTest {
    @Test
    void nothingLoggedAtInfoNamesAPersonPhoneOrEmail() {
        // a precondition of the build, not of the machine: never a skip
        assertThat(LogCapture.pdfboxLogsHere())
                .as("PDFBox must log to java.util.logging: run this test through the hostile-input surefire execution")
                .isTrue();
        List<String> logged;
        try (LogCapture log = LogCapture.start()) {
            // the numbered partners have ASCII names, which PDFBox writes as plain literal strings
            var partners = Samples.partners(8);
            byte[] sheet = Samples.DOCS.attendanceSheet(Samples.meeting(), partners).bytes();
            Samples.DOCS.invitation(Samples.meeting(), partners).bytes();
            Samples.DOCS.partnerOverview(partners).bytes();
            Samples.DOCS.minutes(Samples.minutes(ReviewState.APPROVED)).bytes();
            AttendanceSheetReader.create().read(Samples.meeting(), Input.of(sheet));
            Random random = new Random(6);
            for (int round = 0; round < 40; round++) {
                try {
                    AttendanceSheetReader.create().read(Samples.meeting(), Input.of(LogCapture.damaged(sheet, random)));
                } catch (NetzwerkException expected) {
                    // the file's fault; only the log matters here
                }
            }
            assertThat(log.records()).as("damaged sheets make PDFBox complain, so the capture works").isNotEmpty();
            logged = Stream.concat(log.records().stream(), Stream.of(log.stderr())).toList();
        }

        List<String> personal = Stream.concat(
                Samples.UNICODE_NAMES.stream().flatMap(n -> Stream.of(n.split(" "))).filter(s -> s.length() > 2),
                Stream.of("0391 123456", "kontakt@example.org", "Nachname5", "Vorname6", "Nachname8")).toList();
        for (String text : logged) {
            for (String value : personal) {
                assertThat(text).doesNotContain(value);
            }
        }
    }
}
