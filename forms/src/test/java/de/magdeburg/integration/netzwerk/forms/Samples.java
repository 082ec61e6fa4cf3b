package de.magdeburg.integration.netzwerk.forms;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Declarations and a fixed clock shared by the tests. */
final class Samples {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:15:30Z"), ZoneOffset.UTC);
    static final DeclarationForm FORM = DeclarationForm.builder().clock(CLOCK).build();

    private Samples() {
    }

    static Declaration complete() {
        return new Declaration(RequestType.ENTRY,
                new Organisation("Beispielverein e. V.", "Breiter Weg 1", "39104", "Magdeburg"), true,
                new Representative("Yılmaz", "Şükrü", "Vorsitzender", "0391 123456", "sy@example.org"),
                List.of("work_and_training", "language"), true, "Magdeburg", LocalDate.of(2026, 11, 20),
                "Şükrü Yılmaz", SignatureStatus.NONE);
    }

    static Declaration named(String last, String first) {
        Declaration d = complete();
        return d.withRepresentative(new Representative(last, first, "Beraterin", "+49 391 5403222",
                "kontakt@example.org")).withSigning("Magdeburg", LocalDate.of(2026, 11, 1), first + " " + last);
    }
}
