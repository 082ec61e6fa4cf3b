package de.magdeburg.integration.netzwerk.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;

/** Installing the decode bound: idempotent, and a failure the caller can catch and read. */
class DecodeBudgetTest {

    @Test
    void installingTwiceWrapsEveryFilterOnce() throws IOException {
        PdfSandbox first = PdfSandbox.install();
        DecodeBudget.install();

        assertThat(PdfSandbox.install()).isSameAs(first);
        assertThat(DecodeBudget.wraps(COSName.FLATE_DECODE)).isTrue();
        assertThat(DecodeBudget.wrapsTwice(COSName.FLATE_DECODE)).isFalse();
    }

    @Test
    void aPdfBoxWithoutTheFilterMapIsRefusedWithANetzwerkExceptionNamingIt() {
        assertThatThrownBy(() -> DecodeBudget.wrapFilters(new Object()))
                .isExactlyInstanceOf(NetzwerkException.class)
                .hasMessageStartingWith("Fremde PDF-Dateien werden nicht gelesen: das Entpacken lässt sich nicht "
                        + "begrenzen, java.lang.Object.filters fehlt (java.lang.NoSuchFieldException: filters, "
                        + "geprüft mit PDFBox 3.0.8) / untrusted PDF files are not read: decoding cannot be bounded, "
                        + "java.lang.Object.filters is missing (java.lang.NoSuchFieldException: filters, checked "
                        + "with PDFBox 3.0.8)");
    }
}
