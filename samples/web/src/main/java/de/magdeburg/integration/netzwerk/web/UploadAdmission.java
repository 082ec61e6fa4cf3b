package de.magdeburg.integration.netzwerk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses an upload that cannot be taken now (client over its share, queue or quota full) before
 * its body is read — before Spring Security and the multipart parsing, which would first write
 * up to 20 MB to a temporary file; Tomcat discards the rest of the body (browsers show an answer
 * only after sending all of it). The partner gets the German message and {@code Retry-After}; the
 * controller checks again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadAdmission extends OncePerRequestFilter {
    private final UploadThrottle throttle;
    private final Intake intake;
    private final UploadsInProgress inProgress;

    UploadAdmission(UploadThrottle throttle, Intake intake, UploadsInProgress inProgress) {
        this.throttle = throttle;
        this.intake = intake;
        this.inProgress = inProgress;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && "/erklaerung".equals(request.getServletPath())) {
            String client = request.getRemoteAddr();
            try {
                intake.admit(request.getContentLengthLong());
                // counted when it starts, not when it is stored: uploads under way count as well
                throttle.count(client);
                try {
                    inProgress.start(client);
                } catch (TooManyRequestsException busy) {
                    // a sender with uploads under way may be one of many slow ones: its connection is
                    // closed after the answer instead of waiting for the rest of its body
                    request.setAttribute(TomcatSettings.DROP_CONNECTION, Boolean.TRUE);
                    throw busy;
                }
            } catch (TooManyRequestsException e) {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
                response.setContentType("text/html;charset=UTF-8");
                response.getOutputStream().write(("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">"
                        + "<title>Datei nicht angenommen</title><link rel=\"stylesheet\" href=\"/css/app.css\"></head>"
                        + "<body><main id=\"inhalt\"><h1>Datei nicht angenommen</h1><p class=\"alert error\" "
                        + "role=\"alert\">" + HtmlUtils.htmlEscape(e.getMessage(), "UTF-8") + "</p><p><a href=\"/erklaerung\">"
                        + "Zurück zum Formular</a></p></main></body></html>\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                inProgress.end(client);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
