package de.magdeburg.integration.netzwerk.forms.internal;

import de.magdeburg.integration.netzwerk.core.DeclarationField;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Rules;
import de.magdeburg.integration.netzwerk.core.Severity;
import de.magdeburg.integration.netzwerk.forms.SignatureReading;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The findings about a signature's revision, German and English (§1(2): a signed declaration). */
final class SignatureFindings {
    private SignatureFindings() {
    }

    /**
     * @param reading a signature after which something it does not permit was changed
     * @return a WARNING ({@code GO-1.2}, field {@code signature}) naming the fields and pages changed
     */
    static Finding changedAfter(SignatureReading reading) {
        return new Finding(Severity.WARNING, Rules.GO_1_2.id(), DeclarationField.SIGNATURE.fieldName(), message(reading, Locale.GERMAN),
                message(reading, Locale.ENGLISH));
    }

    private static String message(SignatureReading reading, Locale locale) {
        // English for any English locale, else the German root bundle, never the JVM's default locale
        ResourceBundle bundle = ResourceBundle.getBundle("de.magdeburg.integration.netzwerk.forms.messages",
                "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT);
        boolean german = !"en".equals(locale.getLanguage());
        List<String> what = new ArrayList<>();
        reading.changedFields().forEach(f -> what.add(german ? "„" + f + "“" : "\"" + f + "\""));
        reading.changedPages().forEach(p -> what.add(format(bundle, "signature.page", locale, p)));
        if (what.isEmpty()) {
            what.add(bundle.getString("signature.other"));
        }
        return format(bundle, "signature.changedAfter", locale, reading.signer(), reading.revision(),
                String.join(", ", what));
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
