package de.magdeburg.integration.netzwerk.core;

import static de.magdeburg.integration.netzwerk.core.DeclarationField.CROSS_GROUP_MEETINGS;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.DATE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.EMAIL;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.FIRST_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.FUNCTION;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.LAST_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_CITY;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_POSTAL_CODE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_STREET;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.PHONE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.PLACE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.SIGNATORY_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.SIGNATURE;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The content rules of a declaration (§1(2), Anlage), behind
 * {@link RuleChecks#checkDeclaration(RulesProfile, Declaration)}: one place for every path that
 * judges a declaration (register, form reading, facade, command line, web sample).
 */
final class DeclarationRules {
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?[0-9 ()/.\\-]{5,40}");

    private DeclarationRules() {
    }

    static List<Finding> check(RulesProfile profile, Declaration d) {
        List<Finding> out = new ArrayList<>();
        var o = d.organisation();
        var r = d.representative();
        boolean entry = d.request() == RequestType.ENTRY;
        fits(out, ORGANISATION_NAME, o.name());
        fits(out, ORGANISATION_STREET, o.street());
        // the postal code's own rule (exactly five digits) already refuses a longer one
        fits(out, ORGANISATION_CITY, o.city());
        fits(out, LAST_NAME, r.lastName());
        fits(out, FIRST_NAME, r.firstName());
        fits(out, FUNCTION, r.function());
        fits(out, PHONE, r.phone());
        fits(out, EMAIL, r.email());
        fits(out, PLACE, d.place());
        fits(out, SIGNATORY_NAME, d.signatoryName());
        required(out, ORGANISATION_NAME, o.name(), true);
        required(out, ORGANISATION_STREET, o.street(), entry);
        required(out, ORGANISATION_POSTAL_CODE, o.postalCode(), entry);
        required(out, ORGANISATION_CITY, o.city(), entry);
        if (!o.postalCode().isEmpty() && !POSTAL_CODE.matcher(o.postalCode()).matches()) {
            out.add(finding(Severity.ERROR, "FORM", ORGANISATION_POSTAL_CODE.fieldName(), "format.postalCode",
                    o.postalCode()));
        }
        required(out, LAST_NAME, r.lastName(), entry);
        required(out, FIRST_NAME, r.firstName(), entry);
        required(out, EMAIL, r.email(), entry);
        if (!r.phone().isEmpty() && (!PHONE_NUMBER.matcher(r.phone()).matches()
                || r.phone().chars().filter(Character::isDigit).count() < 5)) {
            out.add(finding(Severity.ERROR, "FORM", PHONE.fieldName(), "format.phone", r.phone()));
        }
        if (!r.email().isEmpty() && !EMAIL_ADDRESS.matcher(r.email()).matches()) {
            out.add(finding(Severity.ERROR, "FORM", EMAIL.fieldName(), "format.email", r.email()));
        }
        for (String id : d.workingGroups()) {
            if (profile.findWorkingGroup(id).isEmpty()) {
                out.add(finding(Severity.ERROR, "GO-4.1", DeclarationField.workingGroupField(id),
                        "workingGroup.unknown", id));
            }
        }
        if (entry && d.workingGroups().isEmpty() && !d.crossGroupMeetings()) {
            out.add(finding(Severity.ERROR, "GO-1.2", CROSS_GROUP_MEETINGS.fieldName(), "required.workingGroup"));
        }
        if (d.place().isEmpty()) {
            out.add(finding(Severity.WARNING, "GO-1.2", PLACE.fieldName(), "missing.place"));
        }
        if (d.date() == null) {
            out.add(finding(Severity.WARNING, "GO-1.2", DATE.fieldName(), "missing.date"));
        } else if (d.date().isBefore(profile.versionDate())) {
            // a declaration accepts the rules (Anlage: "erkenne … an"); it cannot predate their adoption
            out.add(finding(Severity.ERROR, "GO-6", DATE.fieldName(), "go6.declarationBeforeAdoption",
                    RuleChecks.day(d.date()), RuleChecks.day(profile.versionDate())));
        }
        required(out, SIGNATORY_NAME, d.signatoryName(), true);
        if (d.signature() == SignatureStatus.SIGNED_INVALID) {
            out.add(finding(Severity.WARNING, "GO-1.2", SIGNATURE.fieldName(), "signature.invalid"));
        }
        return List.copyOf(out);
    }

    /**
     * A value longer than its form field ({@link DeclarationField#maxLength()}) could never be
     * printed on the declaration form, so the register must not take it either — whichever path it
     * came by (JSON, API, a form read back, which cuts and reports it itself).
     */
    private static void fits(List<Finding> out, DeclarationField field, String value) {
        if (value.length() > field.maxLength()) {
            out.add(finding(Severity.ERROR, "FORM", field.fieldName(), "format.tooLong", field.caption(),
                    value.length(), field.maxLength()));
        }
    }

    private static void required(List<Finding> out, DeclarationField field, String value, boolean required) {
        if (required && value.isEmpty()) {
            out.add(finding(Severity.ERROR, "GO-1.2", field.fieldName(), "required." + field.fieldName()));
        }
    }

    private static Finding finding(Severity severity, String rule, String field, String key, Object... args) {
        return Finding.of(severity, rule, field, Messages::bundle, key, args);
    }
}
