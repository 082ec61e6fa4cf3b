package de.magdeburg.integration.netzwerk.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a machine client by the API key in {@code Authorization: Bearer nzk_…}. No key:
 * the request goes on anonymous (public endpoints answer, the others 401). A key that is unknown,
 * malformed or revoked: 401 at once, never anonymous — a client with a broken key must notice.
 */
final class ApiKeyFilter extends OncePerRequestFilter {
    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;
    private final Problems problems;

    ApiKeyFilter(ApiKeys keys, Problems problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiKeys.Client> client = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? keys.authenticate(header.substring(BEARER.length()).strip()) : Optional.empty();
        if (client.isEmpty()) {
            problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", UNKNOWN_KEY));
            return;
        }
        var token = new PreAuthenticatedAuthenticationToken(client.get(), null, client.get().scopes().stream()
                .map(s -> new SimpleGrantedAuthority(s.authority())).toList());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static final String UNKNOWN_KEY = "Der API-Schlüssel ist unbekannt oder widerrufen. / The API key is unknown or "
            + "revoked.";
}
