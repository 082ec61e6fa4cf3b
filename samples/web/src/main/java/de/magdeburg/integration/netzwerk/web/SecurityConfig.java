package de.magdeburg.integration.netzwerk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Partners need no login; everything under {@code /koordination} needs the coordinator's. CSRF
 * protection stays on for every form and for the page's fetch. HSTS is Spring Security's default
 * and is sent on requests that arrived by HTTPS — behind a TLS proxy that is what the forwarded
 * headers say ({@code server.forward-headers-strategy} in the {@code prod} profile).
 */
@Configuration
public class SecurityConfig {
    /**
     * No inline script or style; the pdf.js worker is a same-origin module; pdf.js draws pages into
     * canvases and may load fonts from blob: or data: URLs.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; font-src 'self' data: blob:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=()";

    /** The headers every answer carries, also Tomcat's own error pages ({@link TomcatSettings}). */
    static final java.util.Map<String, String> HEADERS = java.util.Map.of("Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy", "same-origin",
            "Permissions-Policy", PERMISSIONS);

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/koordination/**").hasRole("COORDINATOR")
                        .anyRequest().permitAll())
                .formLogin(f -> f.loginPage("/anmelden").defaultSuccessUrl("/koordination", true)
                        .failureHandler(throttle.failureHandler("/anmelden?error")).permitAll())
                .addFilterBefore(throttle.filter("/anmelden"), UsernamePasswordAuthenticationFilter.class)
                // no saved request: a login always lands on /koordination (defaultSuccessUrl above,
                // alwaysUse), so saving the page an anonymous visitor asked for would only store a
                // session row per GET for nobody (issue 23: 2 000 GETs, 2 005 rows); reading a page
                // starts no session, also under /koordination
                .requestCache(c -> c.requestCache(new NullRequestCache()))
                // a relative Location: the Host and X-Forwarded-Host headers a client sends never
                // become a link to another site (Tomcat's own redirects are relative as well:
                // server.tomcat.use-relative-redirects)
                .exceptionHandling(e -> e.authenticationEntryPoint(loginPage()))
                // the token in a cookie, not the session: reading the pages creates no session (and
                // no session row with several instances); the partner's session starts with an upload
                .csrf(c -> c.csrfTokenRepository(csrfCookie()))
                .addFilterAfter(SecurityConfig::csrfCookieEarly, CsrfFilter.class)
                .logout(l -> l.logoutUrl("/abmelden").logoutSuccessUrl("/"))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny())
                        .permissionsPolicyHeader(p -> p.policy(PERMISSIONS)));
        return http.build();
    }

    private static LoginUrlAuthenticationEntryPoint loginPage() {
        LoginUrlAuthenticationEntryPoint entry = new LoginUrlAuthenticationEntryPoint("/anmelden");
        entry.setFavorRelativeUris(true);
        return entry;
    }

    /**
     * The token is deferred and would first be read while the page is written — after the
     * response is committed, too late for its cookie; reading it here sets the cookie in time.
     */
    private static void csrfCookieEarly(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }

    private static CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();
        cookie.setCookieCustomizer(c -> c.sameSite("Strict"));
        // the name the page's script and the session repository have always used
        cookie.setHeaderName("X-CSRF-TOKEN");
        return cookie;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService users(CoordinatorAccount account, PasswordEncoder encoder, OneTimePassword oneTime) {
        String hash;
        if (account.hasHash()) {
            hash = account.passwordHash().replaceFirst("^\\{bcrypt}", "");
        } else if (account.oneTimePassword()) {
            hash = encoder.encode(oneTime.password());
        } else {
            throw new IllegalStateException("netzwerk.web.coordinator.password-hash is not set: configure the "
                    + "coordinator's BCrypt hash (production has no default password), or start with the "
                    + "'sample' profile for a one-time password");
        }
        return new InMemoryUserDetailsManager(User.withUsername(account.username()).password(hash)
                .roles("COORDINATOR").build());
    }
}
