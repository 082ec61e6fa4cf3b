package de.magdeburg.integration.netzwerk.web;

import de.magdeburg.integration.netzwerk.Netzwerk;
import java.io.PrintStream;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The sample city application. {@code main} starts it with the {@code sample} profile (H2 file
 * database under {@code ./.netzwerk/web}, sample register and meetings) and prints the URL and
 * the coordinator's one-time login.
 */
@SpringBootApplication
@EnableConfigurationProperties({CoordinatorAccount.class, WebProperties.class, IntakeProperties.class,
    RetentionProperties.class})
@EnableScheduling
public class WebSampleApplication {

    /** @param args Spring Boot arguments, e.g. {@code --server.port=8080} */
    public static void main(String[] args) {
        SpringApplication.run(WebSampleApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    LibraryAdapter libraryAdapter(Netzwerk netzwerk) {
        return new LibraryAdapter(netzwerk);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> moduleScripts() {
        // pdf.js ships ES modules as .mjs; browsers run module scripts only with a JavaScript type
        return f -> f.getMimeMappings().add("mjs", "text/javascript");
    }

    @EventListener
    void printLogin(ApplicationReadyEvent event) {
        CoordinatorAccount account = event.getApplicationContext().getBean(CoordinatorAccount.class);
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        PrintStream out = System.out;
        out.println();
        out.println("Netzwerk – Beispielanwendung läuft: http://localhost:" + port + "/");
        out.println("  Erklärung ausfüllen:  http://localhost:" + port + "/erklaerung");
        out.println("  Koordination:         http://localhost:" + port + "/koordination");
        if (!account.hasHash() && account.oneTimePassword()) {
            out.println("  Anmeldung:            " + account.username() + " / "
                    + event.getApplicationContext().getBean(OneTimePassword.class).password()
                    + "   (Einmalpasswort, gilt nur für diesen Start)");
        }
        out.println();
    }
}
