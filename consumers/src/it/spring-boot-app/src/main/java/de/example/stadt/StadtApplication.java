package de.example.stadt;

import de.magdeburg.integration.netzwerk.Netzwerk;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class StadtApplication {
    public static void main(String[] args) {
        SpringApplication.run(StadtApplication.class, args).close();
    }

    @Bean
    CommandLineRunner useNetzwerk(Netzwerk netzwerk) {
        return args -> {
            System.out.println("Arbeitsgruppen: " + netzwerk.settings().profile().workingGroups().size());
            System.out.println("Leere Erklärung: " + (netzwerk.blankDeclaration().bytes().length > 100_000 ? "ok" : "zu klein"));
        };
    }
}
