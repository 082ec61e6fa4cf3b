package de.magdeburg.integration.netzwerk.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trusted lists come from their file cache only; nothing is downloaded until refresh(). */
class TrustedListsTest {
    @Test
    void emptyCacheGivesNoTrustedListsAndNeedsNoNetwork(@TempDir Path cache) {
        // the LOTL address cannot be reached from here: an attempt to download would fail or hang
        TrustedLists lists = TrustedLists.of(cache, "http://127.0.0.1:9/lotl.xml", List.of());
        assertThat(lists.certificateCount()).isZero();
        assertThat(cache).isEmptyDirectory();
    }

    @Test
    void validatorWithEmptyTrustedListsStillTrustsItsAnchors(@TempDir Path cache) throws Exception {
        TestPki pki = new TestPki(java.time.Instant.now());
        byte[] signed = new DssSigner(pki).sign(de.magdeburg.integration.netzwerk.forms.DeclarationForm.create().blank().bytes(),
                pki.partner, eu.europa.esig.dss.enumerations.SignatureLevel.PAdES_BASELINE_B, "signature");
        SignatureValidation result = SignatureValidator.builder()
                .trustedLists(TrustedLists.euLotl(cache, List.of()))
                .trustAnchors(List.of(pki.ca.certificate())).crls(List.of(pki.crl())).build().validate(signed);
        assertThat(result.signatures()).extracting(SignatureVerdict::indication)
                .containsExactly(SignatureVerdict.Indication.TOTAL_PASSED);
    }
}
