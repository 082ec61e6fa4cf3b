package de.magdeburg.integration.netzwerk.interop;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * An external program the interop tests run: found on the PATH, run as a subprocess with a
 * timeout. Under {@code CI=true} a missing program fails the test (CI installs every client, so
 * absence is a broken pipeline); elsewhere the test is skipped with the same message.
 */
final class Tool {

    /** What a finished subprocess said. */
    record Result(int exitCode, String stdout, String stderr) {
    }

    private static final Map<String, Optional<Path>> FOUND = new ConcurrentHashMap<>();
    /** Own daemon threads: the common pool has one thread on two cores and would serialise the drains. */
    private static final java.util.concurrent.ExecutorService DRAIN = java.util.concurrent.Executors
            .newCachedThreadPool(r -> {
                Thread t = new Thread(r, "interop-drain");
                t.setDaemon(true);
                return t;
            });

    private final String program;
    private final String installHint;
    private final Map<String, String> environment;

    private Tool(String program, String installHint, Map<String, String> environment) {
        this.program = program;
        this.installHint = installHint;
        this.environment = environment;
    }

    Tool(String program, String installHint) {
        this(program, installHint, Map.of());
    }

    /** pdftk-java is a JVM per call: a client JIT and serial GC halve its CPU time on two cores. */
    static final Tool PDFTK = new Tool("pdftk", "apt-get install pdftk-java",
            Map.of("JAVA_TOOL_OPTIONS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto"));
    static final Tool MUTOOL = new Tool("mutool", "apt-get install mupdf-tools");
    static final Tool PDFTOPPM = new Tool("pdftoppm", "apt-get install poppler-utils");
    static final Tool NODE = new Tool("node", "install Node.js >= 20.19 and run `npm ci` in interop/src/test/js");

    String program() {
        return program;
    }

    /** @return the program's path; fails under CI, skips elsewhere, when it is not installed */
    Path require() {
        Optional<Path> path = FOUND.computeIfAbsent(program, Tool::onPath);
        if (path.isEmpty()) {
            missing(program + " is not on the PATH (" + installHint + ")");
        }
        return path.get();
    }

    /** Fails under CI=true, otherwise skips, with the message. */
    static void missing(String message) {
        missing(message, underCi());
    }

    /** @return whether the environment variable CI is {@code true} (as GitHub, GitLab and our .ci/run set it) */
    static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static void missing(String message, boolean ci) {
        if (ci) {
            fail("Interop client missing under CI: " + message
                    + ". CI must install every client; a missing one is a failure, not a skip.");
        }
        assumeTrue(false, "Skipped, interop client missing: " + message + " (under CI=true this fails)");
    }

    private static Optional<Path> onPath(String program) {
        if (Path.of(program).isAbsolute()) {
            // a system program that must not be the PATH's (Debian's Python with its apt packages)
            return Files.isExecutable(Path.of(program)) ? Optional.of(Path.of(program)) : Optional.empty();
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Runs the program and waits for it.
     *
     * @param args arguments after the program name
     * @param dir working directory
     * @param timeout how long to wait before killing it
     * @return exit code and output (UTF-8)
     * @throws AssertionError on timeout, with the command line
     */
    Result run(List<String> args, Path dir, Duration timeout) {
        List<String> command = new ArrayList<>();
        command.add(require().toString());
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().putAll(environment);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<String> out = drain(p.getInputStream());
            CompletableFuture<String> err = drain(p.getErrorStream());
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError(program + " did not finish within " + timeout + ": " + command);
            }
            return new Result(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command, e);
        }
    }

    /** Like {@link #run} but fails with the output when the exit code is not 0. */
    Result runOk(List<String> args, Path dir, Duration timeout) {
        Result r = run(args, dir, timeout);
        if (r.exitCode() != 0) {
            throw new AssertionError(program + " " + args + " exited with " + r.exitCode() + "\nstdout: "
                    + r.stdout() + "\nstderr: " + r.stderr());
        }
        return r;
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                in.transferTo(buf);
                return buf.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, DRAIN);
    }

    @Override
    public String toString() {
        return program;
    }
}
