package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * No answer ever carries a client's {@code Host}, {@code X-Forwarded-Host} or {@code Forwarded}
 * host (issue 23): every redirect's {@code Location} is relative and no page, error page or Tomcat
 * answer contains the foreign name — over raw sockets, on every kind of answer the application
 * gives (pages, redirects of the login and logout, 400, 403, 404, static files), also behind the
 * proxy ({@link ForeignHostBehindProxyTest}: {@code forward-headers-strategy=native}, where the
 * loopback client is a trusted proxy and its forwarded host is believed).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:foreign_host;DB_CLOSE_DELAY=-1",
})
class ForeignHostTest {
    private static final String PASSWORD = "Fremder-Host-2026";
    private static final String FOREIGN = "angreifer.example";
    private static final String HEADERS = "Host: " + FOREIGN + "\r\nX-Forwarded-Host: " + FOREIGN
            + "\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Port: 8443\r\nForwarded: host=" + FOREIGN
            + ";proto=https\r\nConnection: close\r\n";
    private static final Pattern COOKIE = Pattern.compile("Set-Cookie: ([^=;\r]+=[^;\r]*)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void coordinatorPassword(DynamicPropertyRegistry registry) {
        registry.add("netzwerk.web.coordinator.password-hash", () -> new BCryptPasswordEncoder().encode(PASSWORD));
    }

    @Test
    void noPageRedirectOrErrorAnswerCarriesTheForeignHost() throws IOException {
        for (String path : List.of("/", "/erklaerung", "/erklaerung/formular.pdf", "/anmelden", "/koordination",
                "/koordination/datenschutz", "/koordination/register", "/erklaerung/eingang/ABCDEFGH",
                "/gibt-es-nicht", "/erklaerung?a=<x>", "/css/app.css", "/barrierefreiheit")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\n" + HEADERS + "\r\n");

            assertThat(answer).as(path).startsWith("HTTP/1.1 ").doesNotContainIgnoringCase(FOREIGN);
            assertRelativeLocation(path, answer);
        }
        String forbidden = raw("POST /anmelden HTTP/1.1\r\n" + HEADERS
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\n\r\nx=1");
        assertThat(forbidden).startsWith("HTTP/1.1 403 ").doesNotContainIgnoringCase(FOREIGN);
    }

    @Test
    void loginLogoutAndTheirRedirectsStayRelative() throws IOException {
        java.util.Map<String, String> jar = new java.util.LinkedHashMap<>();
        String login = get("/anmelden", jar);
        String wrong = post("/anmelden", jar, "username=koordination&password=falsch&_csrf=" + first(CSRF, login));
        assertThat(wrong).startsWith("HTTP/1.1 302 ").doesNotContainIgnoringCase(FOREIGN);
        assertRelativeLocation("wrong password", wrong);

        String again = get("/anmelden", jar);
        String right = post("/anmelden", jar, "username=koordination&password=" + PASSWORD + "&_csrf="
                + first(CSRF, again));
        assertThat(right).startsWith("HTTP/1.1 302 ").contains("\r\nLocation: /koordination\r\n")
                .doesNotContainIgnoringCase(FOREIGN);

        String inbox = get("/koordination", jar);
        assertThat(inbox).startsWith("HTTP/1.1 200 ").doesNotContainIgnoringCase(FOREIGN);
        String logout = post("/abmelden", jar, "_csrf=" + first(CSRF, inbox));
        assertThat(logout).startsWith("HTTP/1.1 302 ").doesNotContainIgnoringCase(FOREIGN);
        assertRelativeLocation("logout", logout);
    }

    /** GET with the cookies in {@code jar}; keeps the cookies the answer sets. */
    private String get(String path, java.util.Map<String, String> jar) throws IOException {
        return keep(jar, raw("GET " + path + " HTTP/1.1\r\n" + HEADERS + cookies(jar) + "\r\n"));
    }

    private static String cookies(java.util.Map<String, String> jar) {
        return jar.isEmpty() ? "" : "Cookie: " + String.join("; ", jar.values()) + "\r\n";
    }

    private static String keep(java.util.Map<String, String> jar, String answer) {
        Matcher m = COOKIE.matcher(answer);
        while (m.find()) {
            jar.put(m.group(1).substring(0, m.group(1).indexOf('=')), m.group(1));
        }
        return answer;
    }

    private static void assertRelativeLocation(String what, String answer) {
        Matcher location = Pattern.compile("\r\nLocation: ([^\r]*)\r\n").matcher(answer);
        if (location.find()) {
            assertThat(location.group(1)).as(what).startsWith("/").doesNotStartWith("//");
        }
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(pattern.pattern()).isTrue();
        return m.group(1);
    }

    private String post(String path, java.util.Map<String, String> jar, String form) throws IOException {
        return keep(jar, raw("POST " + path + " HTTP/1.1\r\n" + HEADERS + cookies(jar)
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + form.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + form));
    }

    /** @return the whole answer, headers and body */
    private String raw(String request) throws IOException {
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(20_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
