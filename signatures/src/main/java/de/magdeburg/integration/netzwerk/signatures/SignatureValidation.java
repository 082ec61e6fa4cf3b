package de.magdeburg.integration.netzwerk.signatures;

import de.magdeburg.integration.netzwerk.core.Finding;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The result of validating a returned form's signatures with trust lists.
 *
 * <p>Immutable.
 *
 * @param signatures one verdict per signature, in the order of the file; empty if it is unsigned
 * @param findings one finding per signature (German and English, rule {@code GO-1.2}, field
 *     {@code signature}): INFO when it passed, WARNING otherwise; plus a WARNING for each signature
 *     after which the file was changed
 * @param etsiReport the ETSI TS 119 102-2 validation report (XML, UTF-8), to store beside the received file
 */
public record SignatureValidation(List<SignatureVerdict> signatures, List<Finding> findings, byte[] etsiReport) {
    /** Validates and copies. */
    public SignatureValidation {
        signatures = List.copyOf(signatures);
        findings = List.copyOf(findings);
        etsiReport = Objects.requireNonNull(etsiReport, "etsiReport").clone();
    }

    /** @return a copy of the ETSI TS 119 102-2 validation report (XML, UTF-8) */
    @Override
    public byte[] etsiReport() {
        return etsiReport.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignatureValidation v && signatures.equals(v.signatures) && findings.equals(v.findings)
                && Arrays.equals(etsiReport, v.etsiReport);
    }

    @Override
    public int hashCode() {
        return Objects.hash(signatures, findings, Arrays.hashCode(etsiReport));
    }

    @Override
    public String toString() {
        return "SignatureValidation[signatures=" + signatures + ", findings=" + findings + ", etsiReport="
                + etsiReport.length + " bytes]";
    }
}
