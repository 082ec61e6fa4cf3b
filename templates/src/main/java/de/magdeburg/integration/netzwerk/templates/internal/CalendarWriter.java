package de.magdeburg.integration.netzwerk.templates.internal;

import de.magdeburg.integration.netzwerk.core.AgendaItem;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.templates.CalendarEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The iCalendar file (RFC 5545) of an invitation: one VEVENT in Europe/Berlin with its VTIMEZONE,
 * UID from the meeting id, DTSTAMP from the clock, so the text is the same for the same meeting and
 * clock.
 *
 * <p>It is an iTIP message (RFC 5546): {@code METHOD:REQUEST} with {@code SEQUENCE} from
 * {@link Meeting#sequence()}, so a calendar that holds the meeting replaces it when a changed
 * invitation (same UID, higher SEQUENCE) arrives, and {@code METHOD:CANCEL} with
 * {@code STATUS:CANCELLED} and SEQUENCE one higher, which removes it. The ORGANIZER is the
 * profile's coordinator. No ATTENDEE is listed: the file goes to a whole mailing list, and listing
 * every representative's address in it would hand each partner everyone's e-mail address.
 *
 * <p>Written by hand rather than with ical4j: one event needs a few dozen lines of RFC 5545, while
 * ical4j registers itself as a {@code java.time} zone-rules provider of the whole JVM, which makes
 * the first time-zone lookup of any program that has the library on its class path load ical4j and
 * initialise SLF4J (three "No SLF4J providers" lines on stderr in an application without a
 * binding) — for a library that logs nothing. The tests read the text back with ical4j.
 */
public final class CalendarWriter {
    /** The time zone of every meeting. */
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Length assumed for a meeting without an end time, in hours. */
    public static final int DEFAULT_HOURS = 2;

    /**
     * Europe/Berlin with the EU rules in force since 1996 (last Sunday of March and of October);
     * every meeting lies after 2016, so the zone's older history would only make the file longer.
     */
    private static final String VTIMEZONE = String.join("\r\n",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/Berlin",
            "BEGIN:DAYLIGHT",
            "TZNAME:CEST",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "DTSTART:19810329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZNAME:CET",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "DTSTART:19961027T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE") + "\r\n";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    /** RFC 5545 §3.1: content lines longer than 75 octets are folded. */
    private static final int MAX_OCTETS = 75;

    private final RulesProfile profile;
    private final Clock clock;

    /**
     * @param profile for the network's name and the UID domain; not null
     * @param clock for DTSTAMP; not null
     */
    public CalendarWriter(RulesProfile profile, Clock clock) {
        this.profile = profile;
        this.clock = clock;
    }

    /**
     * @param m the meeting; not null
     * @return the invitation ({@code METHOD:REQUEST}) with CRLF line ends
     */
    public String write(Meeting m) {
        return write(m, false);
    }

    /**
     * @param m the meeting as last sent; not null
     * @return the cancellation ({@code METHOD:CANCEL}, {@code STATUS:CANCELLED}, SEQUENCE one above
     *     the meeting's) with CRLF line ends
     */
    public String cancel(Meeting m) {
        return write(m, true);
    }

    private String write(Meeting m, boolean cancelled) {
        StringBuilder out = new StringBuilder(2048);
        begin(out, cancelled ? "CANCEL" : "REQUEST");
        event(out, m, cancelled, clock.instant(), null, true);
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /**
     * A subscribed calendar (a {@code webcal} feed): every meeting of {@code entries}, without
     * {@code METHOD} (RFC 5545 §3.7.2: not an iTIP message but the calendar's current state). A
     * changed meeting keeps its UID and carries its {@code SEQUENCE} and {@code LAST-MODIFIED}, so
     * a subscribed client replaces its entry; a cancelled one stays in the feed with
     * {@code STATUS:CANCELLED}, so clients that hold it mark it instead of keeping a stale entry.
     * Presenters are left out of the agenda: a feed is public, and a presenter may be a person.
     *
     * @param name the calendar's name ({@code X-WR-CALNAME}, RFC 7986 {@code NAME}); not blank
     * @param entries the meetings; not null
     * @return the calendar text with CRLF line ends; the same for the same entries (DTSTAMP is
     *     each entry's last modification, not the clock)
     */
    public String feed(String name, List<CalendarEntry> entries) {
        StringBuilder out = new StringBuilder(1024 + 1536 * entries.size());
        begin(out, null);
        line(out, "NAME:" + text(name));
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:" + BERLIN.getId());
        // RFC 7986 §5.7: how often a subscribed client should ask again
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT6H");
        line(out, "X-PUBLISHED-TTL:PT6H");
        for (CalendarEntry e : entries) {
            event(out, e.meeting(), e.cancelled(), e.lastModified(), e.lastModified(), false);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    private void begin(StringBuilder out, String method) {
        line(out, "BEGIN:VCALENDAR");
        line(out, "PRODID:" + text("-//" + profile.network().shortName() + "//Netzwerk-Bibliothek//DE"));
        line(out, "CALSCALE:GREGORIAN");
        line(out, "VERSION:2.0");
        if (method != null) {
            line(out, "METHOD:" + method);
        }
        out.append(VTIMEZONE);
    }

    private void event(StringBuilder out, Meeting m, boolean cancelled, Instant stamp, Instant lastModified,
            boolean presenters) {
        LocalDateTime start = m.start();
        LocalDateTime end = m.end() == null ? start.plusHours(DEFAULT_HOURS) : start.toLocalDate().atTime(m.end());
        StringBuilder description = new StringBuilder(profile.network().name()).append("\n\nTagesordnung:");
        int n = 1;
        for (AgendaItem a : m.agenda()) {
            description.append("\nTOP ").append(n++).append(": ").append(a.title());
            if (presenters && !a.presenter().isEmpty()) {
                description.append(" (").append(a.presenter()).append(')');
            }
        }
        line(out, "BEGIN:VEVENT");
        line(out, "DTSTAMP:" + utc(stamp));
        if (lastModified != null) {
            line(out, "LAST-MODIFIED:" + utc(lastModified));
        }
        line(out, "DTSTART;TZID=" + BERLIN.getId() + ":" + LOCAL.format(start));
        line(out, "DTEND;TZID=" + BERLIN.getId() + ":" + LOCAL.format(end));
        line(out, "SUMMARY:" + text(German.body(profile, m) + ": " + m.title()));
        line(out, "UID:" + text(m.id() + "@" + profile.id() + ".netzwerk"));
        // a cancellation is one more change of the meeting: a calendar drops it only if it is not older
        line(out, "SEQUENCE:" + (cancelled ? m.sequence() + 1 : m.sequence()));
        line(out, "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        RulesProfile.Coordinator c = profile.coordinator();
        line(out, "ORGANIZER" + (c.contactName().isEmpty() ? "" : ";CN=" + param(c.contactName())) + ":mailto:"
                + c.email());
        if (!m.place().isEmpty()) {
            line(out, "LOCATION:" + text(m.place()));
        }
        line(out, "DESCRIPTION:" + text(description.toString()));
        line(out, "END:VEVENT");
    }

    private static String utc(Instant instant) {
        return LOCAL.format(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)) + "Z";
    }

    /** RFC 5545 §3.2: a parameter value with a colon, semicolon or comma is quoted; quotes cannot appear. */
    static String param(String value) {
        String v = value.replace("\"", "'");
        return v.matches("[^:;,]*") ? v : "\"" + v + "\"";
    }

    /** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
    static String text(String value) {
        StringBuilder s = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\', ';', ',' -> s.append('\\').append(c);
                case '\n' -> s.append("\\n");
                case '\r' -> { }
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /**
     * Appends one content line, folded after at most 75 octets of UTF-8 (a continuation starts with
     * a space, which counts); a character is never split, so every piece is valid UTF-8 on its own.
     */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
