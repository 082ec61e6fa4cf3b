package de.magdeburg.integration.netzwerk.forms.internal;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.Severity;
import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Content checks of a declaration (§1(2), Anlage): required fields by request type (GO-1.2),
 * known working groups (GO-4.1) and formats (FORM).
 *
 * <p>Immutable and thread-safe.
 */
public final class DeclarationChecks {
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/.\\-]{5,40}");

    private final RulesProfile profile;
    private final Clock clock;

    /**
     * @param profile the rules (working groups); not null
     * @param clock today's date for the date check; not null
     */
    public DeclarationChecks(RulesProfile profile, Clock clock) {
        this.profile = profile;
        this.clock = clock;
    }

    /**
     * @param d the declaration; not null
     * @return findings in the order of the form's fields; empty when complete and well-formed
     */
    public List<Finding> check(Declaration d) {
        List<Finding> out = new ArrayList<>();
        var o = d.organisation();
        var r = d.representative();
        boolean entry = d.request() == RequestType.ENTRY;
        required(out, Fields.ORGANISATION_NAME, o.name(), true);
        required(out, Fields.ORGANISATION_STREET, o.street(), entry);
        required(out, Fields.ORGANISATION_POSTAL_CODE, o.postalCode(), entry);
        required(out, Fields.ORGANISATION_CITY, o.city(), entry);
        if (!o.postalCode().isEmpty() && !POSTAL_CODE.matcher(o.postalCode()).matches()) {
            out.add(finding(Severity.ERROR, "FORM", Fields.ORGANISATION_POSTAL_CODE, "format.postalCode",
                    o.postalCode()));
        }
        required(out, Fields.LAST_NAME, r.lastName(), entry);
        required(out, Fields.FIRST_NAME, r.firstName(), entry);
        required(out, Fields.EMAIL, r.email(), entry);
        if (!r.phone().isEmpty() && (!PHONE.matcher(r.phone()).matches()
                || r.phone().chars().filter(Character::isDigit).count() < 5)) {
            out.add(finding(Severity.ERROR, "FORM", Fields.PHONE, "format.phone", r.phone()));
        }
        if (!r.email().isEmpty() && !EMAIL.matcher(r.email()).matches()) {
            out.add(finding(Severity.ERROR, "FORM", Fields.EMAIL, "format.email", r.email()));
        }
        for (String id : d.workingGroups()) {
            if (profile.findWorkingGroup(id).isEmpty()) {
                out.add(finding(Severity.ERROR, "GO-4.1", Fields.WORKING_GROUP_PREFIX + id, "workingGroup.unknown",
                        id));
            }
        }
        if (entry && d.workingGroups().isEmpty() && !d.crossGroupMeetings()) {
            out.add(finding(Severity.ERROR, "GO-1.2", Fields.CROSS_GROUP_MEETINGS, "required.workingGroup"));
        }
        if (d.place().isEmpty()) {
            out.add(finding(Severity.WARNING, "GO-1.2", Fields.PLACE, "missing.place"));
        }
        if (d.date() == null) {
            out.add(finding(Severity.WARNING, "GO-1.2", Fields.DATE, "missing.date"));
        } else if (d.date().isAfter(LocalDate.now(clock))) {
            out.add(finding(Severity.WARNING, "FORM", Fields.DATE, "format.dateInFuture", d.date().toString()));
        }
        required(out, Fields.SIGNATORY_NAME, d.signatoryName(), true);
        if (d.signature() == SignatureStatus.SIGNED_INVALID) {
            out.add(finding(Severity.WARNING, "GO-1.2", Fields.SIGNATURE, "signature.invalid"));
        }
        return List.copyOf(out);
    }

    private static void required(List<Finding> out, String field, String value, boolean required) {
        if (required && value.isEmpty()) {
            out.add(finding(Severity.ERROR, "GO-1.2", field, "required." + field));
        }
    }

    static Finding finding(Severity severity, String rule, String field, String key, Object... args) {
        return Finding.of(severity, rule, field, Fields.BUNDLE, key, args);
    }
}
