package de.magdeburg.integration.netzwerk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Finds everything stored about a {@link PersonQuery} (GDPR Art. 15 and 17, issue 23): received
 * files by the organisation they name and by the person's name and e-mail in their reading — the
 * unreadable ones by a text search over what could be read of them ({@link ReadableText}); register
 * history entries by the register key and by the representative and signatory in them; attendance
 * by organisation and person; the audit entries about the organisation. Senders who never became
 * partners are found the same way, by what they sent. No channel records a sender's e-mail address
 * yet; the e-mail is searched in what the files say.
 */
@Service
public class PersonSearch {
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    PersonSearch(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * @param query whose data; not null
     * @return what was found, in table order, oldest first
     */
    public PersonFindings find(PersonQuery query) {
        Terms terms = new Terms(query);
        List<PersonFindings.Found> found = new ArrayList<>();
        jdbc.query("SELECT id, receipt, received_at, status, organisation, reading_json FROM received_declaration "
                + "ORDER BY id", rs -> {
                    long id = rs.getLong("id");
                    String organisation = rs.getString("organisation");
                    String reading = rs.getString("reading_json");
                    String status = rs.getString("status");
                    String why = terms.organisation(organisation);
                    if (why == null && reading != null) {
                        why = terms.inJson(tree(reading));
                    }
                    if (why == null && reading == null) {
                        why = terms.inText(ReadableText.of(content(id)));
                    }
                    if (why != null) {
                        boolean beingRead = Received.Status.STORED.name().equals(status);
                        found.add(new PersonFindings.Found(PersonFindings.Kind.RECEIVED, id, "Eingang "
                                + rs.getString("receipt") + " vom " + rs.getString("received_at").substring(0, 10)
                                + " (" + status + (organisation == null ? "" : ", „" + organisation + "“") + ")",
                                why, beingRead ? null : "wird gelöscht", beingRead
                                        ? "bleibt: wird gerade gelesen, bitte gleich noch einmal suchen" : null));
                    }
                });
        jdbc.query("SELECT id, meeting_id, meeting_date, organisation, person FROM attendance ORDER BY id", rs -> {
            String why = terms.organisation(rs.getString("organisation"));
            if (why == null && terms.sameName(PersonQuery.fold(rs.getString("person")))) {
                why = "Name der Person";
            }
            if (why != null) {
                found.add(new PersonFindings.Found(PersonFindings.Kind.ATTENDANCE, rs.getLong("id"), "Sitzung "
                        + rs.getString("meeting_id") + " vom " + rs.getString("meeting_date") + ": "
                        + rs.getString("person") + ", „" + rs.getString("organisation") + "“", why, "wird gelöscht",
                        null));
            }
        });
        jdbc.query("SELECT sequence, entry_date, action, partner_key, declaration_json FROM register_history "
                + "ORDER BY sequence", rs -> {
                    String why = terms.organisation(rs.getString("partner_key"));
                    String declaration = rs.getString("declaration_json");
                    if (why == null && declaration != null) {
                        why = terms.inJson(tree(declaration));
                    }
                    if (why != null) {
                        found.add(new PersonFindings.Found(PersonFindings.Kind.HISTORY, rs.getLong("sequence"),
                                "Eintrag " + rs.getInt("sequence") + " vom " + rs.getString("entry_date") + ": "
                                        + rs.getString("action") + " „" + rs.getString("partner_key") + "“", why, null,
                                "bleibt: Registerhistorie (GO-1.3); nach dem Ausscheiden anonymisiert"));
                    }
                });
        if (!query.organisation().isEmpty()) {
            jdbc.query("SELECT id, at, action, subject FROM audit_entry WHERE subject IS NOT NULL ORDER BY id", rs -> {
                if (terms.organisation(rs.getString("subject")) != null) {
                    found.add(new PersonFindings.Found(PersonFindings.Kind.AUDIT, rs.getLong("id"), rs.getString("at")
                            .substring(0, 16) + " " + rs.getString("action"), "Organisation", null,
                            "bleibt: Nachweis der Datenschutzvorgänge (Art. 5 Abs. 2 DSGVO), ohne die Daten selbst"));
                }
            });
        }
        return new PersonFindings(query, found);
    }

    private byte[] content(long id) {
        return jdbc.queryForObject("SELECT content FROM received_declaration WHERE id = ?",
                (rs, n) -> rs.getBytes(1), id);
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            // stored by this application; if it cannot be parsed, search it as text
            return json.getNodeFactory().textNode(text);
        }
    }

    /** The query's values, folded once. */
    private static final class Terms {
        private final String organisation;
        private final String name;
        private final String email;

        Terms(PersonQuery q) {
            organisation = PersonQuery.fold(q.organisation());
            name = PersonQuery.fold(q.name());
            email = PersonQuery.fold(q.email());
        }

        String organisation(String value) {
            return !organisation.isEmpty() && value != null && PersonQuery.fold(value).equals(organisation)
                    ? "Organisation" : null;
        }

        /** @return whether a folded name is the query's name, its parts in any order */
        boolean sameName(String candidate) {
            return !name.isEmpty() && sorted(candidate).equals(sorted(name));
        }

        String inJson(JsonNode node) {
            Set<String> texts = new TreeSet<>();
            collect(node, texts);
            if (!email.isEmpty() && texts.contains(email)) {
                return "E-Mail der Person";
            }
            if (texts.stream().anyMatch(this::sameName)) {
                return "Name der Person";
            }
            return texts.contains(organisation) && !organisation.isEmpty() ? "Organisation" : null;
        }

        /** A text search over what could be read of an unreadable file. */
        String inText(String text) {
            if (!email.isEmpty() && text.contains(email)) {
                return "E-Mail der Person (Textsuche in der unlesbaren Datei)";
            }
            if (!name.isEmpty()) {
                String[] parts = name.split(" ");
                String reversed = String.join(" ", reversed(parts));
                boolean everyPartAString = Arrays.stream(parts).allMatch(p -> text.contains("(" + p + ")")
                        || text.contains("\n" + p + "\n"));
                if (text.contains(name) || text.contains(reversed) || everyPartAString) {
                    return "Name der Person (Textsuche in der unlesbaren Datei)";
                }
            }
            return !organisation.isEmpty() && text.contains(organisation)
                    ? "Organisation (Textsuche in der unlesbaren Datei)" : null;
        }

        private static void collect(JsonNode node, Set<String> texts) {
            if (node.isTextual()) {
                texts.add(PersonQuery.fold(node.asText()));
            } else if (node.isObject()) {
                // a representative is stored as first and last name: the person's name is both
                if (node.hasNonNull("firstName") && node.hasNonNull("lastName")) {
                    texts.add(PersonQuery.fold(node.get("firstName").asText() + " " + node.get("lastName").asText()));
                }
                node.forEach(child -> collect(child, texts));
            } else if (node.isArray()) {
                node.forEach(child -> collect(child, texts));
            }
        }

        private static String sorted(String folded) {
            String[] parts = folded.split(" ");
            Arrays.sort(parts);
            return String.join(" ", parts);
        }

        private static String[] reversed(String[] parts) {
            String[] out = new String[parts.length];
            for (int i = 0; i < parts.length; i++) {
                out[i] = parts[parts.length - 1 - i];
            }
            return out;
        }
    }
}
