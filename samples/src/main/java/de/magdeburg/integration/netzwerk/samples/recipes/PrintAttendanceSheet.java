package de.magdeburg.integration.netzwerk.samples.recipes;

import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.Output;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.templates.Document;
import java.nio.file.Path;

/**
 * Recipe: print the attendance sheet (Anwesenheitsliste, §1(4)) of a meeting, with the guests GO-1.5
 * admits (§1(5)) judged with the speakers' terms the register keeps (§4(3)), and say which guests
 * were left off and why.
 */
public final class PrintAttendanceSheet {
    private PrintAttendanceSheet() {
    }

    /** @param args REGISTER.json MEETING.json OUT.pdf */
    public static void main(String[] args) {
        Netzwerk netzwerk = Netzwerk.create();
        Register register = JsonCodec.REGISTER.read(Path.of(args[0]));
        Meeting meeting = JsonCodec.MEETING.read(Path.of(args[1]));
        Output sheet = netzwerk.generate(new Document.AttendanceSheet(meeting, register));
        sheet.writeTo(Path.of(args[2]));
        sheet.findings().forEach(f -> System.out.println(f.severity() + " " + f.rule() + " " + f.field() + ": " + f.message()));
    }
}
