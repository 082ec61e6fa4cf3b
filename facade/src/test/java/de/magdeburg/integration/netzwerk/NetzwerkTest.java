package de.magdeburg.integration.netzwerk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.MeetingKind;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Output;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.ReviewState;
import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
import de.magdeburg.integration.netzwerk.forms.Input;
import de.magdeburg.integration.netzwerk.templates.Document.AttendanceSheet;
import de.magdeburg.integration.netzwerk.templates.Document.MailingList;
import de.magdeburg.integration.netzwerk.templates.Document.MinutesDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetzwerkTest {
    private static final Netzwerk NETZWERK = Netzwerk.create();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    private static Declaration entry(String org, String group) {
        return new Declaration(RequestType.ENTRY, new Organisation(org, "Breiter Weg 1", "39104", "Magdeburg"), true,
                new Representative("Yılmaz", "Şükrü", "Vorstand", "0391 12345", "info@verein.example"), List.of(group),
                false, "Magdeburg", DAY, "Şükrü Yılmaz", SignatureStatus.NONE);
    }

    @Test
    void applyRefusesADeclarationWithContentErrorsAndKeepsTheRegister() {
        Declaration noEmail = entry("Verein A", "language")
                .withRepresentative(new Representative("Yılmaz", "Şükrü", "Vorstand", "", "kein-at-zeichen"));

        RegisterUpdate u = NETZWERK.apply(Register.empty(), noEmail, DAY);

        assertThat(u.rejected()).isTrue();
        assertThat(u.register()).isEqualTo(Register.empty());
        assertThat(u.findings()).anySatisfy(f -> assertThat(f.field()).isEqualTo("email"));
    }

    @Test
    void applyAdmitsAValidEntry() {
        RegisterUpdate u = NETZWERK.apply(Register.empty(), entry("Verein A", "language"), DAY);

        assertThat(u.rejected()).isFalse();
        assertThat(u.register().activePartners()).extracting(p -> p.organisation().name()).containsExactly("Verein A");
    }

    @Test
    void attendanceSheetOfAnAgMeetingListsOnlyThatGroupsPartners() throws Exception {
        Register r = NETZWERK.apply(Register.empty(), entry("Sprachverein", "language"), DAY).register();
        r = NETZWERK.apply(r, entry("Ausbildungsverein", "work_and_training"), DAY).register();
        Meeting m = new Meeting("language-1", MeetingKind.WORKING_GROUP, "language", "Sitzung der AG Sprache",
                LocalDateTime.of(2026, 12, 3, 16, 0), null, "Rathaus", List.of(), List.of());

        var records = NETZWERK.readAttendance(Input.of(NETZWERK.generate(new AttendanceSheet(m, r)).bytes()));

        assertThat(records).extracting(a -> a.organisation()).containsExactly("Sprachverein");
    }

    @Test
    void minutesOfAnAgMeetingListTheGroupsPartnersWhoNeitherCameNorExcusedThemselves() throws Exception {
        Register r = NETZWERK.apply(Register.empty(), entry("Sprachverein", "language"), DAY).register();
        r = NETZWERK.apply(r, entry("Lesekreis", "language"), DAY).register();
        r = NETZWERK.apply(r, entry("Ausbildungsverein", "work_and_training"), DAY).register();
        Meeting m = new Meeting("language-1", MeetingKind.WORKING_GROUP, "language", "Sitzung der AG Sprache",
                LocalDateTime.of(2026, 11, 3, 16, 0), null, "Rathaus", List.of(), List.of());
        Minutes minutes = new Minutes(m, "Anna Beispiel", List.of(), List.of("Sprachverein"), List.of(), List.of(),
                List.of(), null, ReviewState.DRAFT, "", "", null);

        try (PDDocument doc = Loader.loadPDF(NETZWERK.generate(MinutesDocument.of(minutes, r)).bytes())) {
            String text = new PDFTextStripper().getText(doc).replace('\u00A0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("Abwesend ohne Entschuldigung (§ 1 Abs. 4) Lesekreis Gäste")
                    .doesNotContain("Ausbildungsverein");
        }
    }

    @Test
    void mailingListOfAnUnknownGroupIsATypedError() {
        assertThatThrownBy(() -> NETZWERK.generate(MailingList.ofGroup(Register.empty(), "cooking")))
                .isInstanceOf(NetzwerkException.class).hasMessageContaining("cooking").hasMessageContaining("GO-4.1");
    }

    @Test
    void aChangeDeclarationOfARegisteredPartnerIsPrefilledFromTheRegister() {
        Register r = NETZWERK.apply(Register.empty(), entry("Sprachverein", "language"), DAY).register();

        Output form = NETZWERK.changeDeclaration(r, "  sprachverein ");
        DeclarationReading reading = NETZWERK.readDeclaration(Input.of(form.bytes()));

        assertThat(form.fileName()).isEqualTo("aenderung.pdf");
        assertThat(reading.declaration().request()).isEqualTo(RequestType.CHANGE);
        assertThat(reading.declaration().organisation()).isEqualTo(r.activePartners().get(0).organisation());
        assertThat(reading.declaration().representative().email()).isEqualTo("info@verein.example");
        assertThat(reading.declaration().workingGroups()).containsExactly("language");
        assertThat(reading.declaration().listOnPortal()).isTrue();
        assertThat(reading.declaration().signatoryName()).isEmpty();
    }

    @Test
    void aChangeDeclarationOfAnUnknownPartnerIsRefusedNamingIt() {
        assertThatThrownBy(() -> NETZWERK.changeDeclaration(Register.empty(), "Kochverein"))
                .isInstanceOf(NetzwerkException.class)
                .hasMessage("„Kochverein“ ist nicht als aktive*r Netzwerkpartner*in im Register (§ 1 Abs. 3); eine"
                        + " Änderung setzt eine Eintragung voraus / \"Kochverein\" is no active partner in the register"
                        + " (§ 1 Abs. 3); a change needs an entry");
    }

    @Test
    void theFacadeHasOneMethodPerTaskAndNoMoreThanFifteen() {
        long count = java.util.Arrays.stream(Netzwerk.class.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers())).count();

        assertThat(count).isLessThanOrEqualTo(15);
    }

    @Test
    void writingAnOutputToAFileLeavesNoTemporaryFileBehind() throws Exception {
        Path file = dir.resolve("leer.pdf");
        Files.writeString(file, "alt");

        NETZWERK.blankDeclaration().writeTo(file);

        assertThat(Files.readAllBytes(file)).startsWith("%PDF-".getBytes());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
