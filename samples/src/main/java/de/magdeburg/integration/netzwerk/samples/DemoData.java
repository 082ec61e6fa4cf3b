package de.magdeburg.integration.netzwerk.samples;

import de.magdeburg.integration.netzwerk.core.AgendaItem;
import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Guest;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.MeetingKind;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.MinutesItem;
import de.magdeburg.integration.netzwerk.core.NetworkChange;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.PlannedEvent;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.ReviewState;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import de.magdeburg.integration.netzwerk.core.SpeakerTerm;
import de.magdeburg.integration.netzwerk.core.Task;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The fictional network the demo and the samples work on: 32 organisations across the three
 * working groups, people with names from many languages. No real persons or organisations.
 *
 * <p>Deterministic: every call returns equal values.
 */
public final class DemoData {
    /** The day the demo pretends it is. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static final String W = "work_and_training";
    private static final String K = "interculture_and_social";
    private static final String S = "language";

    // organisation, street, postal code, last name, first name, function, groups, portal consent
    private static final Object[][] PARTNERS = {
        {"Brückenschlag Sprachcafé e. V.", "Breiter Weg 101", "39104", "Yılmaz", "Şükrü", "Vorsitzender", List.of(S, K), true},
        {"Ukrainischer Kulturverein Dnipro-Elbe e. V.", "Leipziger Straße 12", "39112", "Шевченко", "Олена", "Projektleiterin", List.of(K), true},
        {"Vietnamesische Gemeinschaft an der Elbe e. V.", "Olvenstedter Straße 40", "39108", "Nguyễn", "Văn An", "Berater", List.of(W, K), true},
        {"Polnisch-Deutscher Nachbarschaftstreff", "Halberstädter Straße 88", "39112", "Żółć", "Łukasz", "Koordinator", List.of(S), false},
        {"Arabischer Elternverein Salam e. V.", "Lübecker Straße 5", "39124", "العلي", "محمد", "Sprecher", List.of(K, S), true},
        {"Bildungswerk Grenzenlos gGmbH", "Ernst-Reuter-Allee 20", "39104", "Okonkwo", "Chiamaka", "Bereichsleiterin", List.of(W), true},
        {"Jugendmigrationsdienst Elbaue (fiktiv)", "Jakobstraße 3", "39104", "García López", "María José", "Sozialarbeiterin", List.of(W, K), true},
        {"Frauentreff Weltoffen e. V.", "Große Diesdorfer Straße 30", "39110", "Hosseini", "Zahra", "Leiterin", List.of(K), true},
        {"Sprachschule Wortbrücke GmbH", "Otto-von-Guericke-Straße 60", "39104", "Kowalczyk", "Agnieszka", "Schulleiterin", List.of(S), true},
        {"Ausbildungsverbund Mitteldeutschland (fiktiv)", "Sternstraße 10", "39104", "Müller", "Jörg", "Ausbildungsberater", List.of(W), false},
        {"Interkultureller Garten Buckau e. V.", "Karl-Schmidt-Straße 7", "39104", "Demir", "Ayşe", "Gärtnerin", List.of(K), true},
        {"Afrikanisches Kulturforum Magdeburg (fiktiv)", "Hallische Straße 21", "39104", "Mensah", "Kwame", "Vorstand", List.of(K, W), true},
        {"Lernwerkstatt Deutsch für alle", "Wiener Straße 45", "39112", "Petrović", "Jovana", "Dozentin", List.of(S), true},
        {"Handwerk verbindet e. V.", "Liebknechtstraße 50", "39108", "Schulz", "Hannelore", "Geschäftsführerin", List.of(W), true},
        {"Begegnungszentrum Neue Neustadt (fiktiv)", "Nachtweide 70", "39124", "Rahimi", "Farid", "Leiter", List.of(K, S), false},
        {"Syrisch-Deutscher Freundeskreis e. V.", "Kastanienstraße 9", "39130", "Haddad", "Rania", "Schriftführerin", List.of(K), true},
        {"Mentoring für Geflüchtete gUG", "Hegelstraße 1", "39104", "Schneider", "Lena", "Projektkoordinatorin", List.of(W, S), true},
        {"Russischsprachige Elterninitiative Solnze", "Kroatenweg 30", "39116", "Иванова", "Светлана", "Vorsitzende", List.of(S), true},
        {"Griechische Gemeinde an der Elbe (fiktiv)", "Schönebecker Straße 80", "39104", "Papadopoulos", "Eleni", "Kassenwartin", List.of(K), false},
        {"Kurdischer Kulturverein Newroz e. V.", "Alt Fermersleben 15", "39122", "Aydın", "Rojda", "Beisitzerin", List.of(K, W), true},
        {"Stadtteilwerkstatt Reform (fiktiv)", "Quittenweg 4", "39118", "Wagner", "Uwe", "Quartiersmanager", List.of(W, K, S), true},
        {"Chinesisch-Deutsche Brücke e. V.", "Walther-Rathenau-Straße 33", "39106", "王", "芳", "Vorsitzende", List.of(K), true},
        {"Berufsorientierung Global gGmbH", "Lorenzweg 2", "39124", "Kamara", "Fatmata", "Jobcoachin", List.of(W), true},
        {"Rumänischer Verein Dor e. V.", "Salbker Straße 12", "39118", "Popescu", "Andrei", "Vorstand", List.of(S, W), true},
        {"Eritreische Gemeinschaft Mitteldeutschland (fiktiv)", "Am Fuchsberg 8", "39112", "Tesfaye", "Senait", "Sprecherin", List.of(K), false},
        {"Integrationslotsen Ostelbien e. V.", "Berliner Chaussee 66", "39114", "Becker", "Thomas", "Lotse", List.of(W, K), true},
        {"Afghanischer Kulturverein Pamir", "Bahnhofstraße 22", "39104", "Ahmadi", "Sahar", "Beraterin", List.of(S), true},
        {"Lesepaten International (fiktiv)", "Goethestraße 13", "39108", "Fischer", "Ingrid", "Ehrenamtskoordinatorin", List.of(S), true},
        {"Türkisch-Deutscher Unternehmerverein Elbe (fiktiv)", "Ebendorfer Straße 3", "39108", "Öztürk", "Emre", "Geschäftsführer", List.of(W), true},
        {"Sportverein Bunt am Ball e. V.", "Berliner Straße 4", "39104", "Diallo", "Mamadou", "Trainer", List.of(K), true},
        {"Migrantinnenberatung Lichtblick (fiktiv)", "Umfassungsstraße 76", "39124", "Kaur", "Harpreet", "Beraterin", List.of(K, S), false},
        {"Ökumenischer Flüchtlingsrat Magdeburg (fiktiv)", "Domplatz 9", "39104", "Hoffmann", "Gisela", "Referentin", List.of(W, K, S), true},
    };

    private DemoData() {
    }

    /** @return the 32 entry declarations the demo register is built from */
    public static List<Declaration> entryDeclarations() {
        var out = new ArrayList<Declaration>();
        for (Object[] p : PARTNERS) {
            String org = (String) p[0];
            String mail = "kontakt@" + org.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "").substring(0, 8)
                    + ".example";
            @SuppressWarnings("unchecked")
            List<String> groups = (List<String>) p[6];
            // Chinese and Vietnamese names: their bearers write the family name first
            Representative representative = new Representative((String) p[3], (String) p[4], (String) p[5],
                    "0391 " + (5550000 + out.size() * 17), mail, "王".equals(p[3]) || "Nguyễn".equals(p[3]));
            out.add(new Declaration(RequestType.ENTRY,
                    new Organisation(org, (String) p[1], (String) p[2], "Magdeburg"),
                    (Boolean) p[7], representative,
                    groups, out.size() % 3 != 1, "Magdeburg", LocalDate.of(2025, 1, 10).plusDays(out.size() * 5L),
                    representative.displayName(), SignatureStatus.NONE));
        }
        return out;
    }

    /**
     * @return the register after all entry declarations, applied on their signing dates, and the
     *     elections of the speakers of {@link #speakerTerms()} (§4(3)): each term elected on its first
     *     day, the AG Sprache's terms from March 2027 on 19.11.2026, Jovana Petrović succeeding
     *     Şükrü Yılmaz
     */
    public static Register register() {
        Register r = Register.empty();
        for (Declaration d : entryDeclarations()) {
            RegisterUpdate u = r.apply(d, d.date());
            r = u.register();
        }
        LocalDate reElection = LocalDate.of(2026, 11, 19);
        for (SpeakerTerm t : speakerTerms()) {
            boolean next = t.from().isAfter(reElection);
            String succeeds = next && t.name().equals("Jovana Petrović") ? "Şükrü Yılmaz" : "";
            String body = "Sitzung der AG " + RulesProfile.magdeburg2016().requireWorkingGroup(t.groupId()).name();
            r = r.record(RulesProfile.magdeburg2016(), new NetworkChange.ElectSpeaker(t, succeeds,
                    next ? reElection : t.from(), body, "")).register();
        }
        return r;
    }

    /** @return the demo's next AG meeting: AG Sprache, with a guest approved under GO-1.5 */
    public static Meeting languageMeeting() {
        return new Meeting("language-2026-12", MeetingKind.WORKING_GROUP, S, "5. Sitzung der AG Sprache 2026",
                LocalDateTime.of(2026, 12, 3, 16, 0), LocalTime.of(18, 0),
                "Rathaus Magdeburg, Raum 2.15, Alter Markt 6",
                List.of(new AgendaItem("Begrüßung und Protokollkontrolle", "Bestätigung des Protokolls der 4. Sitzung", "Sprecher*innen"),
                        new AgendaItem("Sprachkursangebote 2027", "Überblick über Integrations- und Berufssprachkurse & Wartelisten", "Sprachschule Wortbrücke GmbH"),
                        new AgendaItem("Lesepatenschaften in Kitas", "Bericht aus der Praxis", "Lesepaten International (fiktiv)"),
                        new AgendaItem("Jahresarbeitsplan 2027", "Entwurf der Arbeitsschwerpunkte", "Netzwerkkoordinator*in"),
                        new AgendaItem("Verschiedenes", "", "")),
                List.of(new Guest("Dr. Amina Rahman", "Hochschule Magdeburg-Stendal (Gast)",
                        "Kurzvortrag: Mehrsprachigkeit in der Familie", TODAY.minusDays(20), TODAY.minusDays(14),
                        List.of("Agnieszka Kowalczyk", "Şükrü Yılmaz"))));
    }

    /** @return the minutes of the previous meeting of the AG Sprache, as a draft */
    public static Minutes minutesDraft() {
        Meeting m = new Meeting("language-2026-09", MeetingKind.WORKING_GROUP, S, "4. Sitzung der AG Sprache 2026",
                LocalDateTime.of(2026, 9, 17, 16, 0), LocalTime.of(18, 15), "Stadtbibliothek Magdeburg, Breiter Weg 109",
                List.of(new AgendaItem("Begrüßung", "", ""), new AgendaItem("Sprachcafés im Stadtgebiet", "", ""),
                        new AgendaItem("Empfehlung zu Kinderbetreuung während Sprachkursen", "", "")),
                List.of());
        List<MinutesItem> items = List.of(
                new MinutesItem("Begrüßung", "Die Sprecher*innen begrüßen die Teilnehmenden. Das Protokoll der 3. Sitzung wird ohne Änderungen bestätigt.",
                        List.of("Protokoll der 3. Sitzung bestätigt"), List.of(), List.of()),
                new MinutesItem("Sprachcafés im Stadtgebiet",
                        "Sechs Sprachcafés arbeiten regelmäßig; in Neu Olvenstedt und Reform fehlen Angebote. "
                                + "Die Teilnehmenden sammeln Räume & Ehrenamtliche.",
                        List.of("Eine Übersicht der Sprachcafés wird erstellt"), List.of(),
                        List.of(new Task("Übersicht der Sprachcafés zusammenstellen", "Brückenschlag Sprachcafé e. V.", LocalDate.of(2026, 11, 1)),
                                new Task("Raumanfrage im Stadtteilzentrum Reform", "Stadtteilwerkstatt Reform (fiktiv)", LocalDate.of(2026, 10, 15)))),
                new MinutesItem("Empfehlung zu Kinderbetreuung während Sprachkursen",
                        "Viele Teilnehmende brechen Kurse ab, weil Kinderbetreuung fehlt. Im fachlichen Konsens wird eine Empfehlung formuliert.",
                        List.of(), List.of("Die AG Sprache empfiehlt, bei Integrationskursen im Stadtgebiet eine kursbegleitende Kinderbetreuung vorzusehen."),
                        List.of(new Task("Empfehlung an die Stadtverwaltung weiterleiten", "Netzwerkkoordinator*in", LocalDate.of(2026, 10, 31)))));
        return new Minutes(m, "Lena Schneider", List.of("Agnieszka Kowalczyk", "Şükrü Yılmaz"),
                List.of("Brückenschlag Sprachcafé e. V.", "Sprachschule Wortbrücke GmbH", "Lernwerkstatt Deutsch für alle",
                        "Russischsprachige Elterninitiative Solnze", "Afghanischer Kulturverein Pamir",
                        "Arabischer Elternverein Salam e. V.", "Stadtteilwerkstatt Reform (fiktiv)"),
                List.of("Polnisch-Deutscher Nachbarschaftstreff"), List.of(), items,
                LocalDateTime.of(2026, 12, 3, 16, 0), ReviewState.DRAFT, "", "", null);
    }

    /** @return the same minutes, reviewed and approved */
    public static Minutes minutesApproved() {
        return minutesDraft().reviewed("Laura Lubinski", LocalDate.of(2026, 9, 24))
                .approved("Agnieszka Kowalczyk", LocalDate.of(2026, 10, 1));
    }

    /**
     * @return speaker terms of all three AGs: the AG Sprache re-elected its speakers for March 2027,
     *     the terms of the AG Arbeit und Ausbildung end in August 2027 with no successors yet
     */
    public static List<SpeakerTerm> speakerTerms() {
        return List.of(
                new SpeakerTerm(S, "Agnieszka Kowalczyk", "Sprachschule Wortbrücke GmbH", LocalDate.of(2025, 3, 1), LocalDate.of(2027, 2, 28)),
                new SpeakerTerm(S, "Şükrü Yılmaz", "Brückenschlag Sprachcafé e. V.", LocalDate.of(2025, 3, 1), LocalDate.of(2027, 2, 28)),
                new SpeakerTerm(S, "Agnieszka Kowalczyk", "Sprachschule Wortbrücke GmbH", LocalDate.of(2027, 3, 1), LocalDate.of(2029, 2, 28)),
                new SpeakerTerm(S, "Jovana Petrović", "Lernwerkstatt Deutsch für alle", LocalDate.of(2027, 3, 1), LocalDate.of(2029, 2, 28)),
                new SpeakerTerm(W, "Chiamaka Okonkwo", "Bildungswerk Grenzenlos gGmbH", LocalDate.of(2025, 9, 1), LocalDate.of(2027, 8, 31)),
                new SpeakerTerm(W, "Jörg Müller", "Ausbildungsverbund Mitteldeutschland (fiktiv)", LocalDate.of(2025, 9, 1), LocalDate.of(2027, 8, 31)),
                new SpeakerTerm(K, "Олена Шевченко", "Ukrainischer Kulturverein Dnipro-Elbe e. V.", LocalDate.of(2026, 1, 15), LocalDate.of(2028, 1, 14)),
                new SpeakerTerm(K, "Kwame Mensah", "Afrikanisches Kulturforum Magdeburg (fiktiv)", LocalDate.of(2026, 1, 15), LocalDate.of(2028, 1, 14)));
    }

    /** @return the AG Sprache's plan for 2027: four meetings, within the rules */
    public static WorkPlan languagePlan2027() {
        var meetings = new ArrayList<Meeting>();
        int[] months = {2, 5, 9, 11};
        for (int i = 0; i < months.length; i++) {
            meetings.add(meeting(S + "-2027-" + (i + 1), MeetingKind.WORKING_GROUP, S,
                    (i + 1) + ". Sitzung der AG Sprache 2027", LocalDateTime.of(2027, months[i], 10 + i, 16, 0)));
        }
        return new WorkPlan(2027, S, meetings,
                List.of(new PlannedEvent("Tag der Muttersprache: Lesefest", LocalDate.of(2027, 2, 21),
                                List.of("Lesepaten International (fiktiv)", "Brückenschlag Sprachcafé e. V."), "language_acquisition"),
                        new PlannedEvent("Sprachcafé-Sommerfest", LocalDate.of(2027, 7, 3),
                                List.of("Brückenschlag Sprachcafé e. V."), "participation")),
                speakerTerms().stream().filter(t -> t.groupId().equals(S)).toList());
    }

    /**
     * @return the network-wide plan for 2027 — with rule violations on purpose: six meetings of the
     *     AG Arbeit und Ausbildung (GO-5.2a), no speakers' round in the third quarter (GO-5.3)
     */
    public static WorkPlan networkPlan2027() {
        var meetings = new ArrayList<Meeting>();
        for (int i = 0; i < 6; i++) {
            meetings.add(meeting(W + "-2027-" + (i + 1), MeetingKind.WORKING_GROUP, W,
                    (i + 1) + ". Sitzung der AG Arbeit und Ausbildung 2027", LocalDateTime.of(2027, 1 + 2 * i, 14, 15, 0)));
        }
        for (int i = 0; i < 4; i++) {
            meetings.add(meeting(K + "-2027-" + (i + 1), MeetingKind.WORKING_GROUP, K,
                    (i + 1) + ". Sitzung der AG (Inter-)Kultur und Soziales 2027", LocalDateTime.of(2027, 2 + 3 * i, 8, 17, 0)));
        }
        meetings.addAll(languagePlan2027().meetings());
        meetings.add(meeting("cross-2027-1", MeetingKind.CROSS_GROUP, "", "Arbeitsgruppenübergreifendes Treffen: Wohnen und Nachbarschaft",
                LocalDateTime.of(2027, 6, 16, 17, 0)));
        meetings.add(meeting("cross-2027-2", MeetingKind.CROSS_GROUP, "", "Arbeitsgruppenübergreifendes Treffen: Jahresbilanz",
                LocalDateTime.of(2027, 11, 24, 17, 0)));
        int[] roundMonths = {1, 4, 10};
        for (int m : roundMonths) {
            meetings.add(meeting("speakers-2027-" + m, MeetingKind.SPEAKERS_ROUND, "", "Sprecher*innenrunde mit der Netzwerkkoordination",
                    LocalDateTime.of(2027, m, 20, 10, 0)));
        }
        return new WorkPlan(2027, "", meetings,
                List.of(new PlannedEvent("Interkulturelle Woche Magdeburg", LocalDate.of(2027, 9, 24),
                                List.of("Ökumenischer Flüchtlingsrat Magdeburg (fiktiv)", "Frauentreff Weltoffen e. V."), "internationality"),
                        new PlannedEvent("Ausbildungsbörse für Zugewanderte", LocalDate.of(2027, 4, 22),
                                List.of("Bildungswerk Grenzenlos gGmbH", "Handwerk verbindet e. V."), "vocational_integration"),
                        new PlannedEvent("Stadtteilfest Neue Neustadt", LocalDate.of(2027, 6, 5),
                                List.of("Begegnungszentrum Neue Neustadt (fiktiv)"), "neighbourhoods")),
                speakerTerms());
    }

    /**
     * @return attendance of the AG meetings of the last 14 months: every partner attended at least
     *     once, except three who attended only more than a year before {@link #TODAY}
     */
    public static List<AttendanceRecord> attendance() {
        var out = new ArrayList<AttendanceRecord>();
        List<Partner> partners = register().activePartners();
        LocalDate[] dates = {LocalDate.of(2025, 9, 18), LocalDate.of(2026, 3, 12), LocalDate.of(2026, 9, 17)};
        for (int i = 0; i < partners.size(); i++) {
            Partner p = partners.get(i);
            String group = p.workingGroups().get(0);
            boolean lapsed = i % 11 == 3;
            for (int d = 0; d < dates.length; d++) {
                boolean present = lapsed ? d == 0 : (d + i) % 2 == 0 || d == 2;
                out.add(new AttendanceRecord(group + "-" + dates[d], dates[d], MeetingKind.WORKING_GROUP, group,
                        p.organisation().name(), p.representatives().isEmpty() ? "" : p.representatives().get(0).displayName(),
                        present));
            }
        }
        return out;
    }

    /** @return a change declaration for the first demo partner: new contact person */
    public static Declaration changeDeclaration() {
        Declaration first = entryDeclarations().get(0);
        return first.withRequest(RequestType.CHANGE)
                .withRepresentative(new Representative("Yılmaz", "Şükrü", "Geschäftsführer", "0391 5550099",
                        "s.yilmaz@brueckenschlag.example"))
                .withSigning("Magdeburg", TODAY, "Şükrü Yılmaz");
    }

    private static Meeting meeting(String id, MeetingKind kind, String group, String title, LocalDateTime start) {
        return new Meeting(id, kind, group, title, start, start.toLocalTime().plusHours(2), "Rathaus Magdeburg, Alter Markt 6",
                List.of(), List.of());
    }
}
