package de.magdeburg.integration.netzwerk.core;

import static de.magdeburg.integration.netzwerk.core.Rule.Need.EFFECTIVE_DAY;
import static de.magdeburg.integration.netzwerk.core.Rule.Need.FORM_FONT;
import static de.magdeburg.integration.netzwerk.core.Rule.Need.PROFILE;
import static de.magdeburg.integration.netzwerk.core.Rule.Need.REGISTER;
import static de.magdeburg.integration.netzwerk.core.Rule.Need.TODAY;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The registry of rules: every rule the library checks, once. {@code docs/RULES.md} has one row
 * per rule of {@link #all()} ({@code RulesCatalogueTest}), and every path that judges a
 * declaration (register, form reading, facade, command line, web sample) evaluates it through
 * {@link #checkDeclaration(RuleContext, Declaration)}.
 *
 * <p>Callers tell findings apart with {@link Rule#reported(Finding)}, never by comparing ids.
 *
 * <p>Stateless and thread-safe.
 */
public final class Rules {
    /** §1(2): joining by a signed declaration; what it must name. */
    public static final Rule GO_1_2 = new Rule("GO-1.2", "§ 1 Abs. 2", Severity.ERROR,
            Set.of(PROFILE, EFFECTIVE_DAY, REGISTER), Rule.bundled("required.organisation_name",
                    "required.organisation_street", "required.organisation_postal_code", "required.organisation_city",
                    "required.last_name", "required.first_name", "required.email", "required.signatory_name",
                    "required.workingGroup", "read.requestMissing", "missing.place", "missing.date",
                    "signature.invalid", "go12.signedAfterEffective", "register.noOrganisation",
                    "register.alreadyRegistered"));
    /** §1(3): the coordinator keeps the register; a change or deletion needs a partner on it. */
    public static final Rule GO_1_3 = new Rule("GO-1.3", "§ 1 Abs. 3", Severity.ERROR, Set.of(REGISTER),
            Rule.bundled("register.unknownForChange", "register.unknownForDeletion"));
    /** §1(4): a partner absent for a year may be removed. */
    public static final Rule GO_1_4 = new Rule("GO-1.4", "§ 1 Abs. 4", Severity.ERROR,
            Set.of(REGISTER, EFFECTIVE_DAY), Rule.bundled("register.unknownForRemoval"));
    /** §1(5): guests after registration and agreement with the speakers. */
    public static final Rule GO_1_5 = new Rule("GO-1.5", "§ 1 Abs. 5", Severity.ERROR, Set.of(PROFILE),
            Rule.bundled("go15.notRegistered", "go15.registeredAfter", "go15.notApproved", "go15.approvedAfter",
                    "go15.noSpeakerApproved", "go15.noSpeakerApprovedAny", "go15.notASpeaker", "go15.notASpeakerAny", "register.approvedBeforeRegistration", "register.approvedTwice", "register.approverNoSpeaker", "register.guestRegistered", "register.guestUnknown"));
    /** §4(1): the working groups are those of the profile. */
    public static final Rule GO_4_1 = new Rule("GO-4.1", "§ 4 Abs. 1", Severity.ERROR, Set.of(PROFILE),
            Rule.bundled("workingGroup.unknown", "go41.unknownGroup"));
    /** §4(2): a new working group needs five organisations. */
    public static final Rule GO_4_2 = new Rule("GO-4.2", "§ 4 Abs. 2", Severity.ERROR, Set.of(PROFILE),
            Rule.bundled("go42.exists", "go42.noOrganisation", "go42.duplicate", "go42.tooFew"));
    /** §4(3): two speakers per working group, every two years. */
    public static final Rule GO_4_3 = new Rule("GO-4.3", "§ 4 Abs. 3", Severity.ERROR, Set.of(PROFILE),
            Rule.bundled("go43.noTerms", "go43.speakerCount", "go43.speakerCountPeriod", "go43.termTooLong",
                    "go43.termEndingSoon", "go43.termEndsInYear", "go43.vacancy", "register.noPredecessor", "register.noTermToEnd", "register.termEndsAnyway", "register.termOverlaps", "register.unknownGroup"));
    /** §4(3): a speaker's term that ends without a successor before the group's next meeting. */
    public static final Rule GO_4_3B = new Rule("GO-4.3b", "§ 4 Abs. 3", Severity.WARNING, Set.of(PROFILE),
            Rule.bundled("go43b.noSuccessor"));
    /** §5(1): the annual work plan holds the meetings of its year, on the network's working days. */
    public static final Rule GO_5_1 = new Rule("GO-5.1", "§ 5 Abs. 1", Severity.ERROR, Set.of(PROFILE),
            Rule.bundled("go51.meetingOutsideYear", "plan.weekend", "plan.holiday"));
    /** §5(2): at most five meetings of a working group a year. */
    public static final Rule GO_5_2A = new Rule("GO-5.2a", "§ 5 Abs. 2 Satz 1", Severity.ERROR, Set.of(PROFILE),
            Rule.bundled("go52a.tooManyMeetings"));
    /** §5(2): cross-group meetings once or twice a year. */
    public static final Rule GO_5_2B = new Rule("GO-5.2b", "§ 5 Abs. 2 Satz 2", Severity.ERROR, Set.of(PROFILE),
            Rule.bundled("go52b.tooFew", "go52b.moreThanTypical"));
    /** §5(3): the speakers meet the coordinator every quarter. */
    public static final Rule GO_5_3 = new Rule("GO-5.3", "§ 5 Abs. 3", Severity.ERROR, Set.of(PROFILE),
            Rule.bundled("go53.tooFewSpeakersRounds"));
    /** §6: the rules apply from the day they come into force. */
    public static final Rule GO_6 = new Rule("GO-6", "§ 6", Severity.ERROR, Set.of(PROFILE),
            Rule.bundled("go6.beforeInForce", "go6.declarationBeforeAdoption"));
    /** Not a rule of the Geschäftsordnung: the form's content is readable and well-formed. */
    public static final Rule FORM = new Rule("FORM", "Anlage", Severity.ERROR, Set.of(TODAY),
            Rule.bundled("format.postalCode", "format.phone", "format.email", "format.tooLong", "format.dateInFuture",
                    "read.tooLong", "read.date", "read.request", "read.activeContent", "read.xfa", "read.checkbox",
                    "read.buttonConflict", "read.buttonSeveral", "read.buttonValue"));
    /** Not a rule of the Geschäftsordnung: a value the form's font cannot show. */
    public static final Rule FONT = new Rule("FONT", "Anlage", Severity.WARNING, Set.of(FORM_FONT),
            Rule.bundled("font.missing", "font.unprintable"));
    /** Not a rule of the Geschäftsordnung: a printed document must not contradict itself. */
    public static final Rule DOC = new Rule("DOC", "—", Severity.WARNING, Set.of(TODAY),
            Rule.bundled("doc.invitationAfterMeeting"));

    private static final List<Rule> ALL = List.of(GO_1_2, GO_1_3, GO_1_4, GO_1_5, GO_4_1, GO_4_2, GO_4_3,
            GO_4_3B, GO_5_1, GO_5_2A, GO_5_2B, GO_5_3, GO_6, FORM, FONT, DOC);

    /** The checks of a work plan, in the order their findings are reported. */
    private static final List<BiFunction<RuleContext, WorkPlan, List<Finding>>> WORK_PLAN_CHECKS = List.of(
            (context, plan) -> WorkPlanRules.check(context.profile(), plan), SpeakerSuccession::check);

    private Rules() {
    }

    /** @return every rule, in the order of the Geschäftsordnung, then FORM, FONT and DOC; not null */
    public static List<Rule> all() {
        return ALL;
    }

    /**
     * @param id a rule id as findings carry it; may be null
     * @return the rule with that id; empty for null or an unknown id
     */
    public static Optional<Rule> find(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * @param finding any finding; not null
     * @return the rule that reported it
     * @throws InvalidDataException if the finding names no rule of the registry (made by hand)
     */
    public static Rule of(Finding finding) {
        Objects.requireNonNull(finding, "finding");
        return find(finding.rule()).orElseThrow(() -> Text.invalid("finding.rule",
                "ist keine Regel des Katalogs: " + finding.rule(), "is no rule of the catalogue: " + finding.rule()));
    }

    /**
     * Evaluates every declaration rule the context can give what it needs: the content (§1(2),
     * Anlage) always; with {@linkplain RuleContext#effectiveDay() an effective day}, that the
     * declaration was signed by then (GO-1.2); with {@linkplain RuleContext#today() today}, that its
     * date is not in the future (FORM); with {@linkplain RuleContext#formFont() the form's font}, the
     * values it cannot show (FONT).
     *
     * @param context what the caller has; not null
     * @param declaration the declaration; not null
     * @return the findings in the order of the form's fields, then those of the day and the font;
     *     empty when complete and well-formed
     */
    public static List<Finding> checkDeclaration(RuleContext context, Declaration declaration) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(declaration, "declaration");
        return DeclarationRules.check(context, declaration);
    }

    /**
     * Evaluates every rule of an annual work plan (§5(1)); see
     * {@link RuleChecks#checkWorkPlan(RulesProfile, WorkPlan)} for the rules.
     *
     * @param context what the caller has; not null
     * @param plan the plan; not null
     * @return the findings, rule after rule; empty when the plan keeps every rule
     */
    public static List<Finding> checkWorkPlan(RuleContext context, WorkPlan plan) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(plan, "plan");
        List<Finding> out = new ArrayList<>();
        WORK_PLAN_CHECKS.forEach(check -> out.addAll(check.apply(context, plan)));
        return List.copyOf(out);
    }
}
