package de.magdeburg.integration.netzwerk.web.api;

import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.PortalEntry;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
import de.magdeburg.integration.netzwerk.forms.FormReadException;
import de.magdeburg.integration.netzwerk.forms.Input;
import de.magdeburg.integration.netzwerk.templates.CalendarEntry;
import de.magdeburg.integration.netzwerk.templates.Document;
import de.magdeburg.integration.netzwerk.templates.Documents;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Every call of the HTTP API into the library's facade, in one place: when the facade changes
 * shape (documents as one result value), this file is the one to port.
 *
 * <p>Thread-safe, as the facade is.
 */
@Component
public class ApiLibrary {
    /** The file is not a readable declaration: the reason and the library's German and English wording. */
    public static final class UnreadableFormException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        UnreadableFormException(FormReadException.Reason reason) {
            super(reason.german() + ". / " + reason.english() + ".");
            this.reason = reason.name();
        }

        /** @return the reason code, e.g. {@code NOT_A_PDF} */
        public String reason() {
            return reason;
        }
    }

    private final Netzwerk netzwerk;
    /** The facade has no calendar feed (yet): the templates module's documents with the same profile. */
    private final Documents documents;

    ApiLibrary(Netzwerk netzwerk) {
        this.netzwerk = Objects.requireNonNull(netzwerk, "netzwerk");
        this.documents = Documents.builder().settings(netzwerk.settings()).build();
    }

    /** @return the rules in use */
    public RulesProfile profile() {
        return netzwerk.settings().profile();
    }

    /** @return the blank declaration form (§1(2), Anlage) */
    public byte[] blankDeclaration() {
        return netzwerk.blankDeclaration().bytes();
    }

    /** @return the declaration form filled with {@code declaration} */
    public byte[] prefilledDeclaration(Declaration declaration) {
        return netzwerk.prefilledDeclaration(declaration).bytes();
    }

    /**
     * @return the declaration, its findings and its signatures
     * @throws UnreadableFormException if the bytes are not a readable declaration form
     */
    public DeclarationReading read(byte[] pdf) {
        try {
            return netzwerk.readDeclaration(Input.of(pdf));
        } catch (FormReadException e) {
            throw new UnreadableFormException(e.reason());
        }
    }

    /** @return the partner overview PDF (§1(3)) */
    public byte[] partnerOverview(Register register) {
        return netzwerk.generate(new Document.PartnerOverview(register)).bytes();
    }

    /** @return the consenting organisations, without personal data */
    public List<PortalEntry> portalListing(Register register) {
        return register.portalListing();
    }

    /** @param groupId a working group id, or null for the network @return the mailing list as CSV (§1(4)) */
    public String mailingListCsv(Register register, String groupId) {
        return netzwerk.generate(groupId == null ? Document.MailingList.wholeNetwork(register)
                : Document.MailingList.ofGroup(register, groupId)).text();
    }

    /** @return the attendance sheet PDF (§1(4)) */
    public byte[] attendanceSheet(Meeting meeting, Register register) {
        return netzwerk.generate(new Document.AttendanceSheet(meeting, register)).bytes();
    }

    /** @return the invitation PDF, addressed to the meeting's mailing list */
    public byte[] invitation(Meeting meeting, Register register) {
        return netzwerk.generate(new Document.Invitation(meeting, register, false)).bytes();
    }

    /** @return the minutes PDF (§5(1)) */
    public byte[] minutes(Minutes minutes, Register register) {
        return netzwerk.generate(Document.MinutesDocument.of(minutes, register)).bytes();
    }

    /** @return the work plan PDF (§5(1)) */
    public byte[] workPlan(WorkPlan plan) {
        return netzwerk.generate(new Document.WorkPlanDocument(plan)).bytes();
    }

    /** @return the subscribable calendar of {@code entries} (§5(2)), named {@code name} */
    public String calendarFeed(String name, List<CalendarEntry> entries) {
        return documents.calendarFeed(name, entries);
    }
}
