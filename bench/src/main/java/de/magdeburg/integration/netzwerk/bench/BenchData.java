package de.magdeburg.integration.netzwerk.bench;

import de.magdeburg.integration.netzwerk.core.AgendaItem;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Guest;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.MeetingKind;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.MinutesItem;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.PartnerStatus;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.ReviewState;
import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import de.magdeburg.integration.netzwerk.core.Task;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The inputs every benchmark and its baseline share; built with the core constructors. */
public final class BenchData {
    /** A fixed clock: the library's output is then byte-identical run to run. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:30:00Z"), ZoneOffset.UTC);

    /** Resource path of the font both the library and the baselines use. */
    public static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";

    private BenchData() {
    }

    /** @return a full ENTRY declaration with a Cyrillic name (every text field filled) */
    public static Declaration declaration() {
        return new Declaration(RequestType.ENTRY,
                new Organisation("Ukrainischer Kulturverein Dnipro-Elbe e. V.", "Leipziger Straße 12", "39112",
                        "Magdeburg"),
                true, new Representative("Шевченко", "Олена", "Projektleiterin", "0391 5550017",
                        "kontakt@ukrainis.example"),
                List.of("interculture_and_social", "language"), true, "Magdeburg", LocalDate.of(2025, 1, 15),
                "Олена Шевченко", SignatureStatus.NONE);
    }

    static Partner partner(String organisation, String firstName, String lastName, String... groups) {
        return new Partner(new Organisation(organisation, "Breiter Weg 1", "39104", "Magdeburg"),
                List.of(new Representative(lastName, firstName, "Koordination", "0391 123456",
                        "kontakt@example.org")),
                List.of(groups), true, true, PartnerStatus.ACTIVE, LocalDate.of(2020, 1, 15), null);
    }

    /**
     * @param n how many
     * @return four partners with Turkish, Cyrillic, Vietnamese and Polish names, then numbered ones
     */
    public static List<Partner> partners(int n) {
        List<Partner> all = new ArrayList<>(List.of(
                partner("Türkischer Kulturverein Magdeburg e. V.", "Şükrü", "Yılmaz", "language"),
                partner("Українська громада Magdeburg", "Олена", "Шевченко", "language", "interculture_and_social"),
                partner("Vietnamesischer Verein Sachsen-Anhalt", "Nguyễn Văn", "An", "language"),
                partner("Polnischer Verein „Most“", "Łukasz", "Żółć", "language", "work_and_training")));
        for (int i = all.size() + 1; i <= n; i++) {
            all.add(partner(String.format("Beispielverein Nr. %03d e. V.", i), "Vorname" + i, "Nachname" + i,
                    "language"));
        }
        return List.copyOf(all.subList(0, n));
    }

    /** @return a working-group meeting with agenda and two guests */
    public static Meeting meeting() {
        return new Meeting("language-2026-04", MeetingKind.WORKING_GROUP, "language", "4. Sitzung der AG Sprache",
                LocalDateTime.of(2026, 11, 26, 16, 0), LocalTime.of(18, 0), "Rathaus Magdeburg, Raum 1.23",
                List.of(new AgendaItem("Begrüßung und Protokollkontrolle", "", "Sprecher*innen"),
                        new AgendaItem("Sprachkurse 2027: Bedarf und Angebote",
                                "Bericht der Volkshochschule zu Wartelisten", "Олена Шевченко"),
                        new AgendaItem("Verschiedenes", "", "")),
                List.of(new Guest("Nguyễn Thị Mai", "Volkshochschule Magdeburg", "Bericht zu Integrationskursen",
                        LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 5), List.of("Anna Beispiel", "Şükrü Yılmaz"))));
    }

    /** @return draft minutes of {@link #meeting()} with eight items: three A4 pages */
    public static Minutes minutes() {
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
        for (int i = 3; i <= 6; i++) {
            items.add(new MinutesItem("Bericht aus Projekt " + i,
                    ("Die Projektgruppe " + i + " berichtet über den Stand. ").repeat(8),
                    List.of("Bericht zur Kenntnis genommen"), List.of(),
                    List.of(new Task("Folgetermin vereinbaren " + i, "Łukasz Żółć", LocalDate.of(2027, 2, i)))));
        }
        items.add(new MinutesItem("Verschiedenes", "Keine weiteren Themen.", List.of(), List.of(), List.of()));
        return new Minutes(meeting(), "Nguyễn Văn An", List.of("Anna Beispiel", "Şükrü Yılmaz"),
                partners(4).stream().map(p -> p.organisation().name()).toList(),
                List.of("Beispielverein Nr. 005 e. V."), List.of("Nguyễn Thị Mai (Volkshochschule Magdeburg)"), items,
                LocalDateTime.of(2027, 2, 18, 16, 0), ReviewState.DRAFT, "", "", null);
    }

    /** @return the network-wide work plan 2027 of the sample data ({@code samples/data}) */
    public static WorkPlan networkPlan() {
        try (InputStream in = BenchData.class.getResourceAsStream("workplan-network-2027.json")) {
            return JsonCodec.WORK_PLAN.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a DejaVu font from the class path, as an application without caching would per document.
     *
     * @param file e.g. {@code DejaVuSans.ttf}
     * @return a fresh stream
     */
    public static InputStream font(String file) {
        InputStream in = BenchData.class.getResourceAsStream(FONT_DIR + file);
        if (in == null) {
            throw new IllegalStateException(FONT_DIR + file + " missing");
        }
        return in;
    }
}
