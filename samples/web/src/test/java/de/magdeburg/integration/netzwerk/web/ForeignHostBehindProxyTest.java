package de.magdeburg.integration.netzwerk.web;

import org.springframework.test.context.TestPropertySource;

/** {@link ForeignHostTest} with the proxy headers believed, as the {@code prod} profile does behind the city's proxy. */
@TestPropertySource(properties = {
    "server.forward-headers-strategy=native",
    "spring.datasource.url=jdbc:h2:mem:foreign_host_proxy;DB_CLOSE_DELAY=-1",
})
class ForeignHostBehindProxyTest extends ForeignHostTest {
}
