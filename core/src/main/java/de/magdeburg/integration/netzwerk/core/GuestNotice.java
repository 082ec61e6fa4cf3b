package de.magdeburg.integration.netzwerk.core;

/**
 * A guest as the register records a registration or an approval for one meeting (§1(5)).
 *
 * <p>Immutable. For an approval only {@code meetingId} and {@code name} matter; the approving
 * speaker is the history entry's {@code by}.
 *
 * @param meetingId the meeting the guest wants to attend, as in {@link Meeting#id()}; not empty
 * @param name the guest's name; not empty
 * @param organisation organisation, if any; may be empty
 * @param contribution the contribution to the agenda; may be empty
 */
public record GuestNotice(String meetingId, String name, String organisation, String contribution) {
    /** Validates. */
    public GuestNotice {
        meetingId = Text.require("guest.meetingId", meetingId, 100);
        name = Text.require("guest.name", name, 200);
        organisation = Text.clean("guest.organisation", organisation, 200);
        contribution = Text.clean("guest.contribution", contribution, 2_000);
    }

    /** @return the key that tells guests of one meeting apart: the meeting id and the folded name */
    String key() {
        return meetingId + "\n" + Organisation.key(name);
    }
}
