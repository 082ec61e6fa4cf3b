package de.magdeburg.integration.netzwerk.core;

import de.magdeburg.integration.netzwerk.core.internal.PublicHolidays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The network's working days: whose public holidays apply and which days are the weekend. The
 * work-plan check of §5 Abs. 1 (GO-5.1) warns about a meeting on a day off; the Geschäftsordnung
 * does not forbid one, but the partners are mostly offices and associations whose staff work on
 * weekdays.
 *
 * <p>The holidays are not written into the library: they come from Jollyday's data of every
 * country and German Land, named by an ISO 3166-2 code ({@code DE-ST} Saxony-Anhalt, {@code DE-BY}
 * Bavaria) or an ISO 3166-1 code for the national holidays alone ({@code DE}). Jollyday's data is
 * read on the first question, not when a profile is loaded; an unknown code fails then with a
 * {@link NetzwerkException} naming it. Some Länder's data lists no Sunday holidays (Saxony-Anhalt
 * lacks Easter and Whit Sunday): the weekend finds those days.
 *
 * <p>Immutable and thread-safe.
 *
 * @param holidays ISO 3166-2 subdivision (e.g. {@code DE-ST}) or ISO 3166-1 country code whose
 *     public holidays apply; upper case; not null
 * @param weekend the days of the week that are no working days, in week order, each once; empty
 *     for none; not null
 */
public record WorkCalendar(String holidays, List<DayOfWeek> weekend) {
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    /** Saturday and Sunday, the weekend of Germany. */
    public static final List<DayOfWeek> SATURDAY_AND_SUNDAY = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    /**
     * Saxony-Anhalt's public holidays and a Saturday–Sunday weekend: Magdeburg's calendar, and that
     * of a profile written before profiles named one (they were all Magdeburg's).
     */
    public static final WorkCalendar SAXONY_ANHALT = new WorkCalendar("DE-ST", SATURDAY_AND_SUNDAY);

    /** Validates the code's form and the weekend. */
    public WorkCalendar {
        Objects.requireNonNull(holidays, "holidays");
        if (!CODE.matcher(holidays).matches()) {
            throw Text.invalid("calendar.holidays", "ist „" + holidays + "“, erwartet ein Code nach ISO 3166-2 wie "
                    + "„DE-ST“ (Sachsen-Anhalt) oder ISO 3166-1 wie „DE“", "is '" + holidays + "', expected an "
                    + "ISO 3166-2 code such as 'DE-ST' (Saxony-Anhalt) or an ISO 3166-1 code such as 'DE'");
        }
        weekend = Text.list("calendar.weekend", weekend);
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : weekend) {
            if (!days.add(day)) {
                throw Text.invalid("calendar.weekend", "nennt " + day + " doppelt", "lists " + day + " twice");
            }
        }
        if (days.size() == 7) {
            throw Text.invalid("calendar.weekend", "nennt alle sieben Tage", "lists all seven days");
        }
        weekend = List.copyOf(days);
    }

    /**
     * A calendar with a Saturday–Sunday weekend.
     *
     * @param holidays ISO 3166-2 or ISO 3166-1 code, e.g. {@code DE-BY}
     * @return the calendar
     * @throws InvalidDataException if the code is not of that form
     */
    public static WorkCalendar of(String holidays) {
        return new WorkCalendar(holidays, SATURDAY_AND_SUNDAY);
    }

    /**
     * @param day any day; not null
     * @return the German name of the public holiday on that day, e.g. „Reformationstag“
     * @throws NetzwerkException if the holiday data knows no such country or subdivision
     */
    public Optional<String> findHoliday(LocalDate day) {
        return PublicHolidays.of(holidays).find(day);
    }

    /**
     * @param day any day; not null
     * @return whether the day is a weekend day of this calendar
     */
    public boolean weekendDay(LocalDate day) {
        return weekend.contains(day.getDayOfWeek());
    }

    /**
     * @return the region whose holidays apply, in German and in English (e.g. „Sachsen-Anhalt“,
     *     "Saxony-Anhalt"), as two elements
     * @throws NetzwerkException if the holiday data knows no such country or subdivision
     */
    public List<String> regionNames() {
        PublicHolidays data = PublicHolidays.of(holidays);
        return List.of(data.regionGerman(), data.regionEnglish());
    }
}
