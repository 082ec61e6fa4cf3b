package de.magdeburg.integration.netzwerk.spreadsheet;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Finding;
import java.util.List;
import java.util.Objects;

/**
 * One row of the partner list as the import would take it: the declaration it becomes (§1(2)),
 * the findings of the same rules a returned declaration form meets
 * ({@link de.magdeburg.integration.netzwerk.core.Register#apply}), and what the import adjusted.
 *
 * <p>Immutable.
 *
 * @param rowNumber the row's number in the file, from 1, as Excel or Calc shows it
 * @param declaration the entry declaration the row becomes; not null
 * @param findings the rules' findings, in the order of the form's fields; not null
 * @param adjustments what the import changed in the cells; not null
 */
public record PreviewRow(int rowNumber, Declaration declaration, List<Finding> findings,
        List<Adjustment> adjustments) {
    /** Validates and copies. */
    public PreviewRow {
        if (rowNumber < 1) {
            throw new de.magdeburg.integration.netzwerk.core.InvalidDataException("rowNumber",
                    "muss ab 1 zählen: " + rowNumber + " / must count from 1: " + rowNumber);
        }
        Objects.requireNonNull(declaration, "declaration");
        findings = List.copyOf(findings);
        adjustments = List.copyOf(adjustments);
    }

    /** @return whether the register would take the row: no finding is an ERROR */
    public boolean importable() {
        return findings.stream().noneMatch(Finding::isError);
    }
}
