package de.magdeburg.integration.netzwerk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.magdeburg.integration.netzwerk.core.GuestNotice;
import de.magdeburg.integration.netzwerk.core.HistoryAction;
import de.magdeburg.integration.netzwerk.core.HistoryEntry;
import de.magdeburg.integration.netzwerk.core.SpeakerTerm;
import de.magdeburg.integration.netzwerk.core.WorkingGroupFounding;

/**
 * The one detail a history entry beyond partners carries (a speaker's term, a founded group, a
 * guest), as a JSON column: the library's records read back through their own constructors, so a
 * stored row is validated like a register file. Stateless and thread-safe.
 */
final class HistoryDetails {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private HistoryDetails() {
    }

    /** @return the entry's detail as JSON; null for a partner entry */
    static String write(HistoryEntry e) {
        Object detail = e.speaker() != null ? e.speaker() : e.group() != null ? e.group() : e.guest();
        if (detail == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(detail);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("history entry " + e.sequence() + " cannot be written", ex);
        }
    }

    /** @return the history entry of a row, with its detail read back for the action */
    static HistoryEntry entry(int sequence, java.time.LocalDate date, HistoryAction action, String partnerKey,
            de.magdeburg.integration.netzwerk.core.Declaration declaration, String note, String by, String detail) {
        if (action.isPartnerAction()) {
            return new HistoryEntry(sequence, date, action, partnerKey, declaration, note, by, null, null, null);
        }
        try {
            return switch (action) {
                case SPEAKER_ELECTED, SPEAKER_LEFT -> new HistoryEntry(sequence, date, action, "", null, note, by,
                        JSON.readValue(detail, SpeakerTerm.class), null, null);
                case GROUP_FOUNDED -> new HistoryEntry(sequence, date, action, "", null, note, by, null,
                        JSON.readValue(detail, WorkingGroupFounding.class), null);
                default -> new HistoryEntry(sequence, date, action, "", null, note, by, null, null,
                        JSON.readValue(detail, GuestNotice.class));
            };
        } catch (JsonProcessingException | IllegalArgumentException ex) {
            throw new IllegalStateException("register_history row " + sequence + " has an unreadable detail", ex);
        }
    }
}
