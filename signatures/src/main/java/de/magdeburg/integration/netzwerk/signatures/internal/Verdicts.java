package de.magdeburg.integration.netzwerk.signatures.internal;

import de.magdeburg.integration.netzwerk.core.DeclarationField;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Rules;
import de.magdeburg.integration.netzwerk.core.Severity;
import de.magdeburg.integration.netzwerk.signatures.SignatureValidation;
import de.magdeburg.integration.netzwerk.signatures.SignatureValidationException;
import de.magdeburg.integration.netzwerk.signatures.SignatureVerdict;
import de.magdeburg.integration.netzwerk.signatures.SignatureVerdict.Indication;
import de.magdeburg.integration.netzwerk.signatures.SignatureVerdict.Level;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlObjectModification;
import eu.europa.esig.dss.enumerations.SignatureQualification;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.reports.Reports;
import eu.europa.esig.validationreport.ValidationReportFacade;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/** Turns DSS's reports into verdicts and findings in German and English (§1(2)). */
public final class Verdicts {
    private static final String BUNDLE = "de.magdeburg.integration.netzwerk.signatures.messages";

    private Verdicts() {
    }

    /**
     * @param reports DSS's reports of one document; not null
     * @return the verdicts, findings and ETSI report
     */
    public static SignatureValidation of(Reports reports) {
        SimpleReport simple = reports.getSimpleReport();
        List<SignatureVerdict> verdicts = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Set<String> signatureFields = new TreeSet<>();
        for (SignatureWrapper s : reports.getDiagnosticData().getSignatures()) {
            if (s.getPDFRevision() != null) {
                signatureFields.addAll(s.getPDFRevision().getSignatureFieldNames());
            }
        }
        for (String id : simple.getSignatureIdList()) {
            SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(id);
            SignatureVerdict verdict = verdict(simple, signature, id, signatureFields);
            verdicts.add(verdict);
            findings.add(finding(verdict));
            if (verdict.changedAfterSigning()) {
                findings.add(changed(verdict));
            }
        }
        return new SignatureValidation(verdicts, findings, etsi(reports));
    }

    private static SignatureVerdict verdict(SimpleReport simple, SignatureWrapper signature, String id,
            Set<String> signatureFields) {
        SubIndication sub = simple.getSubIndication(id);
        SignatureQualification qualification = simple.getSignatureQualification(id);
        boolean stamped = signature != null && !signature.getTimestampList().isEmpty();
        // a timestamp proves the time; without one DSS's "best signature time" is the validation time
        Date time = stamped ? simple.getBestSignatureTime(id) : simple.getSigningTime(id);
        PDFRevisionWrapper revision = signature == null ? null : signature.getPDFRevision();
        Set<String> modified = new TreeSet<>();
        boolean changed = false;
        if (revision != null) {
            modified.addAll(revision.getModifiedFieldNames());
            // a further signature (its field and widget) is a permitted change, not one to report
            List<XmlObjectModification> other = new ArrayList<>(revision.getPdfSignatureOrFormFillChanges());
            other.addAll(revision.getPdfAnnotationChanges());
            other.stream().map(XmlObjectModification::getFieldName)
                    .filter(n -> n != null && !n.isEmpty() && !signatureFields.contains(n)).forEach(modified::add);
            changed = revision.arePdfModificationsDetected() || !revision.getPdfUndefinedChanges().isEmpty()
                    || !modified.isEmpty();
        }
        String signer = simple.getSignedBy(id);
        String field = revision == null || revision.getSignatureFieldNames().isEmpty() ? ""
                : revision.getSignatureFieldNames().get(0);
        return new SignatureVerdict(id, field, signer == null ? "" : signer,
                Optional.ofNullable(time).map(Date::toInstant), indication(simple, id), sub == null ? "" : sub.name(),
                level(qualification), qualification == null ? "" : qualification.getReadable(),
                simple.getSignatureFormat(id) == null ? "" : simple.getSignatureFormat(id).toString(),
                signature != null && signature.isSignatureIntact() && signature.isSignatureValid(), changed,
                List.copyOf(modified));
    }

    private static Indication indication(SimpleReport simple, String id) {
        return switch (simple.getIndication(id)) {
            case TOTAL_PASSED, PASSED -> Indication.TOTAL_PASSED;
            case TOTAL_FAILED, FAILED -> Indication.TOTAL_FAILED;
            default -> Indication.INDETERMINATE;
        };
    }

    private static Level level(SignatureQualification qualification) {
        if (qualification == null) {
            return Level.NOT_DETERMINED;
        }
        return switch (qualification) {
            case QESIG -> Level.QESIG;
            case ADESIG_QC -> Level.ADESIG_QC;
            case ADESIG -> Level.ADESIG;
            default -> Level.NOT_DETERMINED;
        };
    }

    private static Finding finding(SignatureVerdict v) {
        Severity severity = v.indication() == Indication.TOTAL_PASSED ? Severity.INFO : Severity.WARNING;
        return new Finding(severity, Rules.GO_1_2.id(), DeclarationField.SIGNATURE.fieldName(), message(v, Locale.GERMAN), message(v, Locale.ENGLISH));
    }

    private static Finding changed(SignatureVerdict v) {
        String fields = v.modifiedFields().isEmpty() ? "–" : String.join(", ", v.modifiedFields());
        return new Finding(Severity.WARNING, Rules.GO_1_2.id(), DeclarationField.SIGNATURE.fieldName(),
                new MessageFormat(bundle(Locale.GERMAN).getString("verdict.changed"), Locale.GERMAN)
                        .format(new Object[] {v.signer(), fields}),
                new MessageFormat(bundle(Locale.ENGLISH).getString("verdict.changed"), Locale.ENGLISH)
                        .format(new Object[] {v.signer(), fields}));
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT);
    }

    private static String message(SignatureVerdict v, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String indication = v.indication() + (v.subIndication().isEmpty() ? "" : "/" + v.subIndication());
        String level = new MessageFormat(bundle.getString("level." + v.level()), locale)
                .format(new Object[] {v.qualification()});
        String time = v.signingTime().map(Instant::toString).orElse("–");
        return new MessageFormat(bundle.getString("verdict." + v.indication()), locale)
                .format(new Object[] {v.signer(), indication, level, time});
    }

    private static byte[] etsi(Reports reports) {
        try {
            return ValidationReportFacade.newFacade().marshall(reports.getEtsiValidationReportJaxb())
                    .getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new SignatureValidationException("Der ETSI-Prüfbericht lässt sich nicht schreiben / the ETSI"
                    + " validation report cannot be written: " + e.getMessage(), e);
        }
    }
}
