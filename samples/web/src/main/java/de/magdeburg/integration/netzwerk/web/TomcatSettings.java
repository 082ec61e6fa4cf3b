package de.magdeburg.integration.netzwerk.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * What Tomcat answers before the application sees a request: its own error pages (400 for a
 * malformed request line or header) carry the same security headers as every page (issue 23:
 * Tomcat's 400 page carried none); and a refused upload's connection can be closed without
 * reading the rest of its body.
 */
@Component
class TomcatSettings implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    /**
     * A request attribute: close the connection after the answer without reading the rest of the
     * request's body. Tomcat otherwise reads up to {@code server.tomcat.max-swallow-size} of a
     * refused upload, on the request's thread, as slowly as the sender sends it.
     */
    static final String DROP_CONNECTION = TomcatSettings.class.getName() + ".dropConnection";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new SecurityHeaders());
    }

    /**
     * Sets the headers before anything else answers, so also on the pages Tomcat writes itself;
     * Spring Security writes the same values (it leaves a header that is already set).
     */
    static final class SecurityHeaders extends ValveBase {
        SecurityHeaders() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            for (Map.Entry<String, String> h : SecurityConfig.HEADERS.entrySet()) {
                response.setHeader(h.getKey(), h.getValue());
            }
            getNext().invoke(request, response);
            if (Boolean.TRUE.equals(request.getAttribute(DROP_CONNECTION))) {
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        }
    }
}
