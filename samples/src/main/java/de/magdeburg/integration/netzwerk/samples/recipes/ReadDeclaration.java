package de.magdeburg.integration.netzwerk.samples.recipes;

import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
import de.magdeburg.integration.netzwerk.forms.FormReadException;
import de.magdeburg.integration.netzwerk.forms.Input;
import java.nio.file.Path;
import java.time.LocalDate;

/** Recipe: read a declaration a partner sent back and apply it to the register (§1(2), §1(3)). */
public final class ReadDeclaration {
    private ReadDeclaration() {
    }

    /** @param args the returned PDF */
    public static void main(String[] args) {
        Netzwerk netzwerk = Netzwerk.create();
        Register register = Register.empty();
        try {
            DeclarationReading reading = netzwerk.readDeclaration(Input.of(Path.of(args[0])));
            reading.findings().forEach(f -> System.out.println(f.severity() + " " + f.rule() + ": " + f.message()));
            RegisterUpdate update = netzwerk.apply(register, reading.declaration(), LocalDate.now());
            System.out.println(update.rejected() ? "nicht übernommen" : "übernommen: " + update.register());
        } catch (FormReadException e) {
            System.out.println(e.reason() + ": " + e.getMessage());
        }
    }

}
