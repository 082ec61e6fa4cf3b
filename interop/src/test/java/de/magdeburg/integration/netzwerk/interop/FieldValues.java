package de.magdeburg.integration.netzwerk.interop;

import de.magdeburg.integration.netzwerk.core.Declaration;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A declaration as the field values a partner's tool types into the form, written down from the
 * public field contract in DESIGN.md (not from the forms module), so that a drift between the two
 * shows up as a failing interop test.
 *
 * @param texts text field name to value, in form order; empty string for an empty field
 * @param checkboxes checkbox field name to checked
 * @param request export value of the {@code request} radio group; null for a document without it
 *     (the attendance sheet)
 */
record FieldValues(Map<String, String> texts, Map<String, Boolean> checkboxes, String request) {

    /** Working group ids of the Magdeburg 2016 profile, in the profile's order. */
    static final List<String> GROUPS = List.of("work_and_training", "interculture_and_social", "language");

    /** Checkbox on-state of the contract. */
    static final String ON = "Yes";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT);

    FieldValues {
        texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        checkboxes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(checkboxes));
    }

    static FieldValues of(Declaration d) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("organisation_name", d.organisation().name());
        t.put("organisation_street", d.organisation().street());
        t.put("organisation_postal_code", d.organisation().postalCode());
        t.put("organisation_city", d.organisation().city());
        t.put("last_name", d.representative().lastName());
        t.put("first_name", d.representative().firstName());
        t.put("function", d.representative().function());
        t.put("phone", d.representative().phone());
        t.put("email", d.representative().email());
        t.put("place", d.place());
        t.put("date", d.date() == null ? "" : DATE.format(d.date()));
        t.put("signatory_name", d.signatoryName());
        Map<String, Boolean> c = new LinkedHashMap<>();
        c.put("list_on_portal", d.listOnPortal());
        for (String g : GROUPS) {
            c.put("wg_" + g, d.workingGroups().contains(g));
        }
        c.put("cross_group_meetings", d.crossGroupMeetings());
        return new FieldValues(t, c, d.request().name().toLowerCase(Locale.ROOT));
    }

    /** @return the attendance sheet's boxes {@code present_N} of {@code rows} rows, ticked where {@code ticked} */
    static FieldValues sheet(int rows, java.util.Set<Integer> ticked) {
        Map<String, Boolean> c = new LinkedHashMap<>();
        for (int i = 0; i < rows; i++) {
            c.put("present_" + i, ticked.contains(i));
        }
        return new FieldValues(Map.of(), c, null);
    }

    /** @return every field as the string a form filler sends: checkbox {@code Yes}/{@code Off} */
    Map<String, String> asStrings() {
        Map<String, String> all = new LinkedHashMap<>();
        if (request != null) {
            all.put("request", request);
        }
        all.putAll(texts);
        checkboxes.forEach((k, v) -> all.put(k, v ? ON : "Off"));
        return all;
    }
}
