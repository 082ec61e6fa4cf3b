package de.magdeburg.integration.netzwerk.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same end-to-end run in Chromium, on PostgreSQL with its Flyway migrations instead of H2. */
class PostgresBrowserEndToEndTest extends BrowserEndToEndTest {
    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresServer.database("e2e"));
        registry.add("spring.datasource.username", () -> "netzwerk");
        registry.add("spring.datasource.password", () -> "");
    }
}
