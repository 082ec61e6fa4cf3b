package de.magdeburg.integration.netzwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.forms.AttendanceSheetReader;
import de.magdeburg.integration.netzwerk.forms.DeclarationForm;
import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
import de.magdeburg.integration.netzwerk.forms.Input;
import de.magdeburg.integration.netzwerk.templates.Documents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client matrix of issue 22 (table in interop/README.md): every document the library reads —
 * the declaration form and the attendance sheet — filled or ticked by every client, saved as that
 * client saves, read back through our reader: the values exactly, and exactly the findings our own
 * pre-filled form of the record gives (none from how the client wrote the fields).
 */
class ClientMatrixTest {
    private static final DeclarationForm FORM = DeclarationForm.builder().build();
    /** The rows ticked on the sheet: the first, the third and the last. */
    private static Set<Integer> ticked(int rows) {
        return Set.of(0, 2, rows - 1);
    }

    /** Scripts in every language of the corpus, the empty and the longest values, every request type. */
    static Stream<Arguments> declarationCells() {
        // every script and length; each request type with every box ticked and with none (ClientFillTest
        // runs the whole corpus for the clients it shares with this matrix)
        List<Corpus.Entry> records = Corpus.all().stream().filter(e -> !e.id().matches("(entry|deletion|change)-.*")
                || e.id().endsWith("-wg111-cross") || e.id().endsWith("-wg000-nocross")).toList();
        List<Arguments> cells = new ArrayList<>();
        for (MatrixClient c : MatrixClient.values()) {
            for (Corpus.Entry e : records) {
                cells.add(Arguments.of(c, e));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} fills the declaration {1}")
    @MethodSource("declarationCells")
    void declarationFilledByEveryClientReadsBackExactly(MatrixClient client, Corpus.Entry entry) {
        byte[] pdf = client.fill(Forms.blank(), FieldValues.of(entry.declaration()),
                Forms.workDir("matrix/" + client.name().toLowerCase() + "/" + entry.id()));
        DeclarationReading reading = FORM.read(Input.of(pdf));
        assertThat(reading.declaration()).as("%s filled %s", client, entry).isEqualTo(entry.declaration());
        // the client adds no finding to what the record's content gives (max-length's phone is invalid)
        assertThat(reading.findings()).as("%s filled %s", client, entry)
                .isEqualTo(FORM.read(Input.of(FORM.prefilled(entry.declaration()).bytes())).findings());
    }

    @ParameterizedTest(name = "{0} ticks the attendance sheet")
    @MethodSource("clients")
    void attendanceSheetTickedByEveryClientReadsBackExactly(MatrixClient client) {
        byte[] blank = sheet();
        int rows = AttendanceSheetReader.create().read(Input.of(blank)).size();
        byte[] pdf = client.fill(blank, FieldValues.sheet(rows, ticked(rows)),
                Forms.workDir("matrix/" + client.name().toLowerCase() + "/sheet"));
        List<Boolean> present = AttendanceSheetReader.create().read(Input.of(pdf)).stream().map(AttendanceRecord::present)
                .toList();
        assertThat(present).as("%s ticked rows %s of %d", client, ticked(rows), rows)
                .isEqualTo(IntStream.range(0, rows).mapToObj(i -> ticked(rows).contains(i)).toList());
    }

    static Stream<MatrixClient> clients() {
        return Stream.of(MatrixClient.values());
    }

    private static byte[] sheet() {
        Path data = Path.of("../samples/data");
        Meeting meeting = JsonCodec.MEETING.read(data.resolve("meeting.json"));
        Register register = JsonCodec.REGISTER.read(data.resolve("register.json"));
        return Documents.create().attendanceSheet(meeting, register.partners().subList(0, 7)).bytes();
    }
}
