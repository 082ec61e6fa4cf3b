package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Production has no default password: without a configured hash the application does not start. */
class ProductionProfileTest {
    @Test
    void productionWithoutPasswordHashRefusesToStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(WebSampleApplication.class)
                .profiles("prod")
                .properties("server.port=0", "spring.datasource.url=jdbc:h2:mem:prod;DB_CLOSE_DELAY=-1")
                .run().close())
                .hasRootCauseMessage("netzwerk.web.coordinator.password-hash is not set: configure the "
                        + "coordinator's BCrypt hash (production has no default password), or start with the "
                        + "'sample' profile for a one-time password");
    }
}
