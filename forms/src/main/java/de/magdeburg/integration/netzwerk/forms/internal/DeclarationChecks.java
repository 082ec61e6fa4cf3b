package de.magdeburg.integration.netzwerk.forms.internal;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.RuleChecks;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.Severity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of a declaration read from a form: core's content rules
 * ({@link RuleChecks#checkDeclaration(RulesProfile, Declaration)}, the same for every path) and,
 * because a partner types the date by hand, a WARNING for a date after today in the clock's time
 * zone, and a WARNING ({@code FONT}) for a value the form's font cannot show.
 *
 * <p>Immutable and thread-safe.
 */
public final class DeclarationChecks {
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
     * @return core's findings in the order of the form's fields, then a date in the future; empty
     *     when complete and well-formed
     */
    public List<Finding> check(Declaration d) {
        List<Finding> out = new ArrayList<>(RuleChecks.checkDeclaration(profile, d));
        if (d.date() != null && d.date().isAfter(LocalDate.now(clock))) {
            out.add(finding(Severity.WARNING, "FORM", Fields.DATE, "format.dateInFuture", d.date().toString()));
        }
        out.addAll(unprintable(d));
        return List.copyOf(out);
    }

    /**
     * A WARNING for every field whose value has characters the form's font cannot draw (Chinese,
     * Japanese, Korean, Ethiopic …): the value is stored and read back exactly, but the form shows
     * „�“ in their place, so a printout of it would lose the name. The printed documents have fonts
     * for these scripts; the form does not carry them (several megabytes in every form).
     */
    static List<Finding> unprintable(Declaration d) {
        FormFont font = FormFont.get();
        Map<String, String> values = new LinkedHashMap<>();
        values.put(Fields.ORGANISATION_NAME, d.organisation().name());
        values.put(Fields.ORGANISATION_STREET, d.organisation().street());
        values.put(Fields.ORGANISATION_POSTAL_CODE, d.organisation().postalCode());
        values.put(Fields.ORGANISATION_CITY, d.organisation().city());
        values.put(Fields.LAST_NAME, d.representative().lastName());
        values.put(Fields.FIRST_NAME, d.representative().firstName());
        values.put(Fields.FUNCTION, d.representative().function());
        values.put(Fields.PHONE, d.representative().phone());
        values.put(Fields.EMAIL, d.representative().email());
        values.put(Fields.PLACE, d.place());
        values.put(Fields.SIGNATORY_NAME, d.signatoryName());
        List<Finding> out = new ArrayList<>();
        values.forEach((field, value) -> {
            String missing = font.missing(value);
            if (!missing.isEmpty()) {
                out.add(finding(Severity.WARNING, "FONT", field, "font.missing", field, value, missing));
            }
        });
        return out;
    }

    static Finding finding(Severity severity, String rule, String field, String key, Object... args) {
        return Finding.of(severity, rule, field, Fields::bundle, key, args);
    }
}
