package de.magdeburg.integration.netzwerk.core.internal;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public holidays of one country or subdivision, from Jollyday's data (the one place the
 * library talks to Jollyday). Each year is asked once and kept.
 *
 * <p>Thread-safe.
 */
public final class PublicHolidays {
    private static final Map<String, PublicHolidays> BY_CODE = new ConcurrentHashMap<>();

    private final String code;
    private final HolidayManager manager;
    private final String[] subdivision;
    private final String regionGerman;
    private final String regionEnglish;
    private final Map<Integer, Map<LocalDate, String>> years = new ConcurrentHashMap<>();

    private PublicHolidays(String code) {
        this.code = code;
        String[] parts = code.toLowerCase(Locale.ROOT).split("-", 2);
        String country = HolidayManager.getSupportedCalendarCodes().stream()
                .filter(c -> c.equalsIgnoreCase(parts[0])).findFirst()
                .orElseThrow(() -> unknown(code, parts[0].toUpperCase(Locale.ROOT)));
        this.manager = HolidayManager.getInstance(ManagerParameters.create(country));
        CalendarHierarchy region = manager.getCalendarHierarchy();
        if (parts.length == 2) {
            region = region.getChildren().get(parts[1]);
            if (region == null) {
                throw unknown(code, code);
            }
        }
        this.subdivision = parts.length == 2 ? new String[] {parts[1]} : new String[0];
        this.regionGerman = region.getDescription(Locale.GERMAN);
        // the base bundle is English; Locale.ENGLISH would fall back to the JVM's default language first
        this.regionEnglish = region.getDescription(Locale.ROOT);
    }

    private static NetzwerkException unknown(String code, String part) {
        return new NetzwerkException("Feiertagskalender „" + code + "“ unbekannt: die Feiertagsdaten (Jollyday) kennen „"
                + part + "“ nicht (calendar.holidays, GO-5.1, § 5 Abs. 1) / unknown holiday calendar '" + code
                + "': the holiday data (Jollyday) does not know '" + part + "' (calendar.holidays, GO-5.1, § 5 (1))");
    }

    /**
     * @param code an ISO 3166-2 or ISO 3166-1 code in upper case, e.g. {@code DE-ST}
     * @return the holidays there
     * @throws NetzwerkException if Jollyday knows no such country or subdivision
     */
    public static PublicHolidays of(String code) {
        PublicHolidays known = BY_CODE.get(code);
        return known != null ? known : BY_CODE.computeIfAbsent(code, PublicHolidays::new);
    }

    /**
     * @param day any day
     * @return the German name of the public holiday on that day
     */
    public Optional<String> find(LocalDate day) {
        return Optional.ofNullable(years.computeIfAbsent(day.getYear(), this::year).get(day));
    }

    private Map<LocalDate, String> year(int year) {
        Map<LocalDate, String> days = new HashMap<>();
        // two holidays on one day are named both, in a fixed order
        manager.getHolidays(Year.of(year), subdivision).stream().sorted(Comparator.comparing(Holiday::getDescription))
                .forEach(h -> days.merge(h.getDate(), h.getDescription(Locale.GERMAN), (a, b) -> a + ", " + b));
        return Map.copyOf(days);
    }

    /** @return the region's German name, e.g. „Sachsen-Anhalt“ */
    public String regionGerman() {
        return regionGerman;
    }

    /** @return the region's English name, e.g. "Saxony-Anhalt" */
    public String regionEnglish() {
        return regionEnglish;
    }

    @Override
    public String toString() {
        return code;
    }
}
