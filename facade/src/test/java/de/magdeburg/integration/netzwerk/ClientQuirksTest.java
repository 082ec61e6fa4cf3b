package de.magdeburg.integration.netzwerk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.forms.ClientQuirks;
import de.magdeburg.integration.netzwerk.forms.FormReadException;
import de.magdeburg.integration.netzwerk.forms.FormReadException.Reason;
import de.magdeburg.integration.netzwerk.forms.Input;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The four files of issue 22 through the facade: exact values, or FOREIGN_FORM naming the field —
 * never a stale or foreign value.
 */
class ClientQuirksTest {
    private static final Netzwerk NETZWERK = Netzwerk.create();

    @Test
    void pypdfStringRadioValueReadsAsChangeRequest() throws Exception {
        byte[] pdf = ClientQuirks.pypdfChangeRequest(NETZWERK.prefilledDeclaration(ClientQuirks.declaration()).bytes());
        var reading = NETZWERK.readDeclaration(Input.of(pdf));
        assertThat(reading.declaration()).isEqualTo(ClientQuirks.declaration().withRequest(RequestType.CHANGE));
        assertThat(reading.findings()).noneMatch(f -> f.field().equals("request"));
    }

    @Test
    void sheetTickedInPdfiumAndSavedIncrementallyReadsTheNewTicks() {
        assertThat(NETZWERK.readAttendance(Input.of(ClientQuirks.pdfiumIncrementalSheet())))
                .extracting(AttendanceRecord::organisation, AttendanceRecord::present)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Beispielverein e. V.", true),
                        org.assertj.core.groups.Tuple.tuple("Zweiter Verein", true));
    }

    @Test
    void secondOrganisationNameFieldIsAForeignFormNamingIt() {
        assertThatThrownBy(() -> NETZWERK.readDeclaration(Input.of(ClientQuirks.duplicateOrganisationName())))
                .isInstanceOfSatisfying(FormReadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.FOREIGN_FORM);
                    assertThat(e.getMessage()).contains("das Feld „organisation_name“ ist zweimal definiert")
                            .doesNotContain("Fremdverein");
                });
    }

    @Test
    void dateTypedWithSpacesReadsAsTheDate() throws Exception {
        byte[] pdf = ClientQuirks.spacedDate(NETZWERK.prefilledDeclaration(ClientQuirks.declaration()).bytes());
        var reading = NETZWERK.readDeclaration(Input.of(pdf));
        assertThat(reading.declaration().date()).isEqualTo(LocalDate.of(2027, 3, 5));
        assertThat(reading.findings()).noneMatch(f -> f.field().equals("date") && f.severity().name().equals("ERROR"));
    }
}
