package de.magdeburg.integration.netzwerk.templates.internal;

import de.magdeburg.integration.netzwerk.core.GermanOrder;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.MeetingKind;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.WorkingGroup;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/** German wording and date formats of the printed documents. */
public final class German {
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy, HH:mm 'Uhr'", Locale.GERMAN);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", Locale.GERMAN);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);
    private static final DateTimeFormatter WEEKDAY_DATE = DateTimeFormatter.ofPattern("EE, dd.MM.yyyy", Locale.GERMAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.GERMAN);

    private German() {
    }

    /** @return e.g. "Donnerstag, 26. November 2026, 16:00 Uhr" */
    public static String dateTime(LocalDateTime t) {
        return DATE_TIME.format(t);
    }

    /** @return e.g. "Donnerstag, 26. November 2026" */
    public static String longDate(LocalDate d) {
        return LONG_DATE.format(d);
    }

    /** @return e.g. "26.11.2026"; empty for null */
    public static String date(LocalDate d) {
        return d == null ? "" : SHORT_DATE.format(d);
    }

    /** @return e.g. "Do., 26.11.2026": a plan shows at a glance a meeting on a weekend */
    public static String weekdayDate(LocalDate d) {
        return WEEKDAY_DATE.format(d);
    }

    /** @return e.g. "16:00 Uhr" */
    public static String time(LocalTime t) {
        return TIME.format(t) + " Uhr";
    }

    /** @return e.g. "16:00–18:00 Uhr", or "ab 16:00 Uhr" without an end */
    public static String timeRange(LocalTime start, LocalTime end) {
        return end == null ? "ab " + time(start) : TIME.format(start) + "–" + TIME.format(end) + " Uhr";
    }

    /**
     * @param profile the rules profile, for the groups' names
     * @param groupId a working group id; may be unknown to the profile
     * @return "AG Sprache", or "AG language" for an id the profile does not know
     */
    public static String groupName(RulesProfile profile, String groupId) {
        return "AG " + profile.findWorkingGroup(groupId).map(WorkingGroup::name).orElse(groupId);
    }

    /**
     * @param profile the rules profile
     * @param m the meeting
     * @return the body that meets, e.g. "AG Sprache" or "Arbeitsgruppenübergreifendes Treffen"
     */
    public static String body(RulesProfile profile, Meeting m) {
        return switch (m.kind()) {
            case WORKING_GROUP -> groupName(profile, m.groupId());
            case CROSS_GROUP -> "Arbeitsgruppenübergreifendes Treffen";
            case SPEAKERS_ROUND -> "Treffen der Sprecher*innen mit der Netzwerkkoordination";
            case PROJECT_GROUP -> m.groupId().isEmpty() ? "Netzwerkübergreifende Projekt-Arbeitsgruppe"
                    : "Projekt-Arbeitsgruppe der " + groupName(profile, m.groupId());
        };
    }

    /** @return the German name of a meeting kind, e.g. "Sitzung der AG" */
    public static String kind(MeetingKind kind) {
        return switch (kind) {
            case WORKING_GROUP -> "Sitzung der Arbeitsgruppe";
            case CROSS_GROUP -> "Arbeitsgruppenübergreifendes Treffen";
            case SPEAKERS_ROUND -> "Sprecher*innenrunde";
            case PROJECT_GROUP -> "Projekt-Arbeitsgruppe";
        };
    }

    /**
     * @return a new comparator for names in German alphabetical order after DIN 5007-1
     *     ("Ärztinnen" before "Zebra"): the one order of core's {@link GermanOrder}
     */
    public static Comparator<String> alphabetical() {
        return GermanOrder.names();
    }

    /**
     * A telephone number as DIN 5008 writes it: the area code, a space, the number with the
     * extension after a hyphen ("0391 540-3222"); the bracketed form of older letterheads
     * ("(0391)540-3222") is rewritten, anything else printed as given.
     *
     * @param phone the number as stored; not null
     * @return the number to print
     */
    public static String phone(String phone) {
        return BRACKETED_AREA_CODE.matcher(phone.strip()).replaceFirst("$1 ");
    }

    private static final Pattern BRACKETED_AREA_CODE =
            Pattern.compile("^\\((0\\d{2,5})\\)\\s*");

    /** @return "1. Quartal" for 1: the one notation of quarters in every document */
    public static String quarterName(int quarter) {
        return quarter + ". Quartal";
    }

    /** @return the quarter 1–4 of a day */
    public static int quarter(LocalDate d) {
        return (d.getMonthValue() - 1) / 3 + 1;
    }
}
