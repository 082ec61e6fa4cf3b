package de.magdeburg.integration.netzwerk.forms.internal;

import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import de.magdeburg.integration.netzwerk.forms.SignatureReading;
import de.magdeburg.integration.netzwerk.forms.SignatureReading.Changes;
import de.magdeburg.integration.netzwerk.forms.SignatureReading.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * Judges the digital signatures of a returned form without trust lists: for each signature, the
 * revision it covers, whether its cryptography verifies, and what was changed after it.
 *
 * <p>{@link SignatureStatus#SIGNED_VALID} means: every signature and document timestamp verifies
 * over its /ByteRange, each byte range leaves out exactly its /Contents hex string and ends where a
 * revision of the file ends, and every later revision only adds what a signed PDF may receive
 * ({@link RevisionDiff}: validation data for PAdES B-LT, document timestamps for B-LTA, further
 * signatures). The certificate's trust chain, revocation and qualification are not judged.
 */
final class SignatureVerifier {
    /** Signatures judged at most; a form signed more often is not one a partner sends. */
    static final int MAX_SIGNATURES = 10;

    /**
     * @param status the overall answer
     * @param signatures each signature, in the order of the revisions they cover
     * @param findings a WARNING per signature after which something not permitted was changed
     */
    record Judgement(SignatureStatus status, List<SignatureReading> signatures, List<Finding> findings) {
    }

    private SignatureVerifier() {
    }

    static Judgement judge(PDDocument doc, List<PDSignature> signatures, byte[] file, UntrustedPdf.Deadline deadline)
            throws IOException {
        if (signatures.isEmpty()) {
            return new Judgement(SignatureStatus.NONE, List.of(), List.of());
        }
        Map<COSDictionary, String> fieldNames = RevisionDiff.fieldNames(
                doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.ACRO_FORM));
        List<PDSignature> ordered = new ArrayList<>(signatures);
        ordered.sort(Comparator.comparingLong(SignatureVerifier::end));
        List<SignatureReading> out = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        boolean valid = ordered.size() <= MAX_SIGNATURES;
        for (PDSignature sig : ordered.subList(0, Math.min(ordered.size(), MAX_SIGNATURES))) {
            deadline.check();
            SignatureReading reading = judge(doc, sig, field(fieldNames, sig), fieldNames, file, deadline);
            out.add(reading);
            valid &= reading.valid();
            if (reading.changes() == Changes.NOT_ALLOWED) {
                findings.add(SignatureFindings.changedAfter(reading));
            }
        }
        return new Judgement(valid ? SignatureStatus.SIGNED_VALID : SignatureStatus.SIGNED_INVALID, out, findings);
    }

    private static SignatureReading judge(PDDocument doc, PDSignature sig, COSDictionary fieldDictionary,
            Map<COSDictionary, String> fieldNames, byte[] file, UntrustedPdf.Deadline deadline) throws IOException {
        String field = fieldDictionary == null ? "" : fieldNames.get(fieldDictionary);
        String subFilter = sig.getSubFilter();
        Kind kind = SignatureCms.RFC3161.equals(subFilter) ? Kind.DOCUMENT_TIMESTAMP : Kind.SIGNATURE;
        Optional<Instant> claimed = Optional.ofNullable(sig.getSignDate()).map(c -> c.toInstant());
        int[] br = sig.getByteRange();
        if (!wellFormed(br, file)) {
            return new SignatureReading(kind, field, "", claimed, revisions(file, file.length), file.length, false,
                    Changes.NONE, List.of(), List.of(), Optional.empty());
        }
        int end = br[2] + br[3];
        SignatureCms cms = SignatureCms.of(subFilter, sig.getContents(), sig.getSignedContent(file));
        boolean intact = cms.intact() && endsRevision(file, end);
        // PAdES: a timestamp is evidence; /M is the signer's claim (ETSI EN 319 142-1 5.4), the CMS
        // signing-time attribute an older one of the same kind
        Optional<Instant> time = cms.timestamp().or(() -> claimed).or(cms::signingTime);
        int revision = revisions(file, end);
        if (end == file.length) {
            return new SignatureReading(kind, field, cms.signer(), time, revision, end, intact, Changes.NONE,
                    List.of(), List.of(), Optional.empty());
        }
        RevisionDiff.Found found;
        if (revisions(file, file.length) == revision) {
            // bytes after the signed revision that are no revision of their own: nothing a viewer writes
            found = new RevisionDiff.Found();
            found.document = true;
        } else {
            try (PDDocument then = Loader.loadPDF(new RandomAccessReadBuffer(Arrays.copyOf(file, end)))) {
                found = RevisionDiff.compare(doc, then, deadline);
            } catch (IOException e) {
                // the signature claims a revision that cannot be read: nothing of it can be relied on
                return new SignatureReading(kind, field, cms.signer(), time, revision, end, false, Changes.NONE,
                        List.of(), List.of(), Optional.empty());
            }
            SignaturePermissions.of(sig.getCOSObject(), fieldDictionary).apply(found);
        }
        Changes changes = found.any() ? Changes.NOT_ALLOWED : Changes.ALLOWED;
        return new SignatureReading(kind, field, cms.signer(), time, revision, end, intact, changes,
                List.copyOf(found.fields), List.copyOf(found.pages), Optional.empty());
    }

    private static COSDictionary field(Map<COSDictionary, String> fieldNames, PDSignature sig) {
        for (COSDictionary field : fieldNames.keySet()) {
            if (field.getDictionaryObject(COSName.V) == sig.getCOSObject()) {
                return field;
            }
        }
        return null;
    }

    private static long end(PDSignature sig) {
        int[] br = sig.getByteRange();
        return br == null || br.length != 4 ? 0 : (long) br[2] + br[3];
    }

    private static boolean wellFormed(int[] br, byte[] file) {
        return br != null && br.length == 4 && br[0] == 0 && br[1] > 0 && br[2] > br[1] && br[3] >= 0
                && (long) br[2] + br[3] <= file.length && file[br[1]] == '<' && file[br[2] - 1] == '>';
    }

    /** Whether {@code end} is where a revision ends: an %%EOF marker, then at most an end of line. */
    private static boolean endsRevision(byte[] file, int end) {
        int from = Math.max(0, end - 7);
        String tail = new String(file, from, end - from, StandardCharsets.ISO_8859_1);
        int eof = tail.lastIndexOf("%%EOF");
        return eof >= 0 && tail.substring(eof + 5).matches("(\r\n|\r|\n)?");
    }

    /**
     * The number of revisions in {@code file[0, end)}: %%EOF markers at the start of a line. A
     * linearized file counts one more; the marker inside a stream's data would count too, which
     * forms do not carry.
     */
    static int revisions(byte[] file, int end) {
        int count = 0;
        for (int i = 0; i + 5 <= end; i++) {
            if (file[i] == '%' && file[i + 1] == '%' && file[i + 2] == 'E' && file[i + 3] == 'O' && file[i + 4] == 'F'
                    && (i == 0 || file[i - 1] == '\n' || file[i - 1] == '\r')) {
                count++;
            }
        }
        return Math.max(1, count);
    }
}
