package de.magdeburg.integration.netzwerk.web;

import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.Output;
import de.magdeburg.integration.netzwerk.core.GuestAdmission;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.NetworkChange;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.WorkingGroup;
import de.magdeburg.integration.netzwerk.forms.Input;
import de.magdeburg.integration.netzwerk.templates.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every call of the coordinator's workplace (groups, speakers, guests, authored meetings and their
 * invitations) into the Netzwerk facade, in one class: when the facade's document API changes, this
 * file is the one to port. The rules themselves stay in the library.
 *
 * <p>Thread-safe; one instance per application.
 */
@Component
public class WorkplaceLibrary {
    private final Netzwerk netzwerk;

    WorkplaceLibrary(Netzwerk netzwerk) {
        this.netzwerk = Objects.requireNonNull(netzwerk, "netzwerk");
    }

    /** @return the rules in use */
    public RulesProfile profile() {
        return netzwerk.settings().profile();
    }

    /** @return the profile's working groups, then those founded in the register (§ 4 Abs. 1, 2) */
    public List<WorkingGroup> workingGroups(Register register) {
        List<WorkingGroup> out = new ArrayList<>(netzwerk.settings().profile().workingGroups());
        register.foundedGroups().forEach(g -> out.add(g.workingGroup()));
        return out;
    }

    /** @return the group with this id, from the profile or founded in the register */
    public Optional<WorkingGroup> findWorkingGroup(Register register, String groupId) {
        return workingGroups(register).stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    /** @return the register with the change, or unchanged with the ERROR findings (GO-4.2, GO-4.3, GO-1.5) */
    public RegisterUpdate record(Register register, NetworkChange change) {
        return netzwerk.record(register, change);
    }

    /** @return which guests may attend the meeting (GO-1.5), judged with the register's speakers */
    public GuestAdmission guestAdmission(Meeting meeting, Register register) {
        return GuestAdmission.check(netzwerk.settings().profile(), meeting, register);
    }

    /** @return the invitation PDF that says the calendar file is enclosed, with its findings */
    public Output invitation(Meeting meeting, Register register) {
        return netzwerk.generate(new Document.Invitation(meeting, register, true));
    }

    /** @return the meeting as an RFC 5545 calendar, METHOD:REQUEST with its SEQUENCE */
    public String invitationCalendar(Meeting meeting) {
        return netzwerk.generate(new Document.InvitationCalendar(meeting)).text();
    }

    /** @return the cancellation of the meeting as last sent: METHOD:CANCEL, same UID, SEQUENCE one higher */
    public String cancellationCalendar(Meeting meeting) {
        return netzwerk.generate(new Document.CancellationCalendar(meeting)).text();
    }

    /**
     * @return one record per partner listed on the ticked sheet
     * @throws LibraryAdapter.UnreadableException if the file is not this meeting's sheet or lost its boxes
     */
    public List<de.magdeburg.integration.netzwerk.core.AttendanceRecord> readAttendance(Meeting meeting,
            byte[] sheet) {
        try {
            return netzwerk.readAttendance(meeting, Input.of(sheet));
        } catch (de.magdeburg.integration.netzwerk.core.NetzwerkException e) {
            throw new LibraryAdapter.UnreadableException("ATTENDANCE", "Die Datei ist keine Anwesenheitsliste "
                    + "dieser Sitzung oder hat ihre Ankreuzfelder verloren.");
        }
    }

    /** @return the attendance sheet PDF listing the partners expected and the guests admitted, with findings */
    public Output attendanceSheet(Meeting meeting, Register register) {
        return netzwerk.generate(new Document.AttendanceSheet(meeting, register));
    }
}
