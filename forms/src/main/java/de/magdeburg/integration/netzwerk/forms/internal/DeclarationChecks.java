package de.magdeburg.integration.netzwerk.forms.internal;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.RuleChecks;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.Severity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a declaration read from a form: core's content rules
 * ({@link RuleChecks#checkDeclaration(RulesProfile, Declaration)}, the same for every path) and,
 * because a partner types the date by hand, a WARNING for a date after today in the clock's time
 * zone.
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
        return List.copyOf(out);
    }

    static Finding finding(Severity severity, String rule, String field, String key, Object... args) {
        return Finding.of(severity, rule, field, Fields::bundle, key, args);
    }
}
