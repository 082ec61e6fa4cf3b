package de.magdeburg.integration.netzwerk.spreadsheet;

import de.magdeburg.integration.netzwerk.core.Register;
import java.util.List;
import java.util.Objects;

/**
 * What an import took into the register, after the coordinator confirmed rows of the preview.
 *
 * <p>Immutable.
 *
 * @param register the register with the rows taken; the caller stores it (nothing is stored before)
 * @param taken the rows now in the register, each with its findings (warnings only); not null
 * @param refused the confirmed rows the rules refused (an ERROR finding), with their findings; not null
 * @param notConfirmed the numbers of the rows the coordinator did not confirm; not null
 */
public record ImportReport(Register register, List<PreviewRow> taken, List<PreviewRow> refused,
        List<Integer> notConfirmed) {
    /** Validates and copies. */
    public ImportReport {
        Objects.requireNonNull(register, "register");
        taken = List.copyOf(taken);
        refused = List.copyOf(refused);
        notConfirmed = List.copyOf(notConfirmed);
    }

    /** @return one line, German then English: how many rows were taken, refused and left out */
    public String summary() {
        return taken.size() + " Zeilen übernommen, " + refused.size() + " abgelehnt, " + notConfirmed.size()
                + " nicht bestätigt / " + taken.size() + " rows taken, " + refused.size() + " refused, "
                + notConfirmed.size() + " not confirmed";
    }
}
