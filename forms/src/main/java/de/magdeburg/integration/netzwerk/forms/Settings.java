package de.magdeburg.integration.netzwerk.forms;

import de.magdeburg.integration.netzwerk.core.RulesProfile;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What every part of the library is configured with, in one value: the rules (the
 * Geschäftsordnung's profile, all §§), the clock documents are dated with and "today" is taken
 * from, and the limits for reading untrusted PDFs. The builders of {@code Netzwerk},
 * {@code Documents} and {@link DeclarationForm} all hold one {@code Settings}, so the three can be
 * configured alike ({@code settings(...)}) and an instance tells its settings back.
 *
 * <pre>{@code
 * Settings settings = Settings.defaults().withClock(Clock.fixed(instant, ZoneId.of("Europe/Berlin")));
 * DeclarationForm form = DeclarationForm.builder().settings(settings).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@code withX} return new values.
 */
public final class Settings {
    private static final Settings DEFAULTS = new Settings(RulesProfile.magdeburg2016(), null, ReadLimits.defaults());

    private final RulesProfile profile;
    private final Clock clock; // null: the system clock in the profile's time zone
    private final ReadLimits limits;

    private Settings(RulesProfile profile, Clock clock, ReadLimits limits) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.clock = clock;
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * @return the Magdeburg 2016 rules, the system clock in their time zone (Europe/Berlin) and
     *     {@link ReadLimits#defaults()}
     */
    public static Settings defaults() {
        return DEFAULTS;
    }

    /** @return the rules; not null */
    public RulesProfile profile() {
        return profile;
    }

    /**
     * @return the clock; unless one was set, the system clock in the {@linkplain RulesProfile#timeZone()
     *     profile's time zone}, so that at 00:30 in Berlin "today" is Berlin's day
     */
    public Clock clock() {
        return clock != null ? clock : profile.systemClock();
    }

    /** @return the bounds for reading untrusted PDFs; not null */
    public ReadLimits limits() {
        return limits;
    }

    /** @return today by {@link #clock()} */
    public LocalDate today() {
        return LocalDate.now(clock());
    }

    /**
     * @param value the rules; not null
     * @return these settings with other rules (a default clock follows their time zone)
     */
    public Settings withProfile(RulesProfile value) {
        return new Settings(value, clock, limits);
    }

    /**
     * @param value the clock; not null; a fixed clock makes every document reproducible byte for byte
     * @return these settings with that clock
     */
    public Settings withClock(Clock value) {
        return new Settings(profile, Objects.requireNonNull(value, "clock"), limits);
    }

    /**
     * @param value the reading limits; not null
     * @return these settings with those limits
     */
    public Settings withLimits(ReadLimits value) {
        return new Settings(profile, clock, value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Settings s && profile.equals(s.profile) && Objects.equals(clock, s.clock)
                && limits.equals(s.limits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(profile, clock, limits);
    }

    @Override
    public String toString() {
        return "Settings[" + profile.id() + ", " + clock() + ", " + limits + "]";
    }
}
