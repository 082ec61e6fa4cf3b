package de.magdeburg.integration.netzwerk.web.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a machine client's API key allows, one scope per task (issue 27). A key has the scopes its
 * system needs and no more: a city portal that hands out forms gets {@code forms} and
 * {@code declarations:submit}, never {@code register:apply}, which changes the register the
 * coordinator keeps (§1(3), GO-1.3).
 */
public enum ApiScope {
    /** The blank and the pre-filled declaration form (§1(2), Anlage). */
    FORMS("forms"),
    /** Validating and submitting a filled declaration (§1(2)). */
    DECLARATIONS_SUBMIT("declarations:submit"),
    /** Reading received declarations and applying them to the register: the coordinator's task (§1(3)). */
    REGISTER_APPLY("register:apply"),
    /** The register, the partner overview and the mailing lists: personal data (§1(3), §1(4)). */
    REGISTER_READ("register:read"),
    /** The printable documents: attendance sheet, invitation, minutes, work plan (§1(4), §5(1)). */
    DOCUMENTS("documents"),
    /** Publishing, changing and cancelling meetings in the calendar feeds (§5(2)). */
    MEETINGS("meetings:write");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    /** @return the scope as clients write it, e.g. {@code register:apply} */
    public String value() {
        return value;
    }

    /** @return the Spring Security authority of the scope, {@code SCOPE_register:apply} */
    public String authority() {
        return "SCOPE_" + value;
    }

    /** @return the scope a client writes as {@code value}, empty for an unknown one */
    public static Optional<ApiScope> find(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
