package de.magdeburg.integration.netzwerk.forms;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Finding;
import java.util.List;
import java.util.Objects;

/**
 * What a returned declaration form says (§1(2), Anlage), and what is wrong with it.
 *
 * <p>Immutable. A form that could be read always gives a declaration, even a half-filled one;
 * its problems are findings (rule ids of the rules catalogue, docs/RULES.md: {@code GO-1.2} for missing required content,
 * {@code GO-4.1} for unknown working groups, {@code FORM} for format problems), in the order of
 * the form's fields.
 *
 * @param declaration the values of the form; not null
 * @param findings problems found, empty when the declaration is complete; not null
 */
public record DeclarationReading(Declaration declaration, List<Finding> findings) {
    /**
     * Validates and copies.
     *
     * @param declaration the values of the form; not null
     * @param findings problems found; not null, copied
     */
    public DeclarationReading {
        Objects.requireNonNull(declaration, "declaration");
        findings = List.copyOf(findings);
    }

    /** @return whether any finding is an error (the declaration must not go into the register as it is) */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
