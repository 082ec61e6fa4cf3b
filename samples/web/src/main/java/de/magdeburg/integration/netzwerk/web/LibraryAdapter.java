package de.magdeburg.integration.netzwerk.web;

import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.core.RuleChecks;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
import de.magdeburg.integration.netzwerk.forms.FormReadException;
import de.magdeburg.integration.netzwerk.forms.Input;
import de.magdeburg.integration.netzwerk.templates.Document;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place where this application calls the Netzwerk library. A city application keeps a
 * class like this so that its controllers speak in its own terms and a library upgrade touches one
 * file.
 *
 * <p>Thread-safe; one instance per application.
 */
public final class LibraryAdapter {

    /** A declaration read from a PDF and its findings. */
    public record Reading(Declaration declaration, List<Finding> findings) {
        /** Copies the findings. */
        public Reading {
            Objects.requireNonNull(declaration, "declaration");
            findings = List.copyOf(findings);
        }

        /** @return whether any finding is an ERROR */
        public boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }
    }

    /** The PDF could not be read as our declaration; the message is for the partner, in German. */
    public static final class UnreadableException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        /**
         * @param reason a short code such as {@code NOT_A_PDF}
         * @param message the German message shown to the partner
         */
        public UnreadableException(String reason, String message) {
            super(message);
            this.reason = reason;
        }

        /** @return the short reason code (NOT_A_PDF, DAMAGED, ENCRYPTED, NO_FORM, …) */
        public String reason() {
            return reason;
        }
    }

    private final Netzwerk netzwerk;

    /** @param netzwerk the application's Netzwerk (from the starter's netzwerk.* properties); not null */
    public LibraryAdapter(Netzwerk netzwerk) {
        this.netzwerk = Objects.requireNonNull(netzwerk, "netzwerk");
    }

    /** @return the rules in use */
    public RulesProfile profile() {
        return netzwerk.settings().profile();
    }

    /** @return the blank declaration form */
    public byte[] blankDeclaration() {
        return netzwerk.blankDeclaration().bytes();
    }

    /**
     * @param pdf the bytes a partner sent; not null
     * @return the declaration and its findings
     * @throws UnreadableException if the file is not a readable declaration
     */
    public Reading readDeclaration(byte[] pdf) {
        try {
            DeclarationReading reading = netzwerk.readDeclaration(Input.of(pdf));
            return new Reading(reading.declaration(), reading.findings());
        } catch (FormReadException e) {
            throw new UnreadableException(e.reason().name(), forPartner(e.reason()));
        }
    }

    private static String forPartner(FormReadException.Reason reason) {
        String hint = switch (reason) {
            case NOT_A_PDF -> "Bitte senden Sie das ausgefüllte Erklärungsformular als PDF-Datei.";
            case DAMAGED -> "Bitte speichern Sie das Formular noch einmal und senden Sie es erneut.";
            case ENCRYPTED -> "Bitte speichern Sie das Formular ohne Kennwortschutz und senden Sie es erneut.";
            case NO_FORM -> "Bitte füllen Sie das Formular am Bildschirm aus – hier im Browser oder in einem "
                    + "PDF-Programm – statt es auszudrucken und einzuscannen.";
            case FOREIGN_FORM -> "Bitte verwenden Sie das Erklärungsformular von dieser Seite.";
            case TOO_LARGE, TOO_MANY_PAGES, TOO_COMPLEX -> "Bitte senden Sie nur das ausgefüllte Erklärungsformular.";
        };
        return reason.german() + ". " + hint;
    }

    /** @return the new register and findings; the unchanged register if a finding is an ERROR */
    public RegisterUpdate apply(Register register, Declaration declaration, LocalDate on) {
        return netzwerk.apply(register, declaration, on);
    }

    /** @return GO-1.4 candidates: no attendance at any AG in the year before {@code asOf} */
    public List<Partner> inactivePartners(Register register, List<AttendanceRecord> attendance, LocalDate asOf) {
        return register.inactiveCandidates(netzwerk.settings().profile(), attendance, asOf);
    }

    /** @return the attendance sheet PDF for the meeting */
    public byte[] attendanceSheet(Meeting meeting, Register register) {
        return netzwerk.generate(new Document.AttendanceSheet(meeting, register)).bytes();
    }

    /**
     * @return one record per partner listed on the ticked sheet
     * @throws UnreadableException if the sheet cannot be read
     */
    public List<AttendanceRecord> readAttendance(Meeting meeting, byte[] sheet) {
        try {
            return netzwerk.readAttendance(meeting, Input.of(sheet));
        } catch (NetzwerkException e) {
            throw new UnreadableException("ATTENDANCE", "Die Datei ist keine Anwesenheitsliste dieser Sitzung "
                    + "oder hat ihre Ankreuzfelder verloren.");
        }
    }

    /** @return the invitation PDF, addressed to the meeting's mailing list */
    public byte[] invitation(Meeting meeting, Register register) {
        return netzwerk.generate(new Document.Invitation(meeting, register, false)).bytes();
    }

    /** @return the meeting as an RFC 5545 calendar */
    public String invitationCalendar(Meeting meeting) {
        return netzwerk.generate(new Document.InvitationCalendar(meeting)).text();
    }

    /** @return the minutes PDF, with the register's partners who were absent without excuse */
    public byte[] minutes(Minutes minutes, Register register) {
        return netzwerk.generate(Document.MinutesDocument.of(minutes, register)).bytes();
    }

    /** @return the work plan PDF with its compliance box */
    public byte[] workPlan(WorkPlan plan) {
        return netzwerk.generate(new Document.WorkPlanDocument(plan)).bytes();
    }

    /** @return the work plan's findings (GO-5.2a, GO-5.2b, GO-5.3, GO-4.3) */
    public List<Finding> checkWorkPlan(WorkPlan plan) {
        return RuleChecks.checkWorkPlan(netzwerk.settings().profile(), plan);
    }

    /** @param groupId a working group id, or null for the whole network @return RFC 4180 CSV */
    public String mailingListCsv(Register register, String groupId) {
        return netzwerk.generate(new Document.MailingList(register, Optional.ofNullable(groupId))).text();
    }

}
