package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.magdeburg.integration.netzwerk.forms.FormReadException.Reason;
import de.magdeburg.integration.netzwerk.forms.internal.PdfSandbox;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.util.Version;
import org.junit.jupiter.api.Test;

/**
 * The sandbox of untrusted reads ({@link PdfSandbox}) bounds what a Netzwerk read decodes and
 * nothing else: an embedding application's own PDFBox use in the same JVM decodes as before.
 */
class PdfSandboxTest {
    /** More than {@link ReadLimits#DEFAULT_MAX_BYTES} decoded, from a few KiB in the file. */
    private static final int DECODED = 24 << 20;

    @Test
    void decodeBoundReflectsOnThePdfBoxVersionItWasCheckedWith() {
        assertThat(Version.getVersion())
                .as("DecodeBudget reflects on the private FilterFactory.filters of PDFBox %s; check it against "
                        + "this PDFBox, then update PdfSandbox.PDFBOX_VERSION", PdfSandbox.PDFBOX_VERSION)
                .isEqualTo(PdfSandbox.PDFBOX_VERSION);
    }

    @Test
    void applicationsOwnPdfBoxDecodesUnboundedBeforeAndAfterAnUntrustedRead() throws IOException {
        // the declaration's field in an object stream padded to more than maxBytes: a few KiB in the file
        byte[] pdf = HostileStructures.objectStreamBomb(HostileStructures.declaration(), DECODED);

        assertThat(decodedByTheApplication(pdf)).isGreaterThan(DECODED);

        // the same stream, read as an untrusted declaration, is stopped by the bound
        assertThatThrownBy(() -> DeclarationForm.create().read(Input.of(pdf)))
                .isInstanceOfSatisfying(FormReadException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
                .hasMessageContaining("entpackt mehr als " + ReadLimits.DEFAULT_MAX_BYTES + " Bytes");

        assertThat(decodedByTheApplication(pdf)).isGreaterThan(DECODED);
    }

    /**
     * What an application does with PDFBox itself: load, decode the object stream, run its filter
     * directly.
     *
     * @return the bytes decoded
     */
    private static int decodedByTheApplication(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSStream stream = doc.getDocument().getXrefTable().keySet().stream()
                    .map(key -> doc.getDocument().getObjectFromPool(key).getObject())
                    .filter(o -> o instanceof COSStream s && COSName.OBJ_STM.equals(s.getCOSName(COSName.TYPE)))
                    .map(COSStream.class::cast).findFirst().orElseThrow();
            int viaStream;
            try (InputStream in = stream.createInputStream()) {
                viaStream = in.readAllBytes().length;
            }
            ByteArrayOutputStream viaFilter = new ByteArrayOutputStream();
            try (InputStream encoded = stream.createRawInputStream()) {
                FilterFactory.INSTANCE.getFilter(COSName.FLATE_DECODE)
                        .decode(encoded, viaFilter, new COSDictionary(), 0);
            }
            assertThat(viaFilter.size()).isEqualTo(viaStream);
            return viaStream;
        }
    }
}
