package de.magdeburg.integration.netzwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ToolTest {

    private static final Tool NOT_INSTALLED = new Tool("netzwerk-no-such-client", "apt-get install nothing");

    @Test
    void aMissingClientFailsUnderCi() {
        assertThatThrownBy(() -> Tool.missing("pdftk is not on the PATH (apt-get install pdftk-java)", true))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("Interop client missing under CI: pdftk is not on the PATH (apt-get install pdftk-java)."
                        + " CI must install every client; a missing one is a failure, not a skip.");
    }

    @Test
    void aMissingClientIsSkippedWithTheReasonOutsideCi() {
        assertThatThrownBy(() -> Tool.missing("pdftk is not on the PATH (apt-get install pdftk-java)", false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("Skipped, interop client missing: pdftk is not on the PATH"
                        + " (apt-get install pdftk-java) (under CI=true this fails)");
    }

    @Test
    void aProgramNotOnThePathIsMissingWithItsInstallHint() {
        assertThatThrownBy(NOT_INSTALLED::require)
                .isInstanceOf(Tool.underCi() ? AssertionFailedError.class : TestAbortedException.class)
                .hasMessageContaining("netzwerk-no-such-client is not on the PATH (apt-get install nothing)");
    }

    @Test
    void aHangingClientIsKilledAfterItsTimeout() {
        Tool sh = new Tool("sh", "a POSIX shell");
        long start = System.nanoTime();

        assertThatThrownBy(() -> sh.run(List.of("-c", "sleep 30"), Path.of("."), Duration.ofMillis(300)))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("sh did not finish within PT0.3S");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
