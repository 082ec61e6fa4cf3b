package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Two application instances (two Spring contexts) on one PostgreSQL database apply declarations
 * at the same time: no update is lost, the loser gets a German message and succeeds on retry, and
 * one file is applied once. A browser's session is served by either instance.
 */
class TwoInstancesTest {
    private static final LocalDate ON = LocalDate.of(2026, 11, 27);
    private static final String PASSWORD = "zwei-instanzen-geheim";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String HASH = new BCryptPasswordEncoder().encode(PASSWORD);
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private final Netzwerk netzwerk = Netzwerk.create();

    @BeforeAll
    static void start() {
        String url = PostgresServer.database("two_instances");
        first = instance(url);
        second = instance(url);
    }

    private static ConfigurableApplicationContext instance(String url) {
        return new SpringApplicationBuilder(WebSampleApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=netzwerk",
                "--spring.datasource.password=", "--netzwerk.web.sample-data=true",
                "--netzwerk.web.coordinator.one-time-password=true",
                "--netzwerk.web.coordinator.password-hash=" + HASH);
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext c : new ConfigurableApplicationContext[] {first, second}) {
            if (c != null) {
                c.close();
            }
        }
    }

    private Received readOn(ConfigurableApplicationContext instance, String organisation) throws Exception {
        Declaration d = Declaration.of(RequestType.ENTRY, new Organisation(organisation, "Breiter Weg 1", "39104",
                        "Magdeburg"))
                .withRepresentative(new Representative("Neumann", "Jana", "Vorstand", "0391 1",
                        "jana@" + organisation.replaceAll("\\W", "").toLowerCase() + ".example"))
                .withWorkingGroups(List.of("language"), false)
                .withSigning("Magdeburg", ON, "Jana Neumann");
        byte[] pdf = netzwerk.prefilledDeclaration(d).bytes();
        Received r = instance.getBean(Intake.class).receive(() -> new ByteArrayInputStream(pdf), pdf.length,
                "UPLOAD");
        Received read = instance.getBean(Intake.class).awaitReading(r);
        assertThat(read.status()).isEqualTo(Received.Status.READ);
        return read;
    }

    private static List<String> names(ConfigurableApplicationContext instance) {
        return instance.getBean(RegisterStore.class).load().partners().stream()
                .map(p -> p.organisation().name()).toList();
    }

    @Test
    void theSecondWriterOfTheSameRegisterVersionGetsAGermanMessageAndNothingIsStored() throws Exception {
        RegisterStore storeA = first.getBean(RegisterStore.class);
        RegisterStore storeB = second.getBean(RegisterStore.class);
        Register seenByA = storeA.load();
        Register seenByB = storeB.load();
        Received a = readOn(first, "Verein Optimistisch A");
        Received b = readOn(second, "Verein Optimistisch B");
        LibraryAdapter library = first.getBean(LibraryAdapter.class);
        Register changedByA = library.apply(seenByA, first.getBean(Intake.class).reading(a).declaration(), ON)
                .register();
        Register changedByB = library.apply(seenByB, second.getBean(Intake.class).reading(b).declaration(), ON)
                .register();

        storeA.append(seenByA, changedByA);
        assertThatThrownBy(() -> storeB.append(seenByB, changedByB))
                .isInstanceOf(RegisterChangedException.class)
                .hasMessage("Das Register wurde gerade an anderer Stelle geändert; Ihre Änderung wurde nicht "
                        + "gespeichert. Bitte prüfen Sie die Angaben und versuchen Sie es erneut.");
        assertThat(names(second)).contains("Verein Optimistisch A").doesNotContain("Verein Optimistisch B");

        // the loser tries again and succeeds
        assertThat(second.getBean(Intake.class).apply(b, ON)).noneMatch(f -> f.isError());
        assertThat(names(first)).contains("Verein Optimistisch A", "Verein Optimistisch B");
    }

    @Test
    void bothInstancesApplyingAtOnceLoseNoUpdate() throws Exception {
        List<Received> onA = new ArrayList<>();
        List<Received> onB = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            onA.add(readOn(first, "Verein Parallel A" + i));
            onB.add(readOn(second, "Verein Parallel B" + i));
        }
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = two.submit(applyAll(first.getBean(Intake.class), onA, together));
            Future<Integer> b = two.submit(applyAll(second.getBean(Intake.class), onB, together));
            a.get();
            b.get();
        } finally {
            two.shutdownNow();
        }
        List<String> names = names(first);
        for (int i = 0; i < 4; i++) {
            assertThat(names).contains("Verein Parallel A" + i, "Verein Parallel B" + i);
        }
        Register register = first.getBean(RegisterStore.class).load();
        assertThat(register.history()).extracting(e -> e.sequence())
                .as("no gap, no duplicate").containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, register.history().size()).boxed().toList());
    }

    /** @return how many times a RegisterChangedException made it try again */
    private static Callable<Integer> applyAll(Intake intake, List<Received> files, CyclicBarrier together) {
        return () -> {
            int retries = 0;
            for (Received r : files) {
                together.await();
                while (true) {
                    try {
                        intake.apply(r, ON);
                        break;
                    } catch (RegisterChangedException e) {
                        retries++;
                    }
                }
            }
            return retries;
        };
    }

    @Test
    void oneFileAppliedFromBothInstancesAtOnceIsAppliedOnce() throws Exception {
        Received r = readOn(first, "Verein Doppelt");
        int before = first.getBean(RegisterStore.class).load().history().size();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        try {
            for (ConfigurableApplicationContext instance : List.of(first, second)) {
                outcomes.add(two.submit(() -> {
                    together.await();
                    try {
                        instance.getBean(Intake.class).apply(r, ON);
                        return "applied";
                    } catch (IllegalStateException | RegisterChangedException e) {
                        return "refused";
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            assertThat(results).containsExactlyInAnyOrder("applied", "refused");
        } finally {
            two.shutdownNow();
        }
        assertThat(first.getBean(RegisterStore.class).load().history()).hasSize(before + 1);
        assertThat(first.getBean(ReceivedStore.class).find(r.id()).orElseThrow().status())
                .isEqualTo(Received.Status.APPLIED);
        List<Partner> named = first.getBean(RegisterStore.class).load().partners().stream()
                .filter(p -> p.organisation().name().equals("Verein Doppelt")).toList();
        assertThat(named).hasSize(1);
    }

    /** The load balancer sends the browser to either instance: one cookie jar, two ports on one host. */
    @Test
    void theCoordinatorLoggedInOnOneInstanceIsServedByTheOtherUntilLoggingOutThere() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI a = base(first);
        URI b = base(second);
        assertThat(send(browser, a.resolve("/koordination"), null).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/anmelden"));

        HttpResponse<String> login = send(browser, a.resolve("/anmelden"), "username=koordination&password="
                + PASSWORD + "&_csrf=" + csrf(browser, a.resolve("/anmelden")));
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/koordination"));
        String cookie = sessionCookie(browser);

        HttpResponse<String> inboxOnB = send(browser, b.resolve("/koordination"), null);
        assertThat(inboxOnB.statusCode()).isEqualTo(200);
        assertThat(inboxOnB.body()).contains("<h1>Eingegangene Erklärungen</h1>");
        assertThat(sessionCookie(browser)).as("the same session, not a new one").isEqualTo(cookie);

        HttpResponse<String> logout = send(browser, b.resolve("/abmelden"), "_csrf="
                + csrf(browser, b.resolve("/koordination")));
        assertThat(logout.statusCode()).isEqualTo(302);
        // the ended session's cookie, as a browser that kept it would send it again
        HttpClient kept = HttpClient.newBuilder().build();
        HttpResponse<String> inboxOnA = kept.send(HttpRequest.newBuilder(a.resolve("/koordination"))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(inboxOnA.statusCode()).isEqualTo(302);
        assertThat(inboxOnA.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/anmelden"));
    }

    private static URI base(ConfigurableApplicationContext instance) {
        return URI.create("http://localhost:" + instance.getEnvironment().getProperty("local.server.port"));
    }

    /** @param form a form to POST, or {@code null} for a GET */
    private static HttpResponse<String> send(HttpClient browser, URI uri, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(HttpClient browser, URI page) throws Exception {
        Matcher m = CSRF.matcher(send(browser, page, null).body());
        assertThat(m.find()).isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

    private static String sessionCookie(HttpClient browser) {
        return ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst().orElseThrow();
    }
}
