package de.magdeburg.integration.netzwerk.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.coyote.InputBuffer;
import org.apache.tomcat.util.net.ApplicationBufferHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A total time limit for reading one request's body ({@code netzwerk.web.upload-body-limit},
 * default 10 minutes: a 20 MB upload at 270 kbit/s, a slow mobile line). Tomcat's read timeout
 * ({@code server.tomcat.connection-timeout}) ends a sender that pauses; a sender that trickles one
 * byte every few seconds never pauses that long and would hold a thread and an upload slot for as
 * long as it likes (issue 23). Past the limit the next read fails: the multipart parsing stops and
 * deletes its temporary file, {@link UploadAdmission} frees the client's slot, the sender gets 400
 * (the multipart body could not be read) and its connection is closed without reading the rest.
 *
 * <p>The limit is checked whenever bytes arrive, so a trickling sender is cut at the first byte
 * after the limit; one that then sends nothing more is cut by the read timeout.
 */
@Component
class UploadBodyDeadline implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    private static final Logger LOG = LoggerFactory.getLogger(UploadBodyDeadline.class);

    private final Duration limit;

    UploadBodyDeadline(@Value("${netzwerk.web.upload-body-limit:10m}") Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("netzwerk.web.upload-body-limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new Valve(limit));
    }

    /** Puts a deadline between Tomcat's request and its connection's input for one request. */
    static final class Valve extends ValveBase {
        private final long limitNanos;

        Valve(Duration limit) {
            super(true);
            this.limitNanos = limit.toNanos();
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            org.apache.coyote.Request coyote = request.getCoyoteRequest();
            InputBuffer original = coyote.getInputBuffer();
            Limited limited = new Limited(original, System.nanoTime() + limitNanos);
            coyote.setInputBuffer(limited);
            try {
                getNext().invoke(request, response);
            } finally {
                // the processor and its request are recycled for the connection's next request
                coyote.setInputBuffer(original);
            }
            if (limited.expired) {
                LOG.info("request body cut after {} s: {} {} from {}", limitNanos / 1_000_000_000L,
                        request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
                coyote.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        }
    }

    /** The connection's input, failing every read after the deadline. */
    static final class Limited implements InputBuffer {
        private final InputBuffer input;
        private final long deadline;
        volatile boolean expired;

        Limited(InputBuffer input, long deadline) {
            this.input = input;
            this.deadline = deadline;
        }

        @Override
        public int doRead(ApplicationBufferHandler handler) throws IOException {
            if (expired || System.nanoTime() - deadline > 0) {
                expired = true;
                throw new IOException("request body not complete within netzwerk.web.upload-body-limit");
            }
            return input.doRead(handler);
        }

        @Override
        public int available() {
            return input.available();
        }
    }
}
