package de.magdeburg.integration.netzwerk.spreadsheet;

import de.magdeburg.integration.netzwerk.core.InvalidDataException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which column of the sheet (0 = A) holds what. Guessed from the header names by
 * {@link PartnerListImport#preview}, changed by the coordinator with {@link #with} and
 * {@link #without}. Immutable; a {@link Column} is in at most one column, else
 * {@link InvalidDataException}.
 *
 * @param columns sheet column (0-based) to what it holds; not null
 */
public record ColumnMapping(Map<Integer, Column> columns) {
    /** Validates and copies. */
    public ColumnMapping {
        Objects.requireNonNull(columns, "columns");
        Set<Column> seen = EnumSet.noneOf(Column.class);
        for (var e : columns.entrySet()) {
            int index = Objects.requireNonNull(e.getKey(), "column");
            Column target = Objects.requireNonNull(e.getValue(), "target");
            if (index < 0 || index >= PartnerListImport.MAX_COLUMNS) {
                throw new InvalidDataException("columns", "Spalte " + index + " liegt außerhalb 0–"
                        + (PartnerListImport.MAX_COLUMNS - 1) + " / column " + index + " is outside 0–"
                        + (PartnerListImport.MAX_COLUMNS - 1));
            }
            if (!seen.add(target)) {
                throw new InvalidDataException("columns", "„" + target + "“ ist mehr als einer Spalte zugeordnet / \""
                        + target + "\" is mapped to more than one column");
            }
        }
        columns = Collections.unmodifiableMap(new TreeMap<>(columns));
    }

    /** @return a mapping of nothing */
    public static ColumnMapping empty() {
        return new ColumnMapping(Map.of());
    }

    /**
     * @param column the sheet column, 0 = A
     * @param target what it holds; not null. A column that held it before loses it.
     * @return a copy with the column mapped
     */
    public ColumnMapping with(int column, Column target) {
        Map<Integer, Column> copy = new TreeMap<>(columns);
        copy.values().remove(Objects.requireNonNull(target, "target"));
        copy.put(column, target);
        return new ColumnMapping(copy);
    }

    /**
     * @param column the sheet column, 0 = A
     * @return a copy with the column ignored
     */
    public ColumnMapping without(int column) {
        Map<Integer, Column> copy = new TreeMap<>(columns);
        copy.remove(column);
        return new ColumnMapping(copy);
    }

    /**
     * @param target what is looked for; not null
     * @return the sheet column that holds it
     */
    public Optional<Integer> columnOf(Column target) {
        return columns.entrySet().stream().filter(e -> e.getValue() == target).map(Map.Entry::getKey).findFirst();
    }
}
