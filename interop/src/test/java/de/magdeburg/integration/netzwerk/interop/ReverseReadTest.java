package de.magdeburg.integration.netzwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Our pre-filled forms, read by the clients' own form readers, give the record's values. */
class ReverseReadTest {

    private static JsonNode pdfJsDump;

    static Stream<Corpus.Entry> records() {
        return Corpus.all().stream();
    }

    /** Writes every pre-filled form once; the clients read the files. */
    private static synchronized Path prefilled(Corpus.Entry e) {
        Path file = Forms.workDir("prefilled").resolve(e.id() + ".pdf");
        if (!file.toFile().exists()) {
            Clients.write(file, Forms.form().prefilled(e.declaration()));
        }
        return file;
    }

    @ParameterizedTest(name = "pdftk dump_data_fields_utf8 reads {0}")
    @MethodSource("records")
    void pdftkReadsOurPrefilledForm(Corpus.Entry e) {
        Path file = prefilled(e);
        String dump = Tool.PDFTK.runOk(List.of(file.toString(), "dump_data_fields_utf8"), file.getParent(),
                Duration.ofSeconds(60)).stdout();

        assertThat(pdftkValues(dump)).containsAllEntriesOf(FieldValues.of(e.declaration()).asStrings());
    }

    @ParameterizedTest(name = "pdf.js getFieldObjects reads {0}")
    @MethodSource("records")
    void pdfJsReadsOurPrefilledForm(Corpus.Entry e) {
        JsonNode fields = pdfJsDump().get(prefilled(e).toAbsolutePath().toString());

        assertThat(fields).as("pdf.js saw no form in %s", e).isNotNull();
        assertThat(pdfJsValues(fields)).containsAllEntriesOf(FieldValues.of(e.declaration()).asStrings());
    }

    /** One Node process reads every pre-filled form. */
    private static synchronized JsonNode pdfJsDump() {
        Clients.PDFJS.requireInstalled();
        if (pdfJsDump == null) {
            pdfJsDump = PdfJsClient.dump(Corpus.all().stream().map(ReverseReadTest::prefilled).toList());
        }
        return pdfJsDump;
    }

    /** Field name to value from pdftk's dump; buttons without a value are Off, texts without one empty. */
    static Map<String, String> pdftkValues(String dump) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String block : dump.split("(?m)^---$")) {
            String name = null;
            String type = null;
            String value = null;
            for (String line : block.lines().toList()) {
                if (line.startsWith("FieldName: ")) {
                    name = line.substring("FieldName: ".length());
                } else if (line.startsWith("FieldType: ")) {
                    type = line.substring("FieldType: ".length());
                } else if (line.startsWith("FieldValue: ")) {
                    value = line.substring("FieldValue: ".length());
                }
            }
            if (name != null) {
                values.put(name, value != null ? value : "Button".equals(type) ? "Off" : "");
            }
        }
        return values;
    }

    /** Field name to value from pdf.js: a radio group's value is the same on each of its widgets. */
    static Map<String, String> pdfJsValues(JsonNode fields) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.fields().forEachRemaining(f -> {
            if (f.getValue().size() > 0) {
                JsonNode value = f.getValue().get(0).get("value");
                values.put(f.getKey(), value == null || value.isNull() ? "" : value.asText());
            }
        });
        return values;
    }
}
