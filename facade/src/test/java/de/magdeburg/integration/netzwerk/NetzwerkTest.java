package de.magdeburg.integration.netzwerk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.MeetingKind;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.ReviewState;
import de.magdeburg.integration.netzwerk.core.SignatureStatus;
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

        var records = NETZWERK.readAttendance(NETZWERK.attendanceSheet(m, r));

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

        try (PDDocument doc = Loader.loadPDF(NETZWERK.minutes(minutes, r))) {
            String text = new PDFTextStripper().getText(doc).replace('\u00A0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("Abwesend ohne Entschuldigung (§ 1 Abs. 4) Lesekreis Gäste")
                    .doesNotContain("Ausbildungsverein");
        }
    }

    @Test
    void mailingListOfAnUnknownGroupIsATypedError() {
        assertThatThrownBy(() -> NETZWERK.mailingListCsv(Register.empty(), "cooking"))
                .isInstanceOf(NetzwerkException.class).hasMessageContaining("cooking").hasMessageContaining("GO-4.1");
    }

    @Test
    void toFileLeavesTheOldFileWhenTheDocumentCannotBeMade() throws Exception {
        Path file = dir.resolve("liste.pdf");
        Files.writeString(file, "alt");

        assertThatThrownBy(() -> Netzwerk.toFile(file, out -> {
            throw new NetzwerkException("kaputt");
        })).isInstanceOf(NetzwerkException.class);

        assertThat(Files.readString(file)).isEqualTo("alt");
    }

    @Test
    void toFileReplacesTheFileWithTheDocument() throws Exception {
        Path file = dir.resolve("leer.pdf");
        Files.writeString(file, "alt");

        Netzwerk.toFile(file, NETZWERK::writeBlankDeclaration);

        assertThat(Files.readAllBytes(file)).startsWith("%PDF-".getBytes());
    }
}
