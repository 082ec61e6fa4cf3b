package de.example.stadt;

import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
import de.magdeburg.integration.netzwerk.forms.Input;
import de.magdeburg.integration.netzwerk.templates.Document;
import java.nio.file.Path;
import java.time.LocalDate;

/** README's embedding example as a named module: form filled and read, register, attendance sheet. */
public final class Main {
    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        Netzwerk netzwerk = Netzwerk.create();
        Register register = JsonCodec.REGISTER.read(data.resolve("register.json"));
        byte[] pdf = netzwerk.prefilledDeclaration(JsonCodec.DECLARATION.read(data.resolve("declaration-entry.json"))).bytes();
        DeclarationReading reading = netzwerk.readDeclaration(Input.of(pdf));
        System.out.println("Formular gelesen: " + reading.declaration().organisation().name());
        RegisterUpdate update = netzwerk.apply(register, reading.declaration(), LocalDate.of(2026, 12, 1));
        update.findings().forEach(f -> System.out.println("Register: " + f.severity() + " " + f.rule() + ": " + f.message()));
        Meeting meeting = JsonCodec.MEETING.read(data.resolve("meeting.json"));
        netzwerk.generate(new Document.AttendanceSheet(meeting, update.register())).writeTo(Path.of("anwesenheit.pdf"));
        System.out.println("Modul: " + Netzwerk.class.getModule().getName());
    }
}
