package de.magdeburg.integration.netzwerk.templates;

import de.magdeburg.integration.netzwerk.core.Meeting;
import java.time.Instant;
import java.util.Objects;

/**
 * One meeting of a subscribed calendar ({@link Documents#calendarFeed}): the meeting as it stands,
 * when it last changed, and whether it was cancelled (§5(2): the meetings of the AGs and the
 * network).
 *
 * <p>Immutable.
 *
 * @param meeting the meeting as it stands; its {@link Meeting#sequence()} counts the changes; not null
 * @param lastModified when it was last changed or cancelled ({@code LAST-MODIFIED}); not null
 * @param cancelled whether it was cancelled ({@code STATUS:CANCELLED})
 */
public record CalendarEntry(Meeting meeting, Instant lastModified, boolean cancelled) {
    /** Validates. */
    public CalendarEntry {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(lastModified, "lastModified");
    }
}
