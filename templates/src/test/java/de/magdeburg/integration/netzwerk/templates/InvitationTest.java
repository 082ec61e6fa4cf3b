package de.magdeburg.integration.netzwerk.templates;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.AgendaItem;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.GuestAdmission;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.Rules;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class InvitationTest {
    private static final Documents DOCS = Samples.DOCS;

    @Test
    void passesPdfA2uAndPdfUa1() {
        byte[] pdf = DOCS.invitation(Samples.meeting(), Samples.partners(40)).bytes();
        Pdfs.keep("einladung.pdf", pdf);
        assertThat(Pdfs.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
        assertThat(Pdfs.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    }

    @Test
    void printsDateAgendaGuestsAndMailingList() {
        List<Partner> recipients = Samples.partners(40);
        Meeting meeting = Samples.meeting();
        var out = new java.io.ByteArrayOutputStream();
        List<Finding> leftOff = DOCS.invitation(GuestAdmission.check(RulesProfile.magdeburg2016(), meeting,
                Samples.speakers()), recipients, false).writeTo(out).findings();
        String text = Pdfs.text(out.toByteArray());
        assertThat(text).doesNotContain("Nicht Freigegeben");
        assertThat(leftOff).extracting(Finding::field).containsExactly("language-2026-04/Nicht Freigegeben");
        assertThat(text).contains("Einladung", "An die Netzwerkpartner*innen Verteiler AG Sprache",
                "Liebe Netzwerkpartner*innen", "Datum Donnerstag, 26. November 2026 Uhrzeit 16:00–18:00 Uhr",
                "Datum 20.11.2026", "Rathaus Magdeburg, Raum 1.23", "Nguyễn Thị Mai",
                "die Sprecher*innen und die Netzwerkkoordination");
        assertThat(Pdfs.squash(text)).contains("Koordination.Integration@stadt.magdeburg.de");
        for (AgendaItem item : meeting.agenda()) {
            assertThat(text).contains(item.title());
        }
        String squashed = Pdfs.squash(text);
        for (Partner p : recipients) {
            assertThat(squashed).contains(Pdfs.squash(p.organisation().name()));
        }
        assertThat(text).contains(Samples.UNICODE_NAMES);
    }

    @Test
    void theLetterSaysACalendarFileIsEnclosedOnlyWhenItIs() {
        var without = new java.io.ByteArrayOutputStream();
        var with = new java.io.ByteArrayOutputStream();
        DOCS.invitation(Samples.meeting(), Samples.partners(3)).writeTo(without).findings();
        DOCS.invitation(GuestAdmission.asGiven(Samples.meeting()), Samples.partners(3), true).writeTo(with).findings();

        assertThat(Pdfs.squash(Pdfs.dehyphenated(without.toByteArray()))).doesNotContain("Kalenderdatei")
                .contains(Pdfs.squash("Falls Sie verhindert sind"));
        assertThat(Pdfs.squash(Pdfs.dehyphenated(with.toByteArray()))).contains(Pdfs.squash("Eine Kalenderdatei (iCalendar) mit dem"
                + " Termin liegt dieser Einladung bei."));
    }

    @Test
    void anInvitationDatedAfterItsMeetingGivesAWarning() {
        Documents late = DOCS.newBuilder().clock(java.time.Clock.fixed(java.time.Instant.parse("2026-12-06T09:00:00Z"),
                ZoneId.of("Europe/Berlin"))).build();
        List<Finding> findings = late.invitation(Samples.meeting(), Samples.partners(3)).findings();

        assertThat(findings).contains(new Finding(de.magdeburg.integration.netzwerk.core.Severity.WARNING, "DOC",
                "language-2026-04", "Die Einladung zu „4. Sitzung der AG Sprache“ am 26.11.2026 ist auf den 06.12.2026"
                        + " datiert, nach der Sitzung.",
                "The invitation to \"4. Sitzung der AG Sprache\" on 26.11.2026 is dated 06.12.2026, after the meeting."));
        assertThat(DOCS.invitation(Samples.meeting(), Samples.partners(3)).findings()).noneMatch(Rules.DOC::reported);
    }

    @Test
    void calendarParsesBackInBerlinTime() throws Exception {
        String ics = DOCS.invitationCalendar(Samples.meeting()).text();
        assertThat(ics).contains("\r\n").contains("DTSTART;TZID=Europe/Berlin:20261126T160000")
                .contains("DTEND;TZID=Europe/Berlin:20261126T180000")
                .contains("UID:language-2026-04@magdeburg-2016.netzwerk").contains("DTSTAMP:20261120T093000Z")
                .contains("BEGIN:VTIMEZONE").doesNotContain("TZURL");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        DtStart<Temporal> start = event.getStartDate().orElseThrow();
        assertThat(start.getDate()).isInstanceOf(ZonedDateTime.class);
        ZonedDateTime zoned = (ZonedDateTime) start.getDate();
        assertThat(zoned.toInstant()).isEqualTo(ZonedDateTime.of(2026, 11, 26, 16, 0, 0, 0,
                ZoneId.of("Europe/Berlin")).toInstant());
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("language-2026-04@magdeburg-2016.netzwerk");
        assertThat(event.getSummary().getValue()).isEqualTo("AG Sprache: 4. Sitzung der AG Sprache");
        assertThat(event.getLocation().getValue()).isEqualTo("Rathaus Magdeburg, Raum 1.23");
        assertThat(event.getDescription().getValue()).contains("TOP 2: Sprachkurse 2027: Bedarf und Angebote (Олена Шевченко)");
    }

    @Test
    void calendarEscapesSeparatorsAndFoldsLongLinesBetweenCharacters() throws Exception {
        Meeting m = Samples.meeting();
        String place = "Haus B, Raum 3; Eingang über den Hof \\ Treppe – Олена Шевченко, Nguyễn Thị Mai, Şükrü Yılmaz";
        Meeting meeting = new Meeting(m.id(), m.kind(), m.groupId(), m.title(), m.start(), m.end(), place,
                m.agenda(), m.guests());
        String ics = DOCS.invitationCalendar(meeting).text();
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).contains("LOCATION:Haus B\\, Raum 3\\; Eingang").endsWith("END:VCALENDAR\r\n");
        VEvent event = (VEvent) new CalendarBuilder().build(new StringReader(ics)).getComponent("VEVENT").orElseThrow();
        assertThat(event.getLocation().getValue()).isEqualTo(place);
        assertThat(event.getDescription().getValue()).isEqualTo(String.join("\n",
                "Netzwerk für Integrations- und Ausländerarbeit der Landeshauptstadt Magdeburg", "", "Tagesordnung:",
                "TOP 1: Begrüßung und Protokollkontrolle (Sprecher*innen)",
                "TOP 2: Sprachkurse 2027: Bedarf und Angebote (Олена Шевченко)", "TOP 3: Verschiedenes"));
    }

    @Test
    void timeZoneOfTheCalendarGivesBerlinsOffsetInSummerAndWinterUntil2040() throws Exception {
        String ics = DOCS.invitationCalendar(Samples.meeting()).text();
        VTimeZone zone = (VTimeZone) new CalendarBuilder().build(new StringReader(ics)).getComponent("VTIMEZONE")
                .orElseThrow();
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        for (LocalDateTime t = LocalDateTime.of(2016, 1, 1, 16, 0); t.getYear() < 2040; t = t.plusDays(5)) {
            ZonedDateTime local = t.atZone(berlin);
            assertThat(zone.getApplicableObservance(local).getTimeZoneOffsetTo().getOffset()).as(local.toString())
                    .isEqualTo(local.getOffset());
        }
    }

    @Test
    void meetingWithoutEndTimeLastsTwoHours() {
        Meeting m = Samples.meeting();
        Meeting open = new Meeting(m.id(), m.kind(), m.groupId(), m.title(), LocalDateTime.of(2027, 7, 1, 23, 0),
                (LocalTime) null, m.place(), m.agenda(), m.guests());
        assertThat(DOCS.invitationCalendar(open).text()).contains("DTSTART;TZID=Europe/Berlin:20270701T230000\r\n")
                .contains("DTEND;TZID=Europe/Berlin:20270702T010000\r\n");
    }

    @Test
    void calendarIsDeterministic() {
        assertThat(DOCS.invitationCalendar(Samples.meeting()).text()).isEqualTo(
                Documents.builder().clock(Samples.CLOCK).build().invitationCalendar(Samples.meeting()).text());
    }
}
