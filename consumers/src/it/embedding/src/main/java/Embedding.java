import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.Output;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
import de.magdeburg.integration.netzwerk.forms.Input;
import de.magdeburg.integration.netzwerk.templates.Document;
import java.nio.file.Path;
import java.time.LocalDate;

/** Reads a partner's declaration, updates the register and prints the AG's attendance sheet. */
public class Embedding {
    public static void main(String[] args) {
        Path data = Path.of(args.length > 0 ? args[0] : "samples/data");   // the repository's sample files
        Netzwerk netzwerk = Netzwerk.create();                  // Magdeburg 2016 rules; create once, share it
        Register register = JsonCodec.REGISTER.read(data.resolve("register.json"));
        // a returned form; here one pre-filled from the sample declaration instead of a partner's upload
        Output form = netzwerk.prefilledDeclaration(JsonCodec.DECLARATION.read(data.resolve("declaration-entry.json")));
        DeclarationReading reading = netzwerk.readDeclaration(Input.of(form.bytes())); // or Input.of(path / stream)
        reading.findings().forEach(f -> System.out.println("Formular: " + f.severity() + " " + f.rule() + ": " + f.message()));
        RegisterUpdate update = netzwerk.apply(register, reading.declaration(), LocalDate.of(2026, 12, 1));
        update.findings().forEach(f -> System.out.println("Register: " + f.severity() + " " + f.rule() + ": " + f.message()));
        System.out.println(update.rejected() ? "Erklärung abgelehnt" : "Erklärung übernommen");
        Register current = update.register();                   // immutable; the old register if rejected
        JsonCodec.REGISTER.write(current, Path.of("register.json"));
        Meeting meeting = JsonCodec.MEETING.read(data.resolve("meeting.json"));
        // guests as GO-1.5 admits them with the register's speakers; a guest left off is an ERROR finding
        Output sheet = netzwerk.generate(new Document.AttendanceSheet(meeting, current));
        sheet.writeTo(Path.of("anwesenheit.pdf"));                             // atomically
        sheet.findings().forEach(f -> System.out.println("Gäste: " + f.severity() + " " + f.rule() + ": " + f.message()));
        System.out.print(netzwerk.generate(Document.MailingList.ofGroup(current, "language")).text()); // Verteiler der AG Sprache
    }
}
