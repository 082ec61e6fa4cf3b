package de.magdeburg.integration.netzwerk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The H2 database holds the received files, the register with names, e-mail addresses and phone
 * numbers, and attendance: its directory is made readable by the service's user only (700) before
 * the database opens it, and its files 600 once it runs. (With PostgreSQL the files are the
 * server's, which keeps them 600 under its own user.) A file-system that has no POSIX permissions
 * is left as it is.
 */
@Component
class PrivateFiles implements BeanFactoryPostProcessor, EnvironmentAware {
    private static final Pattern H2_FILE = Pattern.compile("^jdbc:h2:(?:file:)?([^:;][^;]*)");
    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    /** Runs before any bean, so before the data source opens the database. */
    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
        directory().ifPresent(dir -> {
            try {
                Files.createDirectories(dir);
                restrict(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare the database directory " + dir, e);
            }
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void restrictDatabaseFiles() throws IOException {
        Optional<Path> dir = directory();
        if (dir.isEmpty()) {
            return;
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            for (Path f : files.toList()) {
                restrict(f);
            }
        }
    }

    /** @return the directory of an H2 file database, empty for in-memory or server databases */
    Optional<Path> directory() {
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:h2:mem:") || url.startsWith("jdbc:h2:tcp:") || url.startsWith("jdbc:h2:ssl:")) {
            return Optional.empty();
        }
        Matcher m = H2_FILE.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        String path = m.group(1).replaceFirst("^~", System.getProperty("user.home"));
        return Optional.ofNullable(Path.of(path).toAbsolutePath().getParent());
    }

    private static void restrict(Path p) throws IOException {
        if (!Files.getFileStore(p).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwx------"
                : "rw-------"));
    }
}
