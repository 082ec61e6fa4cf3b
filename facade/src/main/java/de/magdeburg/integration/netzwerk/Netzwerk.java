package de.magdeburg.integration.netzwerk;

import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.GuestAdmission;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.NetworkChange;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.PortalEntry;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.core.RuleChecks;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import de.magdeburg.integration.netzwerk.forms.AttendanceSheetReader;
import de.magdeburg.integration.netzwerk.core.internal.AtomicFiles;
import de.magdeburg.integration.netzwerk.forms.DeclarationForm;
import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
import de.magdeburg.integration.netzwerk.forms.ReadLimits;
import de.magdeburg.integration.netzwerk.templates.Documents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The one entry point city applications embed: rules, the declaration form and the network's
 * documents, in the words of the Geschäftsordnung.
 *
 * <pre>{@code
 * Netzwerk netzwerk = Netzwerk.create();                       // Magdeburg 2016 rules
 * DeclarationReading reading = netzwerk.readDeclaration(Path.of("erklaerung.pdf"));
 * if (reading.findings().stream().noneMatch(Finding::isError)) {
 *     RegisterUpdate update = netzwerk.apply(register, reading.declaration(), LocalDate.now());
 *     register = update.register();
 * }
 * Register current = register;
 * Netzwerk.toFile(Path.of("anwesenheit.pdf"), out -> netzwerk.attendanceSheet(meeting, current, out));
 * }</pre>
 *
 * <p>Final, immutable and thread-safe: create one instance and share it. Fonts and templates are
 * loaded once per instance. Documents go to an {@link OutputStream} (not closed) or a {@link Path},
 * or come back as {@code byte[]}. Every exception thrown on purpose is a
 * {@link de.magdeburg.integration.netzwerk.core.NetzwerkException}; unreadable declarations give a
 * {@link de.magdeburg.integration.netzwerk.forms.FormReadException} with a reason.
 */
// Over 400 lines on purpose: the one class a city application embeds, one documented delegation
// per task; the rules are in core, the PDFs in forms and templates.
public final class Netzwerk {
    private final RulesProfile profile;
    private final Clock clock;
    private final DeclarationForm form;
    private final AttendanceSheetReader attendanceReader;
    /**
     * Built on first use: fonts, templates and OpenHTMLtoPDF cost a cold process several hundred
     * milliseconds that reading or filling a declaration never needs.
     */
    private volatile Documents documents;

    private Netzwerk(Builder b) {
        this.profile = b.profile;
        this.clock = b.clock != null ? b.clock : profile.systemClock();
        this.form = DeclarationForm.builder().profile(profile).clock(clock).limits(b.limits).build();
        this.attendanceReader = AttendanceSheetReader.of(b.limits);
    }

    /** @return an instance with the Magdeburg 2016 rules, the system clock in the profile's time
     *     zone (Europe/Berlin) and default limits */
    public static Netzwerk create() {
        return builder().build();
    }

    /** @return a builder starting from the defaults of {@link #create()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from this instance's settings */
    public Builder newBuilder() {
        Builder b = new Builder();
        b.profile = profile;
        b.clock = clock;
        b.limits = form.limits();
        return b;
    }

    /** @return the rules this instance applies */
    public RulesProfile profile() {
        return profile;
    }

    // --- declarations (§1(2), Anlage) ---------------------------------------------------------

    /** @return the blank declaration form as PDF (GO-1.2) */
    public byte[] blankDeclaration() {
        return form.blank();
    }

    /** @param out receives the blank declaration form; not closed */
    public void writeBlankDeclaration(OutputStream out) {
        form.writeBlank(out);
    }

    /**
     * @param declaration the values to pre-fill, e.g. from the register for a CHANGE; not null
     * @return the pre-filled, still editable declaration form
     */
    public byte[] prefilledDeclaration(Declaration declaration) {
        return form.prefilled(declaration);
    }

    /**
     * @param declaration the values to pre-fill; not null
     * @param out receives the form; not closed
     */
    public void writePrefilledDeclaration(Declaration declaration, OutputStream out) {
        form.writePrefilled(declaration, out);
    }

    /**
     * Reads a returned declaration form.
     *
     * @param pdf the file's bytes; not null
     * @return the declaration and its findings
     * @throws de.magdeburg.integration.netzwerk.forms.FormReadException if the file is not a readable declaration
     */
    public DeclarationReading readDeclaration(byte[] pdf) {
        return form.read(pdf);
    }

    /**
     * @param file a returned declaration form; not null
     * @return the declaration and its findings
     * @throws de.magdeburg.integration.netzwerk.forms.FormReadException if the file is not a readable declaration
     */
    public DeclarationReading readDeclaration(Path file) {
        return form.read(file);
    }

    /**
     * @param declaration a declaration from any source (JSON, a web form); not null
     * @return the content findings the form reader would give (required fields, email, postal code …)
     */
    public List<Finding> checkDeclaration(Declaration declaration) {
        return form.check(declaration);
    }

    /**
     * @param received a received declaration form; not null
     * @return an archival copy with every appearance re-rendered with the library's font
     */
    public byte[] archivalCopy(byte[] received) {
        return form.archivalCopy(received);
    }

    // --- register (§1(3), §1(4)) -----------------------------------------------------------------

    /**
     * Applies a declaration to the register under this instance's rules: exactly
     * {@link Register#apply(RulesProfile, Declaration, LocalDate)}, which checks the content
     * (GO-1.2, GO-4.1, GO-6) and then the register (GO-1.2, GO-1.3). The core, this facade and the
     * command line give the same findings for the same declaration.
     *
     * @param register the current register; not null
     * @param declaration the declaration; not null
     * @param on the day it takes effect; not null
     * @return the new register with all findings; the unchanged register if any finding is an ERROR
     */
    public RegisterUpdate apply(Register register, Declaration declaration, LocalDate on) {
        return register.apply(profile, declaration, on);
    }

    /**
     * GO-1.4: the partners without attendance at any working group in the profile's inactivity
     * period before {@code asOf}. Removing them is a separate step: {@link Register#removeInactive}.
     *
     * @param register the register; not null
     * @param attendance attendance records; not null
     * @param asOf the day to judge on; not null
     * @return the candidates for removal, sorted by organisation
     */
    public List<Partner> inactivePartners(Register register, List<AttendanceRecord> attendance, LocalDate asOf) {
        return register.inactiveCandidates(profile, attendance, asOf);
    }

    /** @return today's date in this instance's clock */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- rule checks -----------------------------------------------------------------------------

    /**
     * @param plan an annual work plan; not null
     * @return GO-5.2a, GO-5.2b, GO-5.3 and GO-4.3 findings
     */
    public List<Finding> checkWorkPlan(WorkPlan plan) {
        return RuleChecks.checkWorkPlan(profile, plan);
    }

    private Documents documents() {
        Documents d = documents;
        if (d == null) {
            synchronized (this) {
                d = documents;
                if (d == null) {
                    d = Documents.builder().profile(profile).clock(clock).build();
                    documents = d;
                }
            }
        }
        return d;
    }

    // --- documents (§5(1)) -----------------------------------------------------------------------

    /**
     * The attendance sheet (Anwesenheitsliste, §1(4)) listing the partners expected at the meeting
     * ({@link Register#expectedAt(Meeting)}) and the guests who may attend, as
     * {@link #guestAdmission(Meeting, Register)} decides with the register's speakers; the sheet
     * names the guests left off.
     *
     * @param meeting the meeting; not null
     * @param register the register, with the speakers' terms and guests' registrations; not null
     * @param out receives the PDF; not closed
     * @return the GO-1.5 findings about the guests (an ERROR for each guest left off, a WARNING for
     *     an approver who was no speaker) and a WARNING (rule {@code FONT}) for every value with a
     *     character no font can show; print them
     */
    public List<Finding> attendanceSheet(Meeting meeting, Register register, OutputStream out) {
        return documents().attendanceSheet(guestAdmission(meeting, register), register.expectedAt(meeting), out);
    }

    /**
     * GO-1.5 (§1(5)): which guests of the meeting, announced in it or registered in the register,
     * may attend, judged with the register's speakers' terms (§4(3)).
     *
     * @param meeting the meeting; not null
     * @param register the register; not null
     * @return the decision the invitation and the attendance sheet print
     */
    public GuestAdmission guestAdmission(Meeting meeting, Register register) {
        return GuestAdmission.check(profile, meeting, register);
    }

    /**
     * Records a change of the working groups, speakers or guests under this instance's profile:
     * {@link Register#record(RulesProfile, NetworkChange)}.
     *
     * @param register the register; not null
     * @param change the change; not null
     * @return the new register and findings; the unchanged register when refused
     */
    public RegisterUpdate record(Register register, NetworkChange change) {
        return register.record(profile, change);
    }

    /**
     * @param meeting the meeting; not null
     * @param register the register; not null
     * @return the attendance sheet PDF (see {@link #attendanceSheet(Meeting, Register, OutputStream)})
     */
    public byte[] attendanceSheet(Meeting meeting, Register register) {
        return bytes(out -> attendanceSheet(meeting, register, out));
    }

    /**
     * Reads a ticked attendance sheet back, with the same {@linkplain Builder#limits(ReadLimits)
     * limits} and the same hardened reader as declarations.
     *
     * @param meeting the meeting the sheet was printed for; not null
     * @param sheet the sheet's PDF; not null
     * @return one record per listed partner
     * @throws de.magdeburg.integration.netzwerk.forms.FormReadException if the file is not a readable
     *     attendance sheet within the limits, with its reason
     * @throws de.magdeburg.integration.netzwerk.core.NetzwerkException if the sheet belongs to another meeting
     */
    public List<AttendanceRecord> readAttendance(Meeting meeting, byte[] sheet) {
        return attendanceReader.read(meeting, sheet);
    }

    /**
     * Reads a ticked attendance sheet back, taking the meeting from the sheet itself.
     *
     * @param sheet the sheet's PDF; not null
     * @return one record per listed partner
     * @throws de.magdeburg.integration.netzwerk.forms.FormReadException if the file is not a readable
     *     attendance sheet within the limits, with its reason
     */
    public List<AttendanceRecord> readAttendance(byte[] sheet) {
        return attendanceReader.read(sheet);
    }

    /**
     * The minutes with the partners who were expected (the register's active partners in the
     * meeting's mailing list, as on the attendance sheet) but neither present nor excused: what
     * GO-1.4 (§ 1 Abs. 4) depends on.
     *
     * @param minutes the minutes; not null
     * @param register the register; not null
     * @param out receives the PDF; not closed
     * @return a WARNING (rule {@code FONT}) for every value with a character no font can show
     */
    public List<Finding> minutes(Minutes minutes, Register register, OutputStream out) {
        return documents().minutes(minutes, register.expectedAt(minutes.meeting()), out);
    }

    /**
     * @param minutes the minutes; not null
     * @param register the register; not null
     * @return the PDF (see {@link #minutes(Minutes, Register, OutputStream)})
     */
    public byte[] minutes(Minutes minutes, Register register) {
        return bytes(out -> minutes(minutes, register, out));
    }

    /**
     * The minutes without the register, so without the list of absent partners.
     *
     * @param minutes the minutes; not null
     * @param out receives the PDF; not closed
     * @return a WARNING (rule {@code FONT}) for every value with a character no font can show
     */
    public List<Finding> minutes(Minutes minutes, OutputStream out) {
        return documents().minutes(minutes, out);
    }

    /**
     * @param minutes the minutes; not null
     * @return the PDF, without the list of absent partners
     */
    public byte[] minutes(Minutes minutes) {
        return bytes(out -> minutes(minutes, out));
    }

    /**
     * Prints a work plan with its compliance box and returns the findings printed there.
     *
     * @param plan the plan; not null
     * @param out receives the PDF; not closed
     * @return the plan's findings (GO-5.2a, GO-5.2b, GO-5.3, GO-4.3), then a WARNING (rule
     *     {@code FONT}, not printed in the plan) for every value with a character no font can show
     */
    public List<Finding> workPlan(WorkPlan plan, OutputStream out) {
        List<Finding> findings = checkWorkPlan(plan);
        List<Finding> printed = documents().workPlan(plan, findings, out);
        if (printed.isEmpty()) {
            return findings;
        }
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(printed);
        return List.copyOf(all);
    }

    /**
     * The invitation with agenda to the partners expected ({@link Register#expectedAt(Meeting)}),
     * naming the guests who may attend as {@link #guestAdmission(Meeting, Register)} decides.
     *
     * @param meeting the meeting; not null
     * @param register the register, with the speakers' terms and guests' registrations; not null
     * @param out receives the PDF; not closed
     * @return the GO-1.5 findings about the guests (an ERROR for each guest left off) and the
     *     document's own warnings; print them
     */
    public List<Finding> invitation(Meeting meeting, Register register, OutputStream out) {
        return invitation(meeting, register, false, out);
    }

    /**
     * The invitation, saying that the meeting's calendar file ({@link #invitationCalendar(Meeting)})
     * is enclosed when it is; otherwise as {@link #invitation(Meeting, Register, OutputStream)}.
     *
     * @param meeting the meeting; not null
     * @param register the register, with the speakers' terms and guests' registrations; not null
     * @param calendarEnclosed whether the calendar file goes with the letter
     * @param out receives the PDF; not closed
     * @return the GO-1.5 findings about the guests, a WARNING (rule {@code DOC}) if the letter is
     *     dated after the meeting, and (rule {@code FONT}) values with a character no font can show
     */
    public List<Finding> invitation(Meeting meeting, Register register, boolean calendarEnclosed,
            OutputStream out) {
        return documents().invitation(guestAdmission(meeting, register), register.expectedAt(meeting),
                calendarEnclosed, out);
    }

    /**
     * @param meeting the meeting; not null
     * @return the meeting as an RFC 5545 calendar, {@code METHOD:REQUEST} with the meeting's
     *     {@code SEQUENCE} ({@link Documents#invitationCalendar(Meeting)})
     */
    public String invitationCalendar(Meeting meeting) {
        return documents().invitationCalendar(meeting);
    }

    /**
     * @param meeting the meeting as last sent; not null
     * @return its cancellation, {@code METHOD:CANCEL}, {@code STATUS:CANCELLED}, same UID, SEQUENCE
     *     one higher ({@link Documents#cancellationCalendar(Meeting)})
     */
    public String cancellationCalendar(Meeting meeting) {
        return documents().cancellationCalendar(meeting);
    }

    /**
     * @param register the register; not null
     * @param out receives the partner overview PDF (§1(3)); not closed
     * @return a WARNING (rule {@code FONT}) for every value with a character no font can show
     */
    public List<Finding> partnerOverview(Register register, OutputStream out) {
        return documents().partnerOverview(register.activePartners(), out);
    }

    /**
     * @param register the register; not null
     * @return the consenting organisations, no personal data
     */
    public List<PortalEntry> portalListing(Register register) {
        return register.portalListing();
    }

    /**
     * @param register the register; not null
     * @return the portal listing as an HTML fragment
     */
    public String portalListingHtml(Register register) {
        return documents().portalListingHtml(register.portalListing());
    }

    /**
     * @param register the register; not null
     * @param groupId a working group id, or null for the network-wide list
     * @return the mailing list (Verteiler) as RFC 4180 CSV
     */
    public String mailingListCsv(Register register, String groupId) {
        if (groupId != null) {
            profile.requireWorkingGroup(groupId);
        }
        return documents().mailingListCsv(groupId == null ? register.mailingList() : register.mailingList(groupId));
    }

    /**
     * Writes a document to a file, creating or replacing it atomically: the old file stays as it
     * was if the document cannot be made.
     *
     * @param file the file; not null
     * @param writer writes the document
     */
    public static void toFile(Path file, DocumentWriter writer) {
        // written completely to a sibling first: a failed render never leaves a broken or empty file
        var buffer = new ByteArrayOutputStream();
        writer.write(buffer);
        try {
            AtomicFiles.replace(file, out -> buffer.writeTo(out));
        } catch (IOException e) {
            // the file system's wording names Java's exception classes: the file is what people need
            throw new NetzwerkException("Datei kann nicht geschrieben werden / cannot write " + file, e);
        }
    }


    /** Writes one document to a stream. */
    @FunctionalInterface
    public interface DocumentWriter {
        /** @param out the stream to write to; not closed by the writer */
        void write(OutputStream out);
    }

    private static byte[] bytes(DocumentWriter w) {
        var out = new ByteArrayOutputStream();
        w.write(out);
        return out.toByteArray();
    }

    /** Settings for a {@link Netzwerk}; not thread-safe, every setter validates. */
    // The same settings as DeclarationForm.Builder, on purpose: a city that embeds only the forms
    // module configures it without the facade; this builder passes them on to both modules.
    public static final class Builder {
        private RulesProfile profile = RulesProfile.magdeburg2016();
        private Clock clock; // null: the system clock in the profile's time zone
        private ReadLimits limits = ReadLimits.defaults();

        private Builder() {
        }

        /**
         * @param value the rules; not null
         * @return this builder
         */
        public Builder profile(RulesProfile value) {
            this.profile = Objects.requireNonNull(value, "profile");
            return this;
        }

        /**
         * @param value the clock for document dates and "today"; not null (default the system
         *     clock in the profile's time zone); a fixed clock makes documents reproducible
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @param value limits for reading untrusted PDFs; not null
         * @return this builder
         */
        public Builder limits(ReadLimits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /** @return the instance */
        public Netzwerk build() {
            return new Netzwerk(this);
        }
    }
}
