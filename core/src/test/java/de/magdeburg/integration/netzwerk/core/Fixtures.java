package de.magdeburg.integration.netzwerk.core;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data for every module's tests, shipped in core's test-jar
 * ({@code <type>test-jar</type>} of {@code netzwerk-core}).
 *
 * <p>All organisations are fictional. People's names come from many languages and scripts
 * (Turkish, Ukrainian, Vietnamese, Polish, Arabic, …) because any name a partner may type must
 * survive forms, templates and JSON unchanged. Phone numbers use the 555 range, email addresses
 * the reserved {@code example.org} domain.
 *
 * <p>Every method returns new immutable values; the class is thread-safe.
 */
public final class Fixtures {
    /** First names and last names of representatives, paired by index. */
    public static final List<String[]> PEOPLE = List.of(
            new String[] {"Şükrü", "Yılmaz"},
            new String[] {"Олена", "Шевченко"},
            new String[] {"Văn An", "Nguyễn"},
            new String[] {"Łukasz", "Żółć"},
            new String[] {"محمد", "العلي"},
            new String[] {"Anna-Lena", "Müller-Lüdenscheidt"},
            new String[] {"Ayşe", "Öztürk"},
            new String[] {"Nadia", "Ngũgĩ"},
            new String[] {"Zoë", "Brontë-Ærø"},
            new String[] {"Σοφία", "Παπαδοπούλου"},
            new String[] {"Գայանե", "Պետրոսյան"},
            new String[] {"Dawit", "ዳዊት"});

    /** Fictional organisation names, some with characters beyond Latin-1. */
    public static final List<String> ORGANISATIONS = List.of(
            "Beispielverein Brücken e. V.",
            "Kulturhaus Елбе gGmbH",
            "Sprachcafé Nachbarschaft e. V.",
            "Bildungswerk Übergang e. V.",
            "Verein der Freund*innen des Hafens",
            "Türk-Alman Dostluk Derneği Magdeburg e. V.",
            "Hội Người Việt Elbe e. V.",
            "Stowarzyszenie Most e. V.",
            "جمعية الجسر e. V.",
            "Werkstatt Zukunft gGmbH",
            "Initiative Stadtteil Ost",
            "Ελληνική Κοινότητα Beispiel e. V.");

    /** The Magdeburg working group ids, in the profile's order. */
    public static final List<String> GROUPS = List.of("work_and_training", "interculture_and_social", "language");

    /** A day after the rules came into force, used as the default admission day. */
    public static final LocalDate DAY = LocalDate.of(2025, 3, 10);

    private Fixtures() {
    }

    /** @return the embedded Magdeburg 2016 profile */
    public static RulesProfile profile() {
        return RulesProfile.magdeburg2016();
    }

    /**
     * The Magdeburg profile with other numbers, to show that checks read the profile.
     *
     * @param limits the numbers; not null
     * @return a copy of the Magdeburg profile with these limits
     */
    public static RulesProfile profile(RulesProfile.Limits limits) {
        RulesProfile p = profile();
        return new RulesProfile(p.id() + "-test", p.network(), p.versionDate(), p.inForce(), p.workingGroups(),
                p.fieldsOfAction(), limits, p.coordinator(), p.declaration(), p.rulesOfProcedure(), p.privacyNotice(),
                p.declarationPrivacyNotice(), p.timeZone(), p.calendar());
    }

    /**
     * A complete, signed ENTRY declaration for a fictional organisation.
     *
     * @param organisationName the organisation's name; not empty
     * @return the declaration: address in Magdeburg, representative {@link #PEOPLE}[0], the
     *     working group "language", cross-group meetings, portal consent, signed on {@link #DAY}
     */
    public static Declaration entry(String organisationName) {
        return declaration(RequestType.ENTRY, organisationName, 0, List.of("language"), true);
    }

    /**
     * A complete declaration of any kind.
     *
     * @param request the request; not null
     * @param organisationName the organisation's name; not empty
     * @param person index into {@link #PEOPLE} (taken modulo its size), ≥ 0
     * @param groups working group ids; not null
     * @param listOnPortal consent to the portal listing
     * @return the declaration, signed on {@link #DAY} in Magdeburg
     */
    public static Declaration declaration(RequestType request, String organisationName, int person,
            List<String> groups, boolean listOnPortal) {
        return Declaration.of(request, new Organisation(organisationName, "Breiter Weg " + (person + 1), "39104",
                        "Magdeburg"))
                .withRepresentative(representative(person))
                .withWorkingGroups(groups, true)
                .withListOnPortal(listOnPortal)
                .withSigning("Magdeburg", DAY, representative(person).displayName())
                .withSignature(SignatureStatus.NONE);
    }

    /**
     * @param index index into {@link #PEOPLE}, taken modulo its size; ≥ 0
     * @return a representative with that name, a 555 phone number and an example.org address
     */
    public static Representative representative(int index) {
        String[] p = PEOPLE.get(index % PEOPLE.size());
        return new Representative(p[1], p[0], "Projektleitung", "0391 555-" + (1000 + index),
                "person" + index + "@example.org");
    }

    /**
     * A register of {@code n} partners, all admitted on {@link #DAY}: partner <i>i</i> works in
     * group <i>i</i> mod 3 (and partners with an even index also in "language"), has
     * representative {@code PEOPLE[i]}, and consents to the portal listing unless <i>i</i> is
     * divisible by 4. Names beyond {@link #ORGANISATIONS} are numbered.
     *
     * @param n number of partners, 0–1000
     * @return the register
     */
    public static Register register(int n) {
        if (n < 0 || n > 1000) {
            throw new IllegalArgumentException("n is " + n + ", must be 0–1000");
        }
        Register r = Register.empty();
        for (int i = 0; i < n; i++) {
            RegisterUpdate u = r.apply(declaration(RequestType.ENTRY, organisationName(i), i, groupsOf(i), i % 4 != 0),
                    DAY);
            if (u.rejected()) {
                throw new IllegalStateException(u.findings().toString());
            }
            r = u.register();
        }
        return r;
    }

    /**
     * @param i ≥ 0
     * @return {@code ORGANISATIONS[i]}, or a numbered fictional name beyond the list
     */
    public static String organisationName(int i) {
        return i < ORGANISATIONS.size() ? ORGANISATIONS.get(i) : "Beispielinitiative Nr. " + (i + 1) + " e. V.";
    }

    private static List<String> groupsOf(int i) {
        var groups = new ArrayList<String>();
        groups.add(GROUPS.get(i % GROUPS.size()));
        if (i % 2 == 0 && !groups.contains("language")) {
            groups.add("language");
        }
        return groups;
    }

    /**
     * A meeting of the given kind at 17:00 on a day, with no agenda and no guests.
     *
     * @param kind the kind; not null
     * @param groupId the group, empty for cross-group meetings and speakers' rounds
     * @param day the day; not null
     * @return the meeting, id {@code <kind>-<groupId>-<day>}
     */
    public static Meeting meeting(MeetingKind kind, String groupId, LocalDate day) {
        return new Meeting(kind.name().toLowerCase() + "-" + groupId + "-" + day, kind, groupId,
                title(kind, groupId), LocalDateTime.of(day, LocalTime.of(17, 0)),
                LocalTime.of(19, 0), "Rathaus Magdeburg", List.of(), List.of());
    }

    private static String title(MeetingKind kind, String groupId) {
        return switch (kind) {
            case WORKING_GROUP -> "Sitzung der AG "
                    + profile().findWorkingGroup(groupId).map(WorkingGroup::name).orElse(groupId);
            case CROSS_GROUP -> "Arbeitsgruppenübergreifendes Treffen";
            case SPEAKERS_ROUND -> "Treffen der Sprecher*innen";
            case PROJECT_GROUP -> "Projektgruppe";
        };
    }

    /**
     * A speaker term.
     *
     * @param groupId the group; not empty
     * @param name the speaker; not empty
     * @param from first day; not null
     * @param to last day; not before {@code from}
     * @return the term, organisation empty
     */
    public static SpeakerTerm term(String groupId, String name, LocalDate from, LocalDate to) {
        return new SpeakerTerm(groupId, name, "", from, to);
    }

    /**
     * A network-wide work plan that keeps every rule of the Magdeburg profile for {@code year}:
     * five meetings per group, one cross-group meeting, one speakers' round per quarter, two
     * speakers per group with terms from 1 January of the year before to 31 December of the year.
     *
     * @param year 2017–9998
     * @return the plan; {@link RuleChecks#checkWorkPlan} reports only INFOs about terms ending in the year
     */
    public static WorkPlan validNetworkPlan(int year) {
        var meetings = new ArrayList<Meeting>();
        for (String g : GROUPS) {
            for (int month : new int[] {2, 4, 6, 9, 11}) {
                meetings.add(meeting(MeetingKind.WORKING_GROUP, g, workingDay(LocalDate.of(year, month, 10))));
            }
        }
        meetings.add(meeting(MeetingKind.CROSS_GROUP, "", workingDay(LocalDate.of(year, 10, 5))));
        for (int month : new int[] {1, 4, 7, 10}) {
            meetings.add(meeting(MeetingKind.SPEAKERS_ROUND, "", workingDay(LocalDate.of(year, month, 20))));
        }
        return new WorkPlan(year, "", meetings, List.of(), validTerms(year));
    }

    /** @return the day itself or the next one that is neither a weekend nor a holiday (no PLAN finding) */
    private static LocalDate workingDay(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek().getValue() >= 6 || WorkCalendar.SAXONY_ANHALT.findHoliday(d).isPresent()) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * @param year the plan's year
     * @return two speakers per Magdeburg group, terms from 1 January of {@code year - 1} to
     *     31 December of {@code year}
     */
    public static List<SpeakerTerm> validTerms(int year) {
        var terms = new ArrayList<SpeakerTerm>();
        int i = 0;
        for (String g : GROUPS) {
            for (int s = 0; s < 2; s++, i++) {
                terms.add(term(g, representative(i).displayName(), LocalDate.of(year - 1, 1, 1),
                        LocalDate.of(year, 12, 31)));
            }
        }
        return terms;
    }

    /**
     * @param organisationName the organisation; not empty
     * @param kind the meeting kind; not null
     * @param day the day; not null
     * @param present whether the organisation was present
     * @return an attendance record of a meeting of the group "language" (or no group for cross-group
     *     meetings and speakers' rounds)
     */
    public static AttendanceRecord attendance(String organisationName, MeetingKind kind, LocalDate day,
            boolean present) {
        String group = kind == MeetingKind.CROSS_GROUP || kind == MeetingKind.SPEAKERS_ROUND ? "" : "language";
        return new AttendanceRecord(kind.name().toLowerCase() + "-" + day, day, kind, group, organisationName,
                "", present);
    }
}
