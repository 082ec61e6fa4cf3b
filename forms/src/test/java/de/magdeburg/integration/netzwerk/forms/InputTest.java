package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputTest {
    private static final ReadLimits TEN_BYTES = ReadLimits.defaults().withMaxBytes(10);

    @TempDir
    Path dir;

    @Test
    void bytesStreamAndPathAtTheLimitAreRead() throws Exception {
        byte[] ten = "0123456789".getBytes();
        Path file = Files.write(dir.resolve("zehn.pdf"), ten);

        assertThat(Input.of(ten).read(TEN_BYTES)).isEqualTo(ten);
        assertThat(Input.of(new ByteArrayInputStream(ten)).read(TEN_BYTES)).isEqualTo(ten);
        assertThat(Input.of(file).read(TEN_BYTES)).isEqualTo(ten);
    }

    @Test
    void aStreamOverTheLimitIsTooLargeAfterReadingOneByteMore() {
        AtomicLong read = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 'x';
            }
        };

        assertThatThrownBy(() -> Input.of(endless).read(TEN_BYTES))
                .isInstanceOfSatisfying(FormReadException.class,
                        e -> assertThat(e.reason()).isEqualTo(FormReadException.Reason.TOO_LARGE))
                .hasMessageContaining("11 Bytes, höchstens 10");
        assertThat(read.get()).isEqualTo(11);
    }

    @Test
    void aFileOverTheLimitIsTooLargeBeforeItIsRead() throws Exception {
        Path file = Files.write(dir.resolve("gross.pdf"), new byte[11]);

        assertThatThrownBy(() -> Input.of(file).read(TEN_BYTES)).isInstanceOf(FormReadException.class)
                .hasMessageContaining("11 Bytes, höchstens 10");
    }

    @Test
    void aMissingFileIsANetzwerkExceptionNamingIt() {
        Path file = dir.resolve("fehlt.pdf");

        assertThatThrownBy(() -> Input.of(file).read(TEN_BYTES)).isInstanceOf(NetzwerkException.class)
                .hasMessage("Datei nicht gefunden / file not found: " + file);
    }

    @Test
    void theFormReadsWithItsConfiguredLimitsWhateverTheInput() {
        DeclarationForm small = DeclarationForm.builder().limits(TEN_BYTES).build();
        byte[] blank = Samples.FORM.blank().bytes();

        assertThatThrownBy(() -> small.read(Input.of(new ByteArrayInputStream(blank))))
                .isInstanceOfSatisfying(FormReadException.class,
                        e -> assertThat(e.reason()).isEqualTo(FormReadException.Reason.TOO_LARGE));
        assertThatThrownBy(() -> AttendanceSheetReader.of(TEN_BYTES).read(Input.of(blank)))
                .isInstanceOfSatisfying(FormReadException.class,
                        e -> assertThat(e.reason()).isEqualTo(FormReadException.Reason.TOO_LARGE));
    }

    @Test
    void settingsAreOneValueTheBuildersShare() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T23:30:00Z"), ZoneOffset.UTC);
        Settings settings = Settings.defaults().withClock(clock).withLimits(TEN_BYTES);

        DeclarationForm form = DeclarationForm.builder().settings(settings).build();

        assertThat(form.settings()).isEqualTo(settings);
        assertThat(form.newBuilder().build().settings()).isEqualTo(settings);
        assertThat(settings.today()).isEqualTo(java.time.LocalDate.of(2026, 11, 20));
        assertThat(Settings.defaults().clock().getZone()).isEqualTo(java.time.ZoneId.of("Europe/Berlin"));
    }
}
