package de.magdeburg.integration.netzwerk.core;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A change of the network beyond its partners that the coordinator records in the
 * {@link Register} with {@link Register#record(RulesProfile, NetworkChange)}: a new working group
 * (§4(2)), a speaker's election or early end of term (§4(3)), a guest's registration or a
 * speaker's approval of it (§1(5)). Each becomes one or more {@link HistoryEntry history entries}
 * naming who changed what and when.
 *
 * <p>Immutable values, validated on construction.
 */
public sealed interface NetworkChange {
    /** @return the day the change takes effect (the day of the election, registration, approval); not null */
    LocalDate on();

    /** @return who decided or recorded it; may be empty */
    String by();

    /** @return free text for the history; may be empty */
    String note();

    /**
     * A further thematic working group is established (GO-4.2, §4(2)).
     *
     * @param group the new group with its founding organisations; not null
     * @param on the day of founding; not null
     * @param by who recorded it, e.g. the coordinator; may be empty
     * @param note free text; may be empty
     */
    record FoundGroup(WorkingGroupFounding group, LocalDate on, String by, String note) implements NetworkChange {
        /** Validates. */
        public FoundGroup {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(on, "on");
            by = Text.clean("change.by", by, 200);
            note = Text.clean("change.note", note, 2_000);
        }
    }

    /**
     * A speaker is elected or named for a term (GO-4.3, §4(3)). With {@code succeeds}, the
     * predecessor's term in the same group ends the day before the new term starts (a
     * succession: two history entries).
     *
     * @param term the new term; not null
     * @param succeeds the name of the speaker succeeded; empty for a plain election
     * @param on the day of the election; not null
     * @param by who elected or named, e.g. "Sitzung der AG Sprache"; may be empty
     * @param note free text; may be empty
     */
    record ElectSpeaker(SpeakerTerm term, String succeeds, LocalDate on, String by, String note)
            implements NetworkChange {
        /** Validates. */
        public ElectSpeaker {
            Objects.requireNonNull(term, "term");
            succeeds = Text.clean("change.succeeds", succeeds, 200);
            Objects.requireNonNull(on, "on");
            by = Text.clean("change.by", by, 200);
            note = Text.clean("change.note", note, 2_000);
        }
    }

    /**
     * A speaker's term ends early, e.g. by resignation (§4(3)).
     *
     * @param groupId the working group; not empty
     * @param name the speaker; not empty
     * @param lastDay the last day in office; not null
     * @param on the day it is recorded; not null
     * @param by who recorded it; may be empty
     * @param note free text, e.g. "Rücktritt"; may be empty
     */
    record EndTerm(String groupId, String name, LocalDate lastDay, LocalDate on, String by, String note)
            implements NetworkChange {
        /** Validates. */
        public EndTerm {
            groupId = Text.require("change.groupId", groupId, 100);
            name = Text.require("change.name", name, 200);
            Objects.requireNonNull(lastDay, "lastDay");
            Objects.requireNonNull(on, "on");
            by = Text.clean("change.by", by, 200);
            note = Text.clean("change.note", note, 2_000);
        }
    }

    /**
     * A guest registers with the coordinator for a meeting (GO-1.5, §1(5)).
     *
     * @param guest the guest and the meeting; not null
     * @param on the day of registration; not null
     * @param by who took the registration; may be empty
     * @param note free text; may be empty
     */
    record RegisterGuest(GuestNotice guest, LocalDate on, String by, String note) implements NetworkChange {
        /** Validates. */
        public RegisterGuest {
            Objects.requireNonNull(guest, "guest");
            Objects.requireNonNull(on, "on");
            by = Text.clean("change.by", by, 200);
            note = Text.clean("change.note", note, 2_000);
        }
    }

    /**
     * A speaker agrees to a registered guest's attendance (GO-1.5, §1(5)). Whether the speaker
     * held office in the meeting's group that day is judged when the meeting's documents are made
     * ({@link GuestAdmission}), since only the meeting knows its group.
     *
     * @param meetingId the meeting; not empty
     * @param guestName the registered guest; not empty
     * @param by the speaker who agrees; not empty
     * @param on the day of the agreement; not null
     * @param note free text; may be empty
     */
    record ApproveGuest(String meetingId, String guestName, String by, LocalDate on, String note)
            implements NetworkChange {
        /** Validates. */
        public ApproveGuest {
            meetingId = Text.require("change.meetingId", meetingId, 100);
            guestName = Text.require("change.guestName", guestName, 200);
            by = Text.require("change.by", by, 200);
            Objects.requireNonNull(on, "on");
            note = Text.clean("change.note", note, 2_000);
        }
    }
}
