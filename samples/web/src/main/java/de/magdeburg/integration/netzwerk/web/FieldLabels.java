package de.magdeburg.integration.netzwerk.web;

import de.magdeburg.integration.netzwerk.core.DeclarationField;
import org.springframework.stereotype.Component;

/**
 * The form's field names (public API, English) as the German captions a partner sees on the form,
 * for the templates ({@code @fieldLabels.label(f.field)}); the captions are the library's
 * {@link DeclarationField}, so the sample does not type the contract again.
 */
@Component("fieldLabels")
public class FieldLabels {
    /**
     * @param field a field name from a finding; may be empty or null
     * @return its German caption, or the name itself when it is no field of the form
     */
    public String label(String field) {
        return DeclarationField.captionOf(field);
    }
}
