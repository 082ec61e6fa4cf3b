package de.magdeburg.integration.netzwerk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import io.github.bucket4j.TimeMeter;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login throttling per account and per client address, with a delay that grows: each failed
 * login takes a token from both; the first few failures cost nothing, then one attempt per
 * minute, then per hour, then per day is left. While either is empty, a login is refused with 429
 * and {@code Retry-After} before the password is even checked — also the right one, so guessing
 * cannot continue by waiting for a "yes".
 */
@Component
class LoginThrottle {
    /** Request attribute carrying the German message to the login page. */
    static final String MESSAGE = "netzwerk.login.blocked";
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private final ClientBuckets perAccount;
    private final ClientBuckets perClient;

    LoginThrottle() {
        this(TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** @param time the buckets' clock; tests pass their own */
    LoginThrottle(TimeMeter time) {
        perAccount = new ClientBuckets(List.of(
                ClientBuckets.limit(5, Duration.ofMinutes(1)),
                ClientBuckets.limit(20, Duration.ofHours(1)),
                ClientBuckets.limit(100, Duration.ofDays(1))), Duration.ofDays(1), time);
        perClient = new ClientBuckets(List.of(
                ClientBuckets.limit(10, Duration.ofMinutes(1)),
                ClientBuckets.limit(50, Duration.ofHours(1)),
                ClientBuckets.limit(200, Duration.ofDays(1))), Duration.ofDays(1), time);
    }

    /**
     * Counts a failed login.
     *
     * @param account the user name as typed
     * @param client the client's address
     */
    void failed(String account, String client) {
        perAccount.record(normalise(account));
        perClient.record(client);
    }

    /**
     * @param account the user name as typed
     * @param client the client's address
     * @throws TooManyRequestsException if the account or the client has to wait
     */
    void check(String account, String client) {
        perAccount.check(normalise(account), "");
        perClient.check(client, "");
    }

    /** @return the filter that refuses throttled logins; it goes before the login filter */
    OncePerRequestFilter filter(String loginUrl) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if ("POST".equals(request.getMethod()) && loginUrl.equals(request.getServletPath())) {
                    try {
                        check(request.getParameter("username"), request.getRemoteAddr());
                    } catch (TooManyRequestsException e) {
                        long seconds = e.retryAfterSeconds();
                        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                        request.setAttribute(MESSAGE, message(seconds));
                        request.getRequestDispatcher(loginUrl + "/gesperrt").forward(request, response);
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** @return the failure handler: counts the failure, then shows the login page with its error */
    AuthenticationFailureHandler failureHandler(String failureUrl) {
        var show = new SimpleUrlAuthenticationFailureHandler(failureUrl);
        // the page says so from ?error: a wrong password starts no session (and no session row)
        show.setAllowSessionCreation(false);
        return (request, response, exception) -> {
            failed(request.getParameter("username"), request.getRemoteAddr());
            LOG.info("failed login from {}", request.getRemoteAddr());
            show.onAuthenticationFailure(request, response, exception);
        };
    }

    private static String normalise(String name) {
        // one bucket per spelling would let an attacker multiply the attempts
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    static String message(long seconds) {
        long minutes = (seconds + 59) / 60;
        String wait = minutes <= 1 ? "einer Minute" : minutes < 120 ? minutes + " Minuten"
                : ((minutes + 59) / 60) + " Stunden";
        return "Zu viele fehlgeschlagene Anmeldeversuche. Die Anmeldung ist vorübergehend gesperrt – bitte "
                + "versuchen Sie es in " + wait + " erneut.";
    }
}
