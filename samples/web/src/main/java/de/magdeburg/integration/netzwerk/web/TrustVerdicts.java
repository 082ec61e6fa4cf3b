package de.magdeburg.integration.netzwerk.web;

import java.util.List;

/**
 * Trust and qualification of a received form's signatures, when the optional module
 * {@code netzwerk-signatures} (EU DSS) is on the classpath and configured ({@link SignatureTrustConfig});
 * without it the coordinator sees the library's integrity answer only. An interface of this
 * application, so nothing else loads a class of the optional module.
 */
interface TrustVerdicts {
    /**
     * @param pdf the received file; not null
     * @return one verdict per signature (not per document timestamp), in the order of the file
     */
    List<TrustVerdict> judge(byte[] pdf);

    /**
     * The validator's answer for one signature, in German for the page.
     *
     * @param indication e.g. „gültig (TOTAL_PASSED)“
     * @param subIndication the ETSI sub-indication and what it means, or empty
     * @param level e.g. „qualifizierte elektronische Signatur (QESig)“
     * @param format the PAdES level found, e.g. PAdES-BASELINE-LT
     */
    record TrustVerdict(String indication, String subIndication, String level, String format) {
        /** Validates. */
        public TrustVerdict {
            java.util.Objects.requireNonNull(indication, "indication");
            java.util.Objects.requireNonNull(subIndication, "subIndication");
            java.util.Objects.requireNonNull(level, "level");
            java.util.Objects.requireNonNull(format, "format");
        }
    }
}
