package de.magdeburg.integration.netzwerk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.Severity;
import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeclarationChecksTest {
    private static final DeclarationForm FORM = Samples.FORM;

    private static Declaration withContact(String postalCode, String phone, String email) {
        Declaration d = Samples.complete();
        var o = d.organisation();
        var r = d.representative();
        return new Declaration(d.request(), new Organisation(o.name(), o.street(), postalCode, o.city()),
                d.listOnPortal(), new Representative(r.lastName(), r.firstName(), r.function(), phone, email),
                d.workingGroups(), d.crossGroupMeetings(), d.place(), d.date(), d.signatoryName(), d.signature());
    }

    @Test
    void completeEntryHasNoFindings() {
        assertThat(FORM.check(Samples.complete())).isEmpty();
    }

    @Test
    void emptyEntryMissesEveryRequiredField() {
        Declaration d = Declaration.of(RequestType.ENTRY, new Organisation("", "", "", ""));
        assertThat(FORM.check(d)).extracting(Finding::severity, Finding::rule, Finding::field).containsExactly(
                tuple(Severity.ERROR, "GO-1.2", "organisation_name"),
                tuple(Severity.ERROR, "GO-1.2", "organisation_street"),
                tuple(Severity.ERROR, "GO-1.2", "organisation_postal_code"),
                tuple(Severity.ERROR, "GO-1.2", "organisation_city"),
                tuple(Severity.ERROR, "GO-1.2", "last_name"),
                tuple(Severity.ERROR, "GO-1.2", "first_name"),
                tuple(Severity.ERROR, "GO-1.2", "email"),
                tuple(Severity.ERROR, "GO-1.2", "cross_group_meetings"),
                tuple(Severity.WARNING, "GO-1.2", "place"),
                tuple(Severity.WARNING, "GO-1.2", "date"),
                tuple(Severity.ERROR, "GO-1.2", "signatory_name"));
    }

    @Test
    void deletionNeedsOnlyTheOrganisationAndTheSignatory() {
        Declaration d = Declaration.of(RequestType.DELETION, new Organisation("Verein X", "", "", ""))
                .withSigning("Magdeburg", LocalDate.of(2026, 11, 2), "Anna Muster");
        assertThat(FORM.check(d)).isEmpty();
        assertThat(FORM.check(d.withSigning("Magdeburg", LocalDate.of(2026, 11, 2), "")))
                .extracting(Finding::field).containsExactly("signatory_name");
    }

    @Test
    void changeNeedsOnlyTheOrganisationAndTheSignatory() {
        Declaration d = Declaration.of(RequestType.CHANGE, new Organisation("Verein X", "", "", ""))
                .withSigning("Magdeburg", LocalDate.of(2026, 11, 2), "Anna Muster");
        assertThat(FORM.check(d)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3910|0391 123456|a@example.org|organisation_postal_code|Die Postleitzahl „3910“ hat nicht genau 5 Ziffern.",
        "391045|0391 123456|a@example.org|organisation_postal_code|Die Postleitzahl „391045“ hat nicht genau 5 Ziffern.",
        "D-39104|0391 123456|a@example.org|organisation_postal_code|Die Postleitzahl „D-39104“ hat nicht genau 5 Ziffern.",
        "39104|0391|a@example.org|phone|Die Telefonnummer „0391“ ist keine gültige Telefonnummer.",
        "39104|ruf mich an|a@example.org|phone|Die Telefonnummer „ruf mich an“ ist keine gültige Telefonnummer.",
        "39104|0391 123456|a.example.org|email|Die E-Mail-Adresse „a.example.org“ ist ungültig.",
        "39104|0391 123456|a@example|email|Die E-Mail-Adresse „a@example“ ist ungültig.",
        "39104|0391 123456|a b@example.org|email|Die E-Mail-Adresse „a b@example.org“ ist ungültig."})
    void badFormatsAreFormFindings(String postalCode, String phone, String email, String field, String message) {
        List<Finding> findings = FORM.check(withContact(postalCode, phone, email));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("FORM");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.field()).isEqualTo(field);
            assertThat(f.message()).isEqualTo(message);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"+49 391 540-3222", "(0391)540-3222", "0391/5403222", "0391 54 03 222"})
    void usualPhoneNotationsAreAccepted(String phone) {
        assertThat(FORM.check(withContact("39104", phone, "a@example.org"))).isEmpty();
    }

    @Test
    void unknownWorkingGroupBreaksGo41() {
        Declaration d = Samples.complete().withWorkingGroups(List.of("language", "chess"), false);
        assertThat(FORM.check(d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("GO-4.1");
            assertThat(f.field()).isEqualTo("wg_chess");
            assertThat(f.message()).isEqualTo("Die Arbeitsgruppe „chess“ gibt es nach der Geschäftsordnung nicht.");
            assertThat(f.messageEn()).isEqualTo("There is no working group \"chess\" in the rules of procedure.");
        });
    }

    @Test
    void dateInTheFutureIsAWarning() {
        Declaration d = Samples.complete().withSigning("Magdeburg", LocalDate.of(2026, 11, 27), "Şükrü Yılmaz");
        assertThat(FORM.check(d)).extracting(Finding::severity, Finding::rule, Finding::field)
                .containsExactly(tuple(Severity.WARNING, "FORM", "date"));
    }

    @Test
    void invalidSignatureIsAWarning() {
        assertThat(FORM.check(Samples.complete().withSignature(SignatureStatus.SIGNED_INVALID)))
                .extracting(Finding::severity, Finding::field).containsExactly(tuple(Severity.WARNING, "signature"));
    }

    @Test
    void aNameTheFormsFontCannotShowGivesAFontWarningNamingTheField() {
        Declaration d = Samples.named("王", "芳");
        assertThat(FORM.check(d)).extracting(Finding::severity, Finding::rule, Finding::field).containsExactly(
                tuple(Severity.WARNING, "FONT", "last_name"),
                tuple(Severity.WARNING, "FONT", "first_name"),
                tuple(Severity.WARNING, "FONT", "signatory_name"));
        assertThat(FORM.check(d).get(0).message()).isEqualTo("Das Formular kann im Feld „last_name“ nicht alle Zeichen"
                + " von „王“ darstellen (王): gespeichert und gelesen wird der Wert unverändert, angezeigt und gedruckt"
                + " wird an ihrer Stelle „\uFFFD“. Für den Ausdruck bitte die Übersicht der Netzwerkpartner*innen verwenden.");
        // reading the pre-filled form gives the same warnings, and the value back unchanged
        DeclarationReading reading = FORM.read(Input.of(FORM.prefilled(d).bytes()));
        assertThat(reading.declaration()).isEqualTo(d);
        assertThat(reading.findings()).extracting(Finding::rule, Finding::field)
                .contains(tuple("FONT", "last_name"), tuple("FONT", "first_name"), tuple("FONT", "signatory_name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Şükrü Yılmaz", "Nguyễn Thị Hương", "Олена Шевченко", "Νίκος Παπαδόπουλος", "محمد العلي",
        "زهرا پورمحمدی"})
    void namesInScriptsTheFormsFontHasGiveNoFontWarning(String name) {
        String[] parts = name.split(" ");
        assertThat(FORM.check(Samples.named(parts[1], parts[0]))).isEmpty();
    }
}
