package de.magdeburg.integration.netzwerk.core;

import java.util.List;
import java.util.Objects;

/**
 * The result of applying a change to a {@link Register}: the new register and what was found.
 *
 * <p>Immutable. When {@link #findings()} has an ERROR, {@link #register()} is the unchanged register.
 *
 * @param register the register after the change; not null
 * @param findings what the change found; not null
 */
public record RegisterUpdate(Register register, List<Finding> findings) {
    /** Validates. */
    public RegisterUpdate {
        Objects.requireNonNull(register, "register");
        findings = List.copyOf(findings);
    }

    /** @return whether the change was refused because of an ERROR finding */
    public boolean rejected() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
