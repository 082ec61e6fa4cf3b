package de.magdeburg.integration.netzwerk.web;

import java.util.Map;
import org.springframework.stereotype.Component;

/** The form's field names (public API, English) as the German labels a partner sees on the form. */
@Component("fieldLabels")
public class FieldLabels {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("request", "Eintrag / Löschung / Änderung"),
            Map.entry("organisation_name", "Name der Organisation"),
            Map.entry("organisation_street", "Straße"),
            Map.entry("organisation_postal_code", "Postleitzahl"),
            Map.entry("organisation_city", "Ort"),
            Map.entry("list_on_portal", "Eintrag im Integrationsportal"),
            Map.entry("last_name", "Name"),
            Map.entry("first_name", "Vorname"),
            Map.entry("function", "Funktion"),
            Map.entry("phone", "Telefon"),
            Map.entry("email", "E-Mail"),
            Map.entry("workingGroups", "Arbeitsgruppen"),
            Map.entry("cross_group_meetings", "arbeitsgruppenübergreifende Treffen"),
            Map.entry("place", "Ort"),
            Map.entry("date", "Datum"),
            Map.entry("signatory_name", "Name der unterzeichnenden Person"),
            Map.entry("signature", "Unterschrift"));

    /** @param field a field name from a finding; may be empty @return its German label, or the name itself */
    public String label(String field) {
        if (field == null) {
            return "";
        }
        if (field.startsWith("wg_")) {
            return "Arbeitsgruppen";
        }
        return LABELS.getOrDefault(field, field);
    }
}
