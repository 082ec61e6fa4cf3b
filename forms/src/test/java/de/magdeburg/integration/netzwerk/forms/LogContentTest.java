package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.Declaration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Data safety (issue 6): with logging at INFO and PDFBox at ERROR (the configuration forms/README.md
 * recommends), writing and reading forms — also damaged ones, which make PDFBox complain — logs no
 * name, phone number or email address. The library itself logs nothing; what is checked here is
 * PDFBox, routed to java.util.logging by the system properties of the {@code hostile-input}
 * surefire execution (forms/pom.xml). PDFBox's WARNINGs about damaged files quote tokens of the
 * file, which can be a name: that is why PDFBox is set to ERROR.
 */
class LogContentTest {
    @Test
    void nothingLoggedAtInfoNamesAPersonPhoneOrEmail() {
        // a precondition of the build, not of the machine: never a skip
        assertThat(LogCapture.pdfboxLogsHere())
                .as("PDFBox must log to java.util.logging: run this test through the hostile-input surefire execution")
                .isTrue();
        Declaration d = Samples.complete();
        List<String> records;
        try (LogCapture log = LogCapture.start()) {
            byte[] pdf = Samples.FORM.prefilled(d).bytes();
            Samples.FORM.read(Input.of(pdf));
            Samples.FORM.archivalCopy(Input.of(pdf)).bytes();
            Random random = new Random(6);
            // our form keeps values in UTF-16 hex strings; another producer's in plain literals
            byte[] plain = HostileInputs.otherProducer();
            for (int round = 0; round < 300; round++) {
                try {
                    Samples.FORM.read(Input.of(LogCapture.damaged(round % 5 == 0 ? pdf : plain, random)));
                } catch (FormReadException expected) {
                    // the file's fault; only the log matters here
                }
            }
            records = log.records();
            assertThat(records).as("damaged files make PDFBox complain, so the capture works").isNotEmpty();
            records = Stream.concat(records.stream(), Stream.of(log.stderr())).toList();
        }

        List<String> personal = List.of(d.representative().lastName(), d.representative().firstName(),
                d.representative().phone(), d.representative().email(), "Yilmaz", "example.org", "Schmidt",
                "Anna", "123456");
        for (String text : records) {
            for (String value : personal) {
                assertThat(text).doesNotContain(value);
            }
        }
    }
}
