package de.magdeburg.integration.netzwerk.web.api;

import static de.magdeburg.integration.netzwerk.web.api.ApiScope.DECLARATIONS_SUBMIT;
import static de.magdeburg.integration.netzwerk.web.api.ApiScope.DOCUMENTS;
import static de.magdeburg.integration.netzwerk.web.api.ApiScope.FORMS;
import static de.magdeburg.integration.netzwerk.web.api.ApiScope.MEETINGS;
import static de.magdeburg.integration.netzwerk.web.api.ApiScope.REGISTER_APPLY;
import static de.magdeburg.integration.netzwerk.web.api.ApiScope.REGISTER_READ;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Security of the HTTP API under {@code /api/}: its own filter chain, ordered before the pages'
 * one. Machine clients authenticate with a scoped API key ({@link ApiKeyFilter}); no session, no
 * cookie, so no CSRF token either (a browser never sends the key by itself). Each path needs the
 * scope of its task; a path without a rule here is refused, so a new endpoint is never public by
 * mistake. 401 and 403 come as problem details.
 */
@Configuration
class ApiSecurityConfig {
    /** What answers without a key: nothing the portal consent does not allow to publish. */
    static final String[] PUBLIC = {"/api/v1/openapi.json", "/api/v1/portal-listing", "/api/v1/calendars/**",
        "/api/v1/oparl", "/api/v1/oparl/**"};

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeys keys, Problems problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, PUBLIC).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/declarations/blank").hasAuthority(FORMS.authority())
                        .requestMatchers(HttpMethod.POST, "/api/v1/declarations/prefilled")
                                .hasAuthority(FORMS.authority())
                        .requestMatchers(HttpMethod.POST, "/api/v1/declarations", "/api/v1/declarations/validation")
                                .hasAuthority(DECLARATIONS_SUBMIT.authority())
                        .requestMatchers(HttpMethod.GET, "/api/v1/declarations/*")
                                .hasAuthority(REGISTER_APPLY.authority())
                        .requestMatchers(HttpMethod.POST, "/api/v1/declarations/*/application")
                                .hasAuthority(REGISTER_APPLY.authority())
                        .requestMatchers(HttpMethod.GET, "/api/v1/register", "/api/v1/register/**")
                                .hasAuthority(REGISTER_READ.authority())
                        .requestMatchers(HttpMethod.POST, "/api/v1/documents/*").hasAuthority(DOCUMENTS.authority())
                        .requestMatchers(HttpMethod.PUT, "/api/v1/meetings/*").hasAuthority(MEETINGS.authority())
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/meetings/*").hasAuthority(MEETINGS.authority())
                        .anyRequest().denyAll())
                .addFilterBefore(new ApiKeyFilter(keys, problems), AnonymousAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.requestCache(new NullRequestCache()))
                .csrf(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> problems.write(response,
                                Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized", NO_KEY)))
                        .accessDeniedHandler((request, response, ex) -> problems.write(response,
                                Problems.of(HttpStatus.FORBIDDEN, "forbidden", NO_SCOPE))))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; "
                        + "frame-ancestors 'none'")).frameOptions(f -> f.deny()));
        return http.build();
    }

    static final String NO_KEY = "Dieser Aufruf braucht einen API-Schlüssel (Authorization: Bearer …). / This call "
            + "needs an API key (Authorization: Bearer …).";
    static final String NO_SCOPE = "Der API-Schlüssel hat nicht den Geltungsbereich dieses Aufrufs. / The API key "
            + "lacks the scope this call needs.";
}
