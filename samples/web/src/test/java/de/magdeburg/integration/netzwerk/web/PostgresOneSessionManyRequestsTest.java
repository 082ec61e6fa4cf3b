package de.magdeburg.integration.netzwerk.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Many requests of one session at once, with the sessions in PostgreSQL. */
class PostgresOneSessionManyRequestsTest extends OneSessionManyRequestsTest {
    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresServer.database("one_session"));
        registry.add("spring.datasource.username", () -> "netzwerk");
        registry.add("spring.datasource.password", () -> "");
    }
}
