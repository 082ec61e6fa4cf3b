package de.magdeburg.integration.netzwerk.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every action with the sessions in PostgreSQL, as in production with two instances. */
class PostgresSessionInDatabaseTest extends SessionInDatabaseTest {
    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresServer.database("session_in_database"));
        registry.add("spring.datasource.username", () -> "netzwerk");
        registry.add("spring.datasource.password", () -> "");
    }
}
