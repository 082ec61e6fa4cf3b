package de.magdeburg.integration.netzwerk.forms.internal;

import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Judges the digital signatures of a returned form.
 *
 * <p>{@link SignatureStatus#SIGNED_VALID} means: every signature's CMS (PKCS#7 detached or CAdES
 * detached) verifies over its /ByteRange, each byte range leaves out exactly its /Contents hex
 * string, and the newest signature's range reaches the end of the file, so nothing was added after
 * signing. The certificate's trust chain, revocation and time are not judged.
 */
final class SignatureVerifier {
    private SignatureVerifier() {
    }

    static SignatureStatus status(List<PDSignature> signatures, byte[] file) {
        if (signatures.isEmpty()) {
            return SignatureStatus.NONE;
        }
        long coveredEnd = 0;
        for (PDSignature sig : signatures) {
            try {
                int[] br = sig.getByteRange();
                if (br == null || br.length != 4 || br[0] != 0 || br[1] <= 0 || br[2] <= br[1] || br[3] < 0
                        || (long) br[2] + br[3] > file.length
                        || file[br[1]] != '<' || file[br[2] - 1] != '>') {
                    return SignatureStatus.SIGNED_INVALID;
                }
                String subFilter = sig.getSubFilter();
                if (!"adbe.pkcs7.detached".equals(subFilter) && !"ETSI.CAdES.detached".equals(subFilter)) {
                    return SignatureStatus.SIGNED_INVALID;
                }
                if (!verifies(sig.getContents(), sig.getSignedContent(file))) {
                    return SignatureStatus.SIGNED_INVALID;
                }
                coveredEnd = Math.max(coveredEnd, (long) br[2] + br[3]);
            } catch (Exception e) {
                return SignatureStatus.SIGNED_INVALID;
            }
        }
        return coveredEnd == file.length ? SignatureStatus.SIGNED_VALID : SignatureStatus.SIGNED_INVALID;
    }

    private static boolean verifies(byte[] contents, byte[] signedContent) throws Exception {
        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), contents);
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            return false;
        }
        for (SignerInformation signer : signers) {
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certs = cms.getCertificates().getMatches(signer.getSID());
            if (certs.isEmpty()) {
                return false;
            }
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certs.iterator().next()))) {
                return false;
            }
        }
        return true;
    }
}
