package de.magdeburg.integration.netzwerk.core;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a caller gives the rules of {@link Rules} to evaluate: always the profile, and, where the
 * caller has them, today, the effective day, the register and the form's font. A rule that needs
 * what the context lacks is not evaluated ({@link Rule#needs()}).
 *
 * <p>Immutable and thread-safe if the font function is.
 */
public final class RuleContext {
    private final RulesProfile profile;
    private final LocalDate today;
    private final LocalDate effectiveDay;
    private final Register register;
    private final UnaryOperator<String> formFont;

    private RuleContext(RulesProfile profile, LocalDate today, LocalDate effectiveDay, Register register,
            UnaryOperator<String> formFont) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.today = today;
        this.effectiveDay = effectiveDay;
        this.register = register;
        this.formFont = formFont;
    }

    /**
     * @param profile the rules; not null
     * @return a context with the profile only
     */
    public static RuleContext of(RulesProfile profile) {
        return new RuleContext(profile, null, null, null, null);
    }

    /**
     * @param value today in the profile's {@linkplain RulesProfile#timeZone() time zone}; not null
     * @return a copy with it
     */
    public RuleContext withToday(LocalDate value) {
        return new RuleContext(profile, Objects.requireNonNull(value, "today"), effectiveDay, register, formFont);
    }

    /**
     * @param value the day a declaration or change takes effect; not null
     * @return a copy with it
     */
    public RuleContext withEffectiveDay(LocalDate value) {
        return new RuleContext(profile, today, Objects.requireNonNull(value, "effectiveDay"), register, formFont);
    }

    /**
     * @param value the register of partners; not null
     * @return a copy with it
     */
    public RuleContext withRegister(Register value) {
        return new RuleContext(profile, today, effectiveDay, Objects.requireNonNull(value, "register"), formFont);
    }

    /**
     * @param missing for a value, the characters of it the declaration form's font cannot show,
     *     empty if it shows all; not null
     * @return a copy with it
     */
    public RuleContext withFormFont(UnaryOperator<String> missing) {
        return new RuleContext(profile, today, effectiveDay, register, Objects.requireNonNull(missing, "formFont"));
    }

    /** @return the rules; not null */
    public RulesProfile profile() {
        return profile;
    }

    /** @return today in the profile's time zone, if the caller has a clock */
    public Optional<LocalDate> today() {
        return Optional.ofNullable(today);
    }

    /** @return the day the subject takes effect, if known */
    public Optional<LocalDate> effectiveDay() {
        return Optional.ofNullable(effectiveDay);
    }

    /** @return the register, if the caller has one */
    public Optional<Register> register() {
        return Optional.ofNullable(register);
    }

    /** @return the form font's test for characters it cannot show, if the caller has the form */
    public Optional<UnaryOperator<String>> formFont() {
        return Optional.ofNullable(formFont);
    }

    /** @return what this context gives, as {@link Rule#needs()} names it; not null */
    public Set<Rule.Need> available() {
        Set<Rule.Need> out = EnumSet.of(Rule.Need.PROFILE);
        if (today != null) {
            out.add(Rule.Need.TODAY);
        }
        if (effectiveDay != null) {
            out.add(Rule.Need.EFFECTIVE_DAY);
        }
        if (register != null) {
            out.add(Rule.Need.REGISTER);
        }
        if (formFont != null) {
            out.add(Rule.Need.FORM_FONT);
        }
        return out;
    }
}
