package de.magdeburg.integration.netzwerk.interop;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.forms.DeclarationForm;
import de.magdeburg.integration.netzwerk.forms.Input;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The forms module's {@link DeclarationForm} with a fixed clock, so every run writes the same files. */
final class RealForm implements FormUnderTest {

    private final DeclarationForm form = DeclarationForm.builder()
            .clock(Clock.fixed(Instant.parse("2026-12-31T12:00:00Z"), ZoneOffset.UTC))
            .build();

    @Override
    public byte[] blank() {
        return form.blank().bytes();
    }

    @Override
    public byte[] prefilled(Declaration declaration) {
        return form.prefilled(declaration).bytes();
    }

    @Override
    public Declaration read(byte[] pdf) {
        return form.read(Input.of(pdf)).declaration();
    }

    @Override
    public byte[] archivalCopy(byte[] pdf) {
        return form.archivalCopy(Input.of(pdf)).bytes();
    }
}
