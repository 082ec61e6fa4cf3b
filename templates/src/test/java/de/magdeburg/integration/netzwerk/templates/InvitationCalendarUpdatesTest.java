package de.magdeburg.integration.netzwerk.templates;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.Meeting;
import java.io.StringReader;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The invitation's .ics as an iTIP message (RFC 5546): a changed meeting updates, a cancellation removes. */
class InvitationCalendarUpdatesTest {
    private static final Documents DOCS = Samples.DOCS;

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent event(Calendar c) {
        return (VEvent) c.getComponent("VEVENT").orElseThrow();
    }

    private static String property(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).orElseThrow();
    }

    @Test
    void invitationIsARequestWithSequenceZeroAndTheCoordinatorAsOrganizer() throws Exception {
        Calendar c = parse(DOCS.invitationCalendar(Samples.meeting()).text());

        assertThat(c.getProperty("METHOD").map(Property::getValue)).contains("REQUEST");
        VEvent e = event(c);
        assertThat(property(e, "SEQUENCE")).isEqualTo("0");
        assertThat(property(e, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(property(e, "ORGANIZER")).isEqualTo("mailto:Koordination.Integration@stadt.magdeburg.de");
        assertThat(e.getProperties("ATTENDEE")).isEmpty();
    }

    @Test
    void changedMeetingKeepsItsUidWithAHigherSequence() throws Exception {
        Meeting first = Samples.meeting();
        Meeting moved = new Meeting(first.id(), first.kind(), first.groupId(), first.title(), first.start().plusDays(7),
                first.end(), "Rathaus Magdeburg, Raum 2.15", first.agenda(), first.guests(), 0).nextRevision();

        VEvent before = event(parse(DOCS.invitationCalendar(first).text()));
        VEvent after = event(parse(DOCS.invitationCalendar(moved).text()));

        assertThat(property(after, "UID")).isEqualTo(property(before, "UID"));
        assertThat(Integer.parseInt(property(after, "SEQUENCE"))).isGreaterThan(Integer.parseInt(property(before,
                "SEQUENCE")));
        assertThat(property(after, "LOCATION")).isEqualTo("Rathaus Magdeburg, Raum 2.15");
        assertThat(property(after, "DTSTART")).isEqualTo("20261203T160000");
    }

    @Test
    void cancellationCancelsTheSameUidWithTheNextSequence() throws Exception {
        Meeting sent = Samples.meeting().nextRevision().nextRevision();

        Calendar c = parse(DOCS.cancellationCalendar(sent).text());

        assertThat(c.getProperty("METHOD").map(Property::getValue)).contains("CANCEL");
        VEvent e = event(c);
        assertThat(property(e, "UID")).isEqualTo("language-2026-04@magdeburg-2016.netzwerk");
        assertThat(property(e, "STATUS")).isEqualTo("CANCELLED");
        assertThat(property(e, "SEQUENCE")).isEqualTo("3");
    }

    @Test
    void organizerCarriesTheCoordinatorsName() throws Exception {
        VEvent e = event(parse(DOCS.invitationCalendar(Samples.meeting()).text()));

        assertThat(e.getProperty("ORGANIZER").orElseThrow().getParameter("CN").map(p -> p.getValue()))
                .contains("Frau Laura Lubinski");
    }
}
