package de.magdeburg.integration.netzwerk.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The font prepared at build time is the font prepared from the font file; a damaged one is not used. */
class FormFontTest {
    @Test
    void preparedAtBuildTimeEqualsPreparedFromTheFontFile() throws IOException {
        byte[] ttf;
        try (InputStream in = FormFont.class.getClassLoader().getResourceAsStream(FormFont.RESOURCE)) {
            ttf = in.readAllBytes();
        }
        byte[] file = preparedFile();
        FormFont prepared = FormFont.readPrepared(file);
        FormFont fresh = FormFont.prepare(ttf);

        assertThat(prepared).as("form-font.bin from the build").isNotNull();
        assertThat(FormFont.get()).isNotNull();
        for (int cp = 0; cp < 0x30000; cp++) {
            assertThat(prepared.glyphId(cp)).as("glyph of U+%04X", cp).isEqualTo(fresh.glyphId(cp));
        }
        assertThat(prepared.width("Şükrü Yılmaz Олена Шевченко Nguyễn Văn An محمد", 10))
                .isEqualTo(fresh.width("Şükrü Yılmaz Олена Шевченко Nguyễn Văn An محمد", 10));
        assertThat(prepared.defaultWidth()).isEqualTo(fresh.defaultWidth());
        assertThat(prepared.widthRuns()).containsExactlyElementsOf(fresh.widthRuns());
        assertThat(prepared.fontFileLength()).isEqualTo(fresh.fontFileLength());
        assertThat(prepared.fontFileDeflated()).isEqualTo(fresh.fontFileDeflated());
        assertThat(prepared.toUnicodeDeflated()).isEqualTo(fresh.toUnicodeDeflated());
        assertThat(prepared.bbox()).isEqualTo(fresh.bbox());
        assertThat(new int[] {prepared.ascent(), prepared.descent(), prepared.capHeight()})
                .isEqualTo(new int[] {fresh.ascent(), fresh.descent(), fresh.capHeight()});
    }

    @Test
    void aPreparedFileOfAnotherFormatOrDamagedIsNotTaken() throws IOException {
        byte[] file = preparedFile();
        assertThat(FormFont.readPrepared(new byte[] {0, 0, 0, 1, 0, 0, 0, 0})).as("format 1").isNull();
        assertThat(FormFont.readPrepared(java.util.Arrays.copyOf(file, file.length / 2))).as("cut short").isNull();
        assertThat(FormFont.readPrepared(new byte[] {0, 0, 0, 2, 0x7f, -1, -1, -1})).as("a count beyond the file")
                .isNull();
        assertThat(FormFont.readPrepared(java.util.Arrays.copyOf(file, file.length + 1))).as("bytes left over")
                .isNull();
        assertThat(FormFont.readPrepared(file)).isNotNull();
    }

    private static byte[] preparedFile() throws IOException {
        try (InputStream in = FormFont.class.getResourceAsStream(FormFont.PREPARED)) {
            return in.readAllBytes();
        }
    }
}
