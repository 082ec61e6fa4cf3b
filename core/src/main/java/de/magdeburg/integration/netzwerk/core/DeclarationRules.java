package de.magdeburg.integration.netzwerk.core;

import static de.magdeburg.integration.netzwerk.core.DeclarationField.CROSS_GROUP_MEETINGS;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.DATE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.EMAIL;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.FIRST_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.LAST_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_CITY;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_POSTAL_CODE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_STREET;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.PHONE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.PLACE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.SIGNATORY_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.SIGNATURE;

import de.magdeburg.integration.netzwerk.core.Rule.Need;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The declaration rules (§1(2), Anlage) behind
 * {@link Rules#checkDeclaration(RuleContext, Declaration)}: one ordered list of checks, each
 * naming its rule and what it needs, so every path that judges a declaration (register, form
 * reading, facade, command line, web sample) runs the same list and gets the findings in the same
 * order — the form's fields first, then the effective day, today and the font.
 */
final class DeclarationRules {
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE_NUMBER = Pattern.compile("\\+?[0-9 ()/.\\-]{5,40}");

    /** One check of a declaration: its rule, what it needs, and what it adds to the findings. */
    record Check(Rule rule, Set<Need> needs, Body body) {
        Check {
            needs = Set.copyOf(needs);
            if (!rule.needs().containsAll(needs)) {
                throw new IllegalArgumentException(rule.id() + " does not declare " + needs);
            }
        }
    }

    /** The body of a check. */
    @FunctionalInterface
    interface Body {
        void check(RuleContext context, Declaration declaration, List<Finding> out);
    }

    /** Every check, in the order its findings are reported. */
    static final List<Check> CHECKS = List.of(
            content(Rules.FORM, (c, d, out) -> DeclarationField.textFields().forEach(f -> fits(out, f, d))),
            content(Rules.GO_1_2, (c, d, out) -> {
                boolean entry = d.request() == RequestType.ENTRY;
                required(out, ORGANISATION_NAME, d, true);
                required(out, ORGANISATION_STREET, d, entry);
                required(out, ORGANISATION_POSTAL_CODE, d, entry);
                required(out, ORGANISATION_CITY, d, entry);
            }),
            content(Rules.FORM, (c, d, out) -> {
                String code = ORGANISATION_POSTAL_CODE.valueIn(d);
                if (!code.isEmpty() && !POSTAL_CODE.matcher(code).matches()) {
                    out.add(Rules.FORM.finding(ORGANISATION_POSTAL_CODE.fieldName(), "format.postalCode", code));
                }
            }),
            content(Rules.GO_1_2, (c, d, out) -> {
                boolean entry = d.request() == RequestType.ENTRY;
                required(out, LAST_NAME, d, entry);
                required(out, FIRST_NAME, d, entry);
                required(out, EMAIL, d, entry);
            }),
            content(Rules.FORM, (c, d, out) -> {
                String phone = PHONE.valueIn(d);
                if (!phone.isEmpty() && (!PHONE_NUMBER.matcher(phone).matches()
                        || phone.chars().filter(Character::isDigit).count() < 5)) {
                    out.add(Rules.FORM.finding(PHONE.fieldName(), "format.phone", phone));
                }
                String email = EMAIL.valueIn(d);
                if (!email.isEmpty() && !EMAIL_ADDRESS.matcher(email).matches()) {
                    out.add(Rules.FORM.finding(EMAIL.fieldName(), "format.email", email));
                }
            }),
            content(Rules.GO_4_1, (c, d, out) -> d.workingGroups().stream()
                    // a group founded later (§ 4 Abs. 2) is known to the register, not to the profile
                    .filter(id -> c.profile().findWorkingGroup(id).isEmpty() && c.register()
                            .map(r -> r.foundedGroups().stream().noneMatch(g -> g.groupId().equals(id))).orElse(true))
                    .forEach(id -> out.add(Rules.GO_4_1.finding(DeclarationField.workingGroupField(id),
                            "workingGroup.unknown", id)))),
            content(Rules.GO_1_2, (c, d, out) -> {
                if (d.request() == RequestType.ENTRY && d.workingGroups().isEmpty() && !d.crossGroupMeetings()) {
                    out.add(Rules.GO_1_2.finding(CROSS_GROUP_MEETINGS.fieldName(), "required.workingGroup"));
                }
                if (d.place().isEmpty()) {
                    out.add(Rules.GO_1_2.finding(Severity.WARNING, PLACE.fieldName(), "missing.place"));
                }
                if (d.date() == null) {
                    out.add(Rules.GO_1_2.finding(Severity.WARNING, DATE.fieldName(), "missing.date"));
                }
            }),
            content(Rules.GO_6, (c, d, out) -> {
                // a declaration accepts the rules (Anlage: "erkenne … an"); it cannot predate their adoption
                if (d.date() != null && d.date().isBefore(c.profile().versionDate())) {
                    out.add(Rules.GO_6.finding(DATE.fieldName(), "go6.declarationBeforeAdoption",
                            RuleChecks.day(d.date()), RuleChecks.day(c.profile().versionDate())));
                }
            }),
            content(Rules.GO_1_2, (c, d, out) -> {
                required(out, SIGNATORY_NAME, d, true);
                if (d.signature() == SignatureStatus.SIGNED_INVALID) {
                    out.add(Rules.GO_1_2.finding(Severity.WARNING, SIGNATURE.fieldName(), "signature.invalid"));
                }
            }),
            new Check(Rules.GO_1_2, Set.of(Need.EFFECTIVE_DAY), (c, d, out) -> {
                var on = c.effectiveDay().orElseThrow();
                if (d.date() != null && d.date().isAfter(on)) {
                    out.add(Rules.GO_1_2.finding(DATE.fieldName(), "go12.signedAfterEffective",
                            RuleChecks.day(d.date()), RuleChecks.day(on)));
                }
            }),
            // a partner types the date by hand: a day after today is a typing error, not a breach
            new Check(Rules.FORM, Set.of(Need.TODAY), (c, d, out) -> {
                if (d.date() != null && d.date().isAfter(c.today().orElseThrow())) {
                    out.add(Rules.FORM.finding(Severity.WARNING, DATE.fieldName(), "format.dateInFuture",
                            d.date().toString()));
                }
            }),
            new Check(Rules.FONT, Set.of(Need.FORM_FONT), DeclarationRules::unprintable));

    private DeclarationRules() {
    }

    private static Check content(Rule rule, Body body) {
        return new Check(rule, Set.of(), body);
    }

    static List<Finding> check(RuleContext context, Declaration d) {
        Set<Need> available = context.available();
        List<Finding> out = new ArrayList<>();
        for (Check check : CHECKS) {
            if (available.containsAll(check.needs())) {
                check.body().check(context, d, out);
            }
        }
        return List.copyOf(out);
    }

    /**
     * A value longer than its form field ({@link DeclarationField#maxLength()}) could never be
     * printed on the declaration form, so the register must not take it either — whichever path it
     * came by (JSON, API, a form read back, which cuts and reports it itself). The postal code's own
     * rule (exactly five digits) already refuses a longer one.
     */
    private static void fits(List<Finding> out, DeclarationField field, Declaration d) {
        String value = field.valueIn(d);
        if (field != ORGANISATION_POSTAL_CODE && field != DATE && value.length() > field.maxLength()) {
            out.add(Rules.FORM.finding(field.fieldName(), "format.tooLong", field.caption(), value.length(),
                    field.maxLength()));
        }
    }

    private static void required(List<Finding> out, DeclarationField field, Declaration d, boolean required) {
        if (required && field.valueIn(d).isEmpty()) {
            out.add(Rules.GO_1_2.finding(field.fieldName(), "required." + field.fieldName()));
        }
    }

    /**
     * A WARNING for every field whose value has characters the form's font cannot draw (Chinese,
     * Japanese, Korean, Ethiopic …): the value is stored and read back exactly, but the form shows
     * „�“ in their place, so a printout of it would lose the name. The printed documents have fonts
     * for these scripts; the form does not carry them (several megabytes in every form).
     */
    private static void unprintable(RuleContext context, Declaration d, List<Finding> out) {
        UnaryOperator<String> font = context.formFont().orElseThrow();
        for (DeclarationField field : DeclarationField.textFields()) {
            if (field == DATE) {
                continue;
            }
            String value = field.valueIn(d);
            String missing = font.apply(value);
            if (!missing.isEmpty()) {
                out.add(Rules.FONT.finding(field.fieldName(), "font.missing", field.fieldName(), value, missing));
            }
        }
    }
}
