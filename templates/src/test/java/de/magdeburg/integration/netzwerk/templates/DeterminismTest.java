package de.magdeburg.integration.netzwerk.templates;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.Output;
import de.magdeburg.integration.netzwerk.core.ReviewState;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeterminismTest {
    private static final Documents OTHER_INSTANCE = Documents.builder().clock(Samples.CLOCK).build();
    private static final Documents LATER = Documents.builder()
            .clock(Clock.fixed(Instant.parse("2026-11-21T09:30:00Z"), ZoneOffset.UTC)).build();

    private static byte[] render(Documents d, String document) {
        Function<Documents, Output> f = switch (document) {
            case "attendance" -> x -> x.attendanceSheet(Samples.meeting(), Samples.partners(40));
            case "minutes" -> x -> x.minutes(Samples.minutes(ReviewState.DRAFT));
            case "workplan" -> x -> x.workPlan(Samples.workPlan(), Samples.findings());
            case "invitation" -> x -> x.invitation(Samples.meeting(), Samples.partners(5));
            case "overview" -> x -> x.partnerOverview(Samples.partners(10));
            default -> throw new IllegalArgumentException(document);
        };
        return f.apply(d).bytes();
    }

    @ParameterizedTest
    @ValueSource(strings = {"attendance", "minutes", "workplan", "invitation", "overview"})
    void sameInputAndClockGiveTheSameBytes(String document) {
        byte[] first = render(Samples.DOCS, document);
        assertThat(render(Samples.DOCS, document)).isEqualTo(first);
        assertThat(render(OTHER_INSTANCE, document)).isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"minutes", "overview"})
    void anotherClockGivesOtherBytes(String document) {
        assertThat(render(LATER, document)).isNotEqualTo(render(Samples.DOCS, document));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void theSameInstanceIsSafeToShareBetweenThreads(int ignored) throws Exception {
        byte[] expected = render(Samples.DOCS, "minutes");
        List<Thread> threads = new java.util.ArrayList<>();
        List<byte[]> results = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> results.add(render(Samples.DOCS, "minutes")));
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(results).hasSize(3).allSatisfy(r -> assertThat(r).isEqualTo(expected));
    }
}
