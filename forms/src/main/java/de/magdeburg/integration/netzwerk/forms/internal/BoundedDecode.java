package de.magdeburg.integration.netzwerk.forms.internal;

import de.magdeburg.integration.netzwerk.forms.FormReadException;
import de.magdeburg.integration.netzwerk.forms.FormReadException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Decodes a stream of an untrusted file up to a fixed size. PDFBox decodes a whole stream before
 * handing out the first byte, so a few kilobytes of nested /FlateDecode can demand gigabytes; here
 * each filter stage writes into a buffer that refuses to grow beyond the bound.
 */
final class BoundedDecode {
    /** Largest decoded field value: far above any text a field holds (200 characters). */
    static final int MAX_BYTES = 64 * 1024;

    private BoundedDecode() {
    }

    /**
     * @param stream a field value stored as a stream (rich text); not null
     * @param field the field's name, for the message
     * @return the decoded bytes, at most {@link #MAX_BYTES}
     * @throws FormReadException TOO_LARGE if a stage decodes to more than {@link #MAX_BYTES}
     * @throws IOException if the stream is damaged
     */
    static byte[] decode(COSStream stream, String field) throws IOException {
        List<COSName> filters = new ArrayList<>();
        COSBase f = stream.getFilters();
        if (f instanceof COSName name) {
            filters.add(name);
        } else if (f instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    filters.add(name);
                }
            }
        }
        byte[] data;
        try (InputStream raw = stream.createRawInputStream()) {
            data = raw.readNBytes(MAX_BYTES + 1);
        }
        if (data.length > MAX_BYTES && filters.isEmpty()) {
            throw tooLarge(field);
        }
        for (int i = 0; i < filters.size(); i++) {
            Bounded out = new Bounded();
            try {
                FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(new ByteArrayInputStream(data), out,
                        stream, i);
            } catch (LimitReached e) {
                throw tooLarge(field);
            }
            data = out.toByteArray();
        }
        return data;
    }

    private static FormReadException tooLarge(String field) {
        return new FormReadException(Reason.TOO_LARGE, "der Wert des Feldes „" + field + "“ ist entpackt größer als "
                + MAX_BYTES + " Bytes", "the value of field \"" + field + "\" decompresses to more than " + MAX_BYTES
                + " bytes", null);
    }

    /** Thrown by {@link Bounded}; an IOException so that it passes through the filters. */
    private static final class LimitReached extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static final class Bounded extends OutputStream {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        @Override
        public void write(int b) throws IOException {
            ensure(1);
            buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            ensure(len);
            buffer.write(b, off, len);
        }

        private void ensure(int more) throws LimitReached {
            if (buffer.size() + (long) more > MAX_BYTES) {
                throw new LimitReached();
            }
        }

        byte[] toByteArray() {
            return buffer.toByteArray();
        }
    }
}
