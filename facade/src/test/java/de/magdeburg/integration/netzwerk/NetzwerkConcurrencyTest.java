package de.magdeburg.integration.netzwerk;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.AgendaItem;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.MeetingKind;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.MinutesItem;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.ReviewState;
import de.magdeburg.integration.netzwerk.core.RuleChecks;
import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import de.magdeburg.integration.netzwerk.forms.Input;
import de.magdeburg.integration.netzwerk.templates.Document;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One shared instance gives the same bytes under 8 threads (8 × 500 mixed calls) as in sequence. */
class NetzwerkConcurrencyTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T08:00:00Z"), ZoneOffset.UTC);
    private static final String[] NAMES = {"Şükrü Yılmaz", "Олена Шевченко", "Nguyễn Văn An", "Łukasz Żółć", "Anna Schmidt"};

    private final Netzwerk netzwerk = Netzwerk.builder().clock(CLOCK).build();

    @Test
    void eightThreadsGetTheSameBytesAsSequentialCalls() throws Exception {
        Register register = Register.empty();
        for (int i = 0; i < NAMES.length; i++) {
            register = netzwerk.apply(register, declaration(i), LocalDate.of(2026, 1, 1)).register();
        }
        Register reg = register;
        List<java.util.function.Function<Netzwerk, byte[]>> calls = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int k = i;
            // mostly form work, as in a city service; printed documents are the expensive tenth
            switch (i % 10) {
                case 0, 3, 6 -> calls.add(n -> n.prefilledDeclaration(declaration(k % NAMES.length)).bytes());
                case 1, 4, 7 -> calls.add(n -> n.readDeclaration(Input.of(n.prefilledDeclaration(declaration(k % NAMES.length)).bytes()))
                        .declaration().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                case 2 -> calls.add(n -> n.generate(Document.MailingList.ofGroup(reg, "language")).text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                case 5 -> calls.add(n -> RuleChecks.checkWorkPlan(n.settings().profile(), plan()).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                case 8 -> calls.add(n -> k % 20 == 8 ? n.generate(new Document.AttendanceSheet(meeting(), reg)).bytes() : n.generate(Document.MinutesDocument.of(minutes(k))).bytes());
                default -> calls.add(n -> k % 20 == 9 ? n.blankDeclaration().bytes()
                        : de.magdeburg.integration.netzwerk.core.JsonCodec.REGISTER.toJson(n.apply(reg,
                                declaration(k % NAMES.length).withRequest(RequestType.CHANGE), LocalDate.of(2026, 6, 1))
                                .register()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        // a fresh instance meets the threads first, so its lazy parts are built under contention
        Netzwerk shared = Netzwerk.builder().clock(CLOCK).build();
        List<Callable<byte[]>> onShared = calls.stream().<Callable<byte[]>>map(c -> () -> c.apply(shared)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<List<Future<byte[]>>> rounds = new ArrayList<>();
        try {
            for (int round = 0; round < 8; round++) {
                rounds.add(pool.invokeAll(onShared));
            }
        } finally {
            pool.shutdownNow();
        }
        Netzwerk reference = Netzwerk.builder().clock(CLOCK).build();
        List<byte[]> sequential = new ArrayList<>();
        for (var c : calls) {
            sequential.add(c.apply(reference));
        }
        for (List<Future<byte[]>> futures : rounds) {
            for (int i = 0; i < calls.size(); i++) {
                assertThat(Arrays.equals(futures.get(i).get(), sequential.get(i))).as("call %d", i).isTrue();
            }
        }
    }

    private static Declaration declaration(int i) {
        String[] name = NAMES[i].split(" ", 2);
        return new Declaration(RequestType.ENTRY, new Organisation("Verein " + i + " e. V.", "Breiter Weg " + i, "39104", "Magdeburg"),
                true, new Representative(name[1], name[0], "Vorstand", "0391 12345", "info" + i + "@verein.example"),
                List.of("language"), true, "Magdeburg", LocalDate.of(2026, 11, 20), NAMES[i], SignatureStatus.NONE);
    }

    private static de.magdeburg.integration.netzwerk.core.WorkPlan plan() {
        return new de.magdeburg.integration.netzwerk.core.WorkPlan(2027, "language", List.of(meeting()), List.of(), List.of());
    }

    private static Meeting meeting() {
        return new Meeting("language-2026-12", MeetingKind.WORKING_GROUP, "language", "5. Sitzung der AG Sprache",
                LocalDateTime.of(2026, 12, 3, 16, 0), LocalTime.of(18, 0), "Rathaus", List.of(new AgendaItem("Begrüßung", "", "")),
                List.of());
    }

    private static Minutes minutes(int k) {
        return new Minutes(meeting(), "Protokollant*in " + k, List.of("A", "B"), List.of("Verein 1 e. V."), List.of(), List.of(),
                List.of(new MinutesItem("Begrüßung", "Text " + k, List.of(), List.of(), List.of())), null, ReviewState.DRAFT, "",
                "", null);
    }
}
