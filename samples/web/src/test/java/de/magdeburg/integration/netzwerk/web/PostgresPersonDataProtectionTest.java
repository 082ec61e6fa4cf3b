package de.magdeburg.integration.netzwerk.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** GDPR by person on PostgreSQL (its text columns, its byte arrays, its time stamps). */
class PostgresPersonDataProtectionTest extends PersonDataProtectionTest {
    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> PostgresServer.database("person_protection"));
        registry.add("spring.datasource.username", () -> "netzwerk");
        registry.add("spring.datasource.password", () -> "");
    }
}
