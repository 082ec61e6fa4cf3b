package de.magdeburg.integration.netzwerk.forms;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Runs veraPDF and returns the failed rules as "clause-test: message (count)". */
final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    static synchronized List<String> failedRules(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
                PDFAValidator validator = foundry.createValidator(flavour, false);
                PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour)) {
            ValidationResult result = validator.validate(parser);
            System.out.println(flavour + " compliant=" + result.isCompliant() + " total=" + result.getTotalAssertions()
                    + " flavour=" + result.getPDFAFlavour());
            TreeMap<String, String> failed = new TreeMap<>();
            TreeMap<String, Integer> counts = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    String id = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                    failed.putIfAbsent(id, a.getMessage() + " @ " + a.getLocation().getContext());
                    counts.merge(id, 1, Integer::sum);
                }
            }
            return failed.entrySet().stream()
                    .map(e -> e.getKey() + " (" + counts.get(e.getKey()) + "x): " + e.getValue()).toList();
        }
    }
}
