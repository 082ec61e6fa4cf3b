package de.magdeburg.integration.netzwerk.web;

import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import de.magdeburg.integration.netzwerk.web.internal.StandInLibrary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

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

    private final StandInLibrary library;

    /** @param clock the clock for document dates; not null */
    public LibraryAdapter(Clock clock) {
        this.library = new StandInLibrary(RulesProfile.magdeburg2016(), clock);
    }

    /** @return the rules in use */
    public RulesProfile profile() {
        return library.profile();
    }

    /** @return the blank declaration form */
    public byte[] blankDeclaration() {
        return library.blankDeclaration();
    }

    /**
     * @param pdf the bytes a partner sent; not null
     * @return the declaration and its findings
     * @throws UnreadableException if the file is not a readable declaration
     */
    public Reading readDeclaration(byte[] pdf) {
        return library.readDeclaration(pdf);
    }

    /** @return the new register and findings; the unchanged register if a finding is an ERROR */
    public RegisterUpdate apply(Register register, Declaration declaration, LocalDate on) {
        return library.apply(register, declaration, on);
    }

    /** @return GO-1.4 candidates: no attendance at any AG in the year before {@code asOf} */
    public List<Partner> inactivePartners(Register register, List<AttendanceRecord> attendance, LocalDate asOf) {
        return library.inactivePartners(register, attendance, asOf);
    }

    /** @return the attendance sheet PDF for the meeting */
    public byte[] attendanceSheet(Meeting meeting, Register register) {
        return library.attendanceSheet(meeting, register);
    }

    /**
     * @return one record per partner listed on the ticked sheet
     * @throws UnreadableException if the sheet cannot be read
     */
    public List<AttendanceRecord> readAttendance(Meeting meeting, byte[] sheet) {
        return library.readAttendance(meeting, sheet);
    }

    /** @return the invitation PDF, addressed to the meeting's mailing list */
    public byte[] invitation(Meeting meeting, Register register) {
        return library.invitation(meeting, register);
    }

    /** @return the meeting as an RFC 5545 calendar */
    public String invitationCalendar(Meeting meeting) {
        return library.invitationCalendar(meeting);
    }

    /** @return the minutes PDF */
    public byte[] minutes(Minutes minutes) {
        return library.minutes(minutes);
    }

    /** @return the work plan PDF (its rule findings are printed in it) */
    public byte[] workPlan(WorkPlan plan) {
        return library.workPlan(plan);
    }

    /** @return the work plan's findings (GO-5.2a, GO-5.2b, GO-5.3, GO-4.3) */
    public List<Finding> checkWorkPlan(WorkPlan plan) {
        return library.checkWorkPlan(plan);
    }

    /** @param groupId a working group id, or null for the whole network @return RFC 4180 CSV */
    public String mailingListCsv(Register register, String groupId) {
        return library.mailingListCsv(register, groupId);
    }
}
