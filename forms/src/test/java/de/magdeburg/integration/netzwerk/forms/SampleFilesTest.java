package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writes sample forms to target/forms-samples for people to look at (pdftoppm, a viewer). */
class SampleFilesTest {
    @Test
    void samplesAreWrittenForVisualReview() throws Exception {
        Path dir = Path.of("target", "forms-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve("blank.pdf"), Samples.FORM.blank().bytes());
        Files.write(dir.resolve("prefilled.pdf"), Samples.FORM.prefilled(Samples.complete()).bytes());
        Declaration unicode = new Declaration(RequestType.CHANGE,
                new Organisation("Deutsch-Ukrainischer Verein „Мрія“ Magdeburg e. V. – Beratung, Sprachkurse und "
                        + "Begegnung für Familien", "Wilhelm-Höpfner-Ring 4", "39116", "Magdeburg"),
                false, new Representative("محمد", "Nguyễn Văn An", "Łukasz Żółć", "+49 391 540-3222",
                        "olena.shevchenko@example.org"),
                List.of("interculture_and_social"), false, "Magdeburg", LocalDate.of(2026, 11, 26),
                "Олена Шевченко", SignatureStatus.NONE);
        Files.write(dir.resolve("prefilled-unicode.pdf"), Samples.FORM.prefilled(unicode).bytes());
        assertThat(Files.size(dir.resolve("blank.pdf"))).isPositive();
    }
}
