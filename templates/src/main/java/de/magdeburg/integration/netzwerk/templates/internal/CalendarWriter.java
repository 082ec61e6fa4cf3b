package de.magdeburg.integration.netzwerk.templates.internal;

import de.magdeburg.integration.netzwerk.core.AgendaItem;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;

/**
 * The iCalendar file (RFC 5545) of an invitation, written with ical4j: one VEVENT in Europe/Berlin
 * with its VTIMEZONE, UID from the meeting id, DTSTAMP from the clock, so the text is the same for
 * the same meeting and clock.
 */
public final class CalendarWriter {
    /** The time zone of every meeting. */
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Length assumed for a meeting without an end time, in hours. */
    public static final int DEFAULT_HOURS = 2;

    private final RulesProfile profile;
    private final Clock clock;
    private final VTimeZone timeZone;

    /**
     * @param profile for the network's name and the UID domain
     * @param clock for DTSTAMP
     */
    public CalendarWriter(RulesProfile profile, Clock clock) {
        this.profile = profile;
        this.clock = clock;
        this.timeZone = berlin();
    }

    /**
     * The VTIMEZONE that ical4j 4.1.1 bundles (tzurl.org, Olson 2025a), read directly: ical4j's
     * registry would try to refresh it from tzurl.org (its update is on by default), and a library
     * must not go online behind the caller's back. The TZURL is dropped for the same reason. This
     * module carries its own copy because on the module path ical4j's {@code zoneinfo} packages are
     * encapsulated in its named module.
     */
    private static VTimeZone berlin() {
        String resource = "/de/magdeburg/integration/netzwerk/templates/zoneinfo/" + BERLIN.getId() + ".ics";
        try (InputStream in = CalendarWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("ical4j resource " + resource + " is missing");
            }
            Calendar bundled = new CalendarBuilder().build(in);
            VTimeZone zone = bundled.<VTimeZone>getComponent(Component.VTIMEZONE)
                    .orElseThrow(() -> new IllegalStateException(resource + " has no VTIMEZONE"));
            zone.removeAll(Property.TZURL);
            return zone;
        } catch (IOException | ParserException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /**
     * @param m the meeting
     * @return the calendar text with CRLF line ends
     * @throws IOException if ical4j refuses the data
     */
    public String write(Meeting m) throws IOException {
        ZonedDateTime start = m.start().atZone(BERLIN);
        ZonedDateTime end = m.end() == null ? start.plusHours(DEFAULT_HOURS)
                : m.start().toLocalDate().atTime(m.end()).atZone(BERLIN);
        String summary = German.body(profile, m) + ": " + m.title();
        VEvent event = new VEvent(start, end, summary);
        event.replace(new DtStamp(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS)));
        event.add(new Uid(m.id() + "@" + profile.id() + ".netzwerk"));
        if (!m.place().isEmpty()) {
            event.add(new Location(m.place()));
        }
        StringBuilder description = new StringBuilder(profile.network().name()).append("\n\nTagesordnung:");
        int n = 1;
        for (AgendaItem a : m.agenda()) {
            description.append("\nTOP ").append(n++).append(": ").append(a.title());
            if (!a.presenter().isEmpty()) {
                description.append(" (").append(a.presenter()).append(')');
            }
        }
        event.add(new Description(description.toString()));
        Calendar calendar = new Calendar()
                .withProdId("-//" + profile.network().shortName() + "//Netzwerk-Bibliothek//DE")
                .withDefaults()
                .withComponent(timeZone)
                .withComponent(event)
                .getFluentTarget();
        StringWriter out = new StringWriter();
        new CalendarOutputter(false).output(calendar, out);
        return out.toString();
    }
}
