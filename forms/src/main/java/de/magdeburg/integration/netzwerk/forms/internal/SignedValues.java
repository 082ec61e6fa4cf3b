package de.magdeburg.integration.netzwerk.forms.internal;

import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
import de.magdeburg.integration.netzwerk.forms.FormReadException;
import de.magdeburg.integration.netzwerk.forms.SignatureReading;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The values a partner signed, when the form was changed after signing: the file truncated at the
 * end of the signature's byte range is the revision that was signed, read like any returned form.
 * Read after the received file is closed, so that two documents never share one read's memory budget.
 */
final class SignedValues {
    private SignedValues() {
    }

    /**
     * @param reading the received file's reading; not null
     * @param pdf the received file; not null
     * @param readRevision reads a revision of it under the same limits
     * @return the reading, each signature after which something not permitted was changed with its
     *     values as signed (where that revision can be read)
     */
    static DeclarationReading attach(DeclarationReading reading, byte[] pdf,
            Function<byte[], DeclarationReading> readRevision) {
        if (reading.signatures().stream().noneMatch(SignedValues::wanted)) {
            return reading;
        }
        List<SignatureReading> signatures = new ArrayList<>();
        for (SignatureReading s : reading.signatures()) {
            if (wanted(s)) {
                try {
                    s = s.withAsSigned(readRevision.apply(Arrays.copyOf(pdf, (int) s.revisionEnd())).declaration());
                } catch (FormReadException e) {
                    // the signed revision is not a readable form (signed blank, foreign form): no values to give
                }
            }
            signatures.add(s);
        }
        return new DeclarationReading(reading.declaration(), reading.findings(), signatures);
    }

    private static boolean wanted(SignatureReading s) {
        return s.intact() && s.changes() == SignatureReading.Changes.NOT_ALLOWED;
    }
}
