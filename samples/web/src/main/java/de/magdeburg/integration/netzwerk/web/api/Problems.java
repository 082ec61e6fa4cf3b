package de.magdeburg.integration.netzwerk.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.magdeburg.integration.netzwerk.core.Finding;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * The API's errors as RFC 9457 problem details ({@code application/problem+json}): a type per kind
 * of problem, a one-line German/English detail, and — where one applies — the rule id of the rules
 * catalogue ({@code rule}), the field ({@code field}) and all findings ({@code findings}).
 *
 * <p>Thread-safe.
 */
@Component
public class Problems {
    /** Base of the problem types: tag URIs (RFC 4151) name a kind, they are not links. */
    static final String TYPE = "tag:integration.magdeburg.de,2026:netzwerk/problem/";

    private final ObjectMapper json;

    Problems(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @param status the HTTP status
     * @param kind the last part of the problem type, e.g. {@code invalid-data}
     * @param detail one line, German then English
     * @return the problem
     */
    static ProblemDetail of(HttpStatus status, String kind, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE + kind));
        return p;
    }

    /**
     * @param groupId what the client named; not null
     * @param field the parameter it came in
     * @return 404 for a working group the profile does not have (GO-4.1: the AGs are the profile's)
     */
    static ApiProblemException unknownGroup(String groupId, String field) {
        ProblemDetail p = of(HttpStatus.NOT_FOUND, "not-found", "Keine Arbeitsgruppe „" + groupId + "“. / No working "
                + "group '" + groupId + "'.");
        p.setProperty("rule", "GO-4.1");
        p.setProperty("field", field);
        return new ApiProblemException(p);
    }

    /** @return the problem with the first error's (else the first finding's) rule and field and all findings */
    static ProblemDetail withFindings(ProblemDetail p, List<Finding> findings) {
        findings.stream().filter(Finding::isError).findFirst().or(() -> findings.stream().findFirst()).ifPresent(f -> {
            p.setProperty("rule", f.rule());
            p.setProperty("field", f.field());
        });
        p.setProperty("findings", findings.stream().map(Problems::finding).toList());
        return p;
    }

    private static Map<String, Object> finding(Finding f) {
        var m = new LinkedHashMap<String, Object>();
        m.put("severity", f.severity().name());
        m.put("rule", f.rule());
        m.put("field", f.field());
        m.put("message", f.message());
        m.put("messageEn", f.messageEn());
        return m;
    }

    /** Writes a problem outside Spring MVC (the security filters). */
    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (problem.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"netzwerk-api\"");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
