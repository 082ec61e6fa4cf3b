package de.magdeburg.integration.netzwerk.web;

import org.springframework.stereotype.Component;

/** The password generated for this run when no hash is configured; never logged, printed once. */
@Component
public class OneTimePassword {
    private final String password = CoordinatorAccount.generatePassword();

    String password() {
        return password;
    }
}
