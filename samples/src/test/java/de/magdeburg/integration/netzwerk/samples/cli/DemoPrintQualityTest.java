package de.magdeburg.integration.netzwerk.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The printed documents of {@code netzwerk demo}, read from their text layer as a reviewer would. */
class DemoPrintQualityTest {

    static List<String> documents() {
        return DemoOutput.printedDocuments();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void noWordIsBrokenWithoutAHyphen(String document) {
        assertThat(PrintedText.wordsBrokenWithoutHyphen(DemoOutput.read(document))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void noTextRunsOutOfItsCell(String document) {
        assertThat(PrintedText.overlappingLines(DemoOutput.read(document))).isEmpty();
    }
}
