package de.magdeburg.integration.netzwerk.templates;

import de.magdeburg.integration.netzwerk.core.AgendaItem;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Guest;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.MeetingKind;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.MinutesItem;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.PartnerStatus;
import de.magdeburg.integration.netzwerk.core.PlannedEvent;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.ReviewState;
import de.magdeburg.integration.netzwerk.core.Severity;
import de.magdeburg.integration.netzwerk.core.SpeakerTerm;
import de.magdeburg.integration.netzwerk.core.Task;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Sample data for the document tests, built with the core constructors. */
final class Samples {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:30:00Z"), ZoneOffset.UTC);

    /** One instance for all tests, as applications would hold it. */
    static final Documents DOCS = Documents.builder().clock(CLOCK).build();

    /** Names a partner may type; every one must print and extract unchanged. */
    static final List<String> UNICODE_NAMES = List.of("Şükrü Yılmaz", "Олена Шевченко", "Nguyễn Văn An", "Łukasz Żółć");

    /** User text that must print literally. */
    static final String HOSTILE = "<script>alert(1)</script> & <img src=\"http://example.invalid/x.png\"> \"Zitat\" 'x'";

    private Samples() {
    }

    static Partner partner(String organisation, String firstName, String lastName, String... groups) {
        return new Partner(new Organisation(organisation, "Breiter Weg 1", "39104", "Magdeburg"),
                List.of(new Representative(lastName, firstName, "Koordination", "0391 123456",
                        "kontakt@example.org")),
                List.of(groups), true, true, PartnerStatus.ACTIVE, LocalDate.of(2020, 1, 15), null);
    }

    /** Four partners with the Unicode names, in the language group. */
    static List<Partner> unicodePartners() {
        return List.of(
                partner("Türkischer Kulturverein Magdeburg e. V.", "Şükrü", "Yılmaz", "language"),
                partner("Українська громада Magdeburg", "Олена", "Шевченко", "language", "interculture_and_social"),
                partner("Vietnamesischer Verein Sachsen-Anhalt", "Nguyễn Văn", "An", "language"),
                partner("Polnischer Verein „Most“", "Łukasz", "Żółć", "language", "work_and_training"));
    }

    /** {@code n} partners: the four Unicode ones first, then numbered ones. */
    static List<Partner> partners(int n) {
        List<Partner> all = new ArrayList<>(unicodePartners());
        for (int i = all.size() + 1; i <= n; i++) {
            all.add(partner(String.format("Beispielverein Nr. %03d e. V.", i), "Vorname" + i, "Nachname" + i,
                    "language"));
        }
        return List.copyOf(all.subList(0, n));
    }

    static Meeting meeting() {
        return new Meeting("language-2026-04", MeetingKind.WORKING_GROUP, "language", "4. Sitzung der AG Sprache",
                LocalDateTime.of(2026, 11, 26, 16, 0), LocalTime.of(18, 0), "Rathaus Magdeburg, Raum 1.23",
                List.of(new AgendaItem("Begrüßung und Protokollkontrolle", "", "Sprecher*innen"),
                        new AgendaItem("Sprachkurse 2027: Bedarf und Angebote",
                                "Bericht der Volkshochschule zu Wartelisten", "Олена Шевченко"),
                        new AgendaItem("Verschiedenes", "", "")),
                List.of(new Guest("Nguyễn Thị Mai", "Volkshochschule Magdeburg", "Bericht zu Integrationskursen",
                        LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 5), List.of("Anna Beispiel", "Şükrü Yılmaz")),
                        new Guest("Nicht Freigegeben", "", "", LocalDate.of(2026, 11, 10), null, List.of())));
    }

    /** @return the speakers of the AG Sprache in 2025–2026: Anna Beispiel and Şükrü Yılmaz */
    static List<SpeakerTerm> speakers() {
        return List.of(new SpeakerTerm("language", "Anna Beispiel", "", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)),
                new SpeakerTerm("language", "Şükrü Yılmaz", "", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    static Minutes minutes(ReviewState state) {
        Meeting m = meeting();
        List<MinutesItem> items = new ArrayList<>();
        items.add(new MinutesItem("Begrüßung und Protokollkontrolle",
                "Das Protokoll der 3. Sitzung wurde ohne Änderungen angenommen.", List.of("Protokoll angenommen"),
                List.of(), List.of()));
        items.add(new MinutesItem("Sprachkurse 2027: Bedarf und Angebote",
                "Die Volkshochschule berichtet von langen Wartelisten.\n\nOlena Shevchenko ergänzt die Lage ukrainischer"
                        + " Familien. " + "Die Teilnehmenden diskutieren mögliche Angebote am Abend. ".repeat(12),
                List.of("Eine Umfrage unter den Netzwerkpartner*innen wird vorbereitet."),
                List.of("Die AG empfiehlt der Stadt zusätzliche Abendkurse (Konsens)."),
                List.of(new Task("Fragebogen entwerfen", "Şükrü Yılmaz", LocalDate.of(2027, 1, 15)),
                        new Task("Raum für Abendkurse anfragen", "Koordination", null))));
        for (int i = 3; i <= 12; i++) {
            items.add(new MinutesItem("Bericht aus Projekt " + i,
                    ("Die Projektgruppe " + i + " berichtet über den Stand. ").repeat(8),
                    List.of("Bericht zur Kenntnis genommen"), List.of(),
                    List.of(new Task("Folgetermin vereinbaren " + i, "Łukasz Żółć", LocalDate.of(2027, 2, i)))));
        }
        items.add(new MinutesItem("Verschiedenes", HOSTILE, List.of(), List.of(), List.of()));
        Minutes draft = new Minutes(m, "Nguyễn Văn An", List.of("Anna Beispiel", "Şükrü Yılmaz"),
                unicodePartners().stream().map(p -> p.organisation().name()).toList(),
                List.of("Beispielverein Nr. 005 e. V."), List.of("Nguyễn Thị Mai (Volkshochschule Magdeburg)"), items,
                LocalDateTime.of(2027, 2, 18, 16, 0), ReviewState.DRAFT, "", "", null);
        return switch (state) {
            case DRAFT -> draft;
            case REVIEWED -> draft.reviewed("Koordination Integration", LocalDate.of(2026, 12, 1));
            case APPROVED -> draft.reviewed("Koordination Integration", LocalDate.of(2026, 12, 1))
                    .approved("Олена Шевченко", LocalDate.of(2027, 2, 18));
        };
    }

    static WorkPlan workPlan() {
        List<Meeting> meetings = new ArrayList<>();
        int[] months = {2, 4, 6, 9, 11};
        for (int i = 0; i < months.length; i++) {
            meetings.add(new Meeting("language-2027-" + (i + 1), MeetingKind.WORKING_GROUP, "language",
                    (i + 1) + ". Sitzung der AG Sprache", LocalDateTime.of(2027, months[i], 18, 16, 0),
                    LocalTime.of(18, 0), "Rathaus", List.of(), List.of()));
        }
        meetings.add(new Meeting("cross-2027-1", MeetingKind.CROSS_GROUP, "", "Jahrestreffen aller AGs",
                LocalDateTime.of(2027, 5, 20, 15, 0), LocalTime.of(18, 0), "Altes Rathaus", List.of(), List.of()));
        int[] speakerMonths = {1, 4, 7, 10};
        for (int m : speakerMonths) {
            meetings.add(new Meeting("speakers-2027-" + m, MeetingKind.SPEAKERS_ROUND, "", "Sprecher*innenrunde",
                    LocalDateTime.of(2027, m, 12, 10, 0), LocalTime.of(11, 30), "Koordination", List.of(), List.of()));
        }
        return new WorkPlan(2027, "language", meetings,
                List.of(new PlannedEvent("Interkulturelle Woche: Sprachcafé", LocalDate.of(2027, 9, 25),
                        List.of("Türkischer Kulturverein Magdeburg e. V.", "Українська громада Magdeburg"),
                        "language_acquisition"),
                        new PlannedEvent("Fachtag Ausbildung", LocalDate.of(2027, 3, 10),
                                List.of("Polnischer Verein „Most“"), "vocational_integration")),
                List.of(new SpeakerTerm("language", "Şükrü Yılmaz", "Türkischer Kulturverein Magdeburg e. V.",
                        LocalDate.of(2025, 6, 1), LocalDate.of(2027, 5, 31)),
                        new SpeakerTerm("language", "Олена Шевченко", "Українська громада Magdeburg",
                                LocalDate.of(2026, 6, 1), LocalDate.of(2028, 5, 31))));
    }

    static List<Finding> findings() {
        return List.of(new Finding(Severity.WARNING, "GO-4.3", "language/Şükrü Yılmaz",
                "Die Amtszeit von Şükrü Yılmaz als Sprecher*in der AG Sprache endet am 31.05.2027; bitte Neuwahl planen.",
                "The term ends on 2027-05-31."));
    }
}
