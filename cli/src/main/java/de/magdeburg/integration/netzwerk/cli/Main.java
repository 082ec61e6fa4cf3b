package de.magdeburg.integration.netzwerk.cli;

/**
 * The entry point of {@code netzwerk-cli.jar} and of the launchers: gives the process its
 * {@link HeadStart}, runs {@link NetzwerkCli} and exits with its code.
 *
 * <p>A class of its own because the JVM finds {@code main} by reflection over every method of the
 * class it starts, which for {@code NetzwerkCli} loads the classes of all its signatures, about
 * 4 ms of a cold {@code netzwerk form read}.
 */
public final class Main {
    private Main() {
    }

    /** @param args the command line */
    public static void main(String[] args) {
        HeadStart.begin();
        int exit;
        try {
            exit = NetzwerkCli.run(args);
        } catch (NoClassDefFoundError e) {
            // a class whose initialiser failed on the head-start thread: the JVM tells this thread
            // only that it failed; the original error says why
            Throwable cause = HeadStart.failure();
            if (cause != null && cause != e) {
                e.addSuppressed(cause);
            }
            throw e;
        }
        System.exit(exit);
    }
}
