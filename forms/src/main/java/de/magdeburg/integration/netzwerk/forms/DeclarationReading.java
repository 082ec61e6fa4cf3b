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
 * @param signatures every digital signature and document timestamp of the form, oldest first, with the
 *     revision each covers and what was changed after it; empty for an unsigned form; not null
 */
public record DeclarationReading(Declaration declaration, List<Finding> findings, List<SignatureReading> signatures) {
    /**
     * Validates and copies.
     *
     * @param declaration the values of the form; not null
     * @param findings problems found; not null, copied
     * @param signatures the signatures; not null, copied
     */
    public DeclarationReading {
        Objects.requireNonNull(declaration, "declaration");
        findings = List.copyOf(findings);
        signatures = List.copyOf(signatures);
    }

    /**
     * A reading without signature details (a form that was not read from a PDF, or an unsigned one).
     *
     * @param declaration the values of the form; not null
     * @param findings problems found; not null, copied
     */
    public DeclarationReading(Declaration declaration, List<Finding> findings) {
        this(declaration, findings, List.of());
    }

    /** @return whether any finding is an error (the declaration must not go into the register as it is) */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
