package de.magdeburg.integration.netzwerk.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link PersonSearch} found, shown to the coordinator before anything is erased. The
 * {@linkplain #fingerprint() fingerprint} of what would be erased travels with the confirmation:
 * the erasure deletes only if a new search finds the same, so nothing is deleted that the
 * coordinator did not see.
 *
 * @param query what was searched; not null
 * @param found every row found, in table order; not null
 */
public record PersonFindings(PersonQuery query, List<Found> found) {
    /** Validates and copies. */
    public PersonFindings {
        Objects.requireNonNull(query, "query");
        found = List.copyOf(found);
    }

    /** Where a row was found. */
    public enum Kind {
        /** a received file and its reading */
        RECEIVED("Eingesandte Datei"),
        /** an attendance record (GO-1.4) */
        ATTENDANCE("Anwesenheit"),
        /** an entry of the register history (GO-1.3) */
        HISTORY("Registerhistorie"),
        /** an entry of the data protection audit */
        AUDIT("Protokoll");

        private final String german;

        Kind(String german) {
            this.german = german;
        }

        /** @return the name on the page */
        public String german() {
            return german;
        }
    }

    /**
     * One row found.
     *
     * @param kind its table
     * @param id its id in the table (sequence for the history)
     * @param label what it is, for the coordinator
     * @param matchedBy by what it was found (organisation, name, e-mail, text search)
     * @param erasure „wird gelöscht“ when an erasure deletes it, else null
     * @param kept why it stays, when it does, else null
     */
    public record Found(Kind kind, long id, String label, String matchedBy, String erasure, String kept) {
        /** Validates: a row is either erased or kept, with a reason. */
        public Found {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(matchedBy, "matchedBy");
            if ((erasure == null) == (kept == null)) {
                throw new IllegalArgumentException("a found row is either erased or kept: " + label);
            }
        }

        /** @return whether an erasure deletes it */
        public boolean erased() {
            return erasure != null;
        }

        /** @return what happens to it on erasure, for the page */
        public String outcome() {
            return erased() ? erasure : kept;
        }
    }

    /** @return the ids of the rows of this kind an erasure deletes */
    public List<Long> erasable(Kind kind) {
        return found.stream().filter(f -> f.kind() == kind && f.erased()).map(Found::id).toList();
    }

    /** @return the ids of the rows of this kind */
    public List<Long> ids(Kind kind) {
        return found.stream().filter(f -> f.kind() == kind).map(Found::id).toList();
    }

    /** @return SHA-256 (hex) of the rows an erasure deletes, to confirm exactly those */
    public String fingerprint() {
        StringBuilder rows = new StringBuilder();
        found.stream().filter(Found::erased).forEach(f -> rows.append(f.kind()).append(':').append(f.id()).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(rows.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
