package de.magdeburg.integration.netzwerk.templates;

import com.samskivert.mustache.MustacheException;
import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.GuestAdmission;
import de.magdeburg.integration.netzwerk.core.InvalidDataException;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.PortalEntry;
import de.magdeburg.integration.netzwerk.core.ReviewState;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.Rules;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import de.magdeburg.integration.netzwerk.forms.AttendanceSheetReader;
import de.magdeburg.integration.netzwerk.templates.internal.AttendanceForm;
import de.magdeburg.integration.netzwerk.templates.internal.CalendarWriter;
import de.magdeburg.integration.netzwerk.templates.internal.German;
import de.magdeburg.integration.netzwerk.templates.internal.PdfEngine;
import de.magdeburg.integration.netzwerk.templates.internal.TemplateSet;
import de.magdeburg.integration.netzwerk.templates.internal.TextExports;
import de.magdeburg.integration.netzwerk.templates.internal.Typesetting;
import de.magdeburg.integration.netzwerk.templates.internal.Views;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The printable documents of the network (§5(1)): attendance sheets, minutes, annual work plans,
 * invitations with an iCalendar file, the partner overview, the portal listing and the mailing list.
 *
 * <p>Every PDF is A4, PDF/A-2u and PDF/UA-1 (tagged, German, titled), uses only the embedded DejaVu
 * Sans font, and carries the network's short name and "Seite X von Y" on every page. Templates
 * render what they are given: the caller chooses the partners and computes the rule findings.
 * User text is always escaped, and the renderer loads no resource at all: no network, no file.
 * The same input and clock give byte-identical output.
 *
 * <pre>{@code
 * Documents documents = Documents.create();
 * try (OutputStream out = Files.newOutputStream(Path.of("anwesenheit.pdf"))) {
 *     documents.attendanceSheet(meeting, register.activePartners(), out);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: the templates are compiled and the fonts read once per instance;
 * share one instance.
 */
// Over 400 lines on purpose: the module's one public entry point, one documented method per
// document and destination (stream or byte[]); the work is done in the internal package.
public final class Documents {
    private final RulesProfile profile;
    private final Clock clock;
    private final PdfEngine engine;
    private final TemplateSet templates;
    private final Views views;
    private final CalendarWriter calendar;

    private Documents(Builder b) {
        this.profile = b.profile;
        this.clock = b.clock != null ? b.clock : profile.systemClock();
        this.engine = new PdfEngine(clock);
        this.templates = new TemplateSet();
        this.views = new Views(profile);
        this.calendar = new CalendarWriter(profile, clock);
    }

    /**
     * Documents with the Magdeburg 2016 profile and the system clock in the profile's time zone
     * (Europe/Berlin).
     *
     * @return a new instance; expensive (fonts, templates), so keep and share it
     */
    public static Documents create() {
        return builder().build();
    }

    /** @return a builder with the defaults of {@link #create()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this instance's settings */
    public Builder newBuilder() {
        return new Builder().profile(profile).clock(clock);
    }

    /** @return the rules profile whose names and wording the documents use */
    public RulesProfile profile() {
        return profile;
    }

    /** @return the clock the documents are dated with */
    public Clock clock() {
        return clock;
    }

    /**
     * Writes the attendance sheet (Anwesenheitsliste, §1(4)) of a meeting: header with group, date,
     * time and place; one row per expected partner with organisation, representative, a "present"
     * check box (a real form field named {@code present_N}, N the index in {@code expected} from 0)
     * and a signature column; eight blank rows for walk-ins; the guests admitted by GO-1.5, and
     * below them the names of the guests left off, so nobody reads "no guests" where a guest was
     * refused; the data-protection note.
     *
     * <p>The sheet renders the decision it is given: which guests may attend is
     * {@link GuestAdmission}'s (core), taken before with the register's speakers.
     *
     * @param guests the meeting with its admitted guests and those left off; not null
     * @param expected the partners expected, printed in this order (usually
     *     {@link de.magdeburg.integration.netzwerk.core.Register#expectedAt(Meeting)}); not null, may be empty
     * @param out where the PDF goes; not null, not closed
     * @return {@link GuestAdmission#findings()}, the findings about the guests, and a WARNING (rule
     *     {@code FONT}) for every value with a character no font can show
     * @throws RenderException if the sheet cannot be rendered or written
     */
    public List<Finding> attendanceSheet(GuestAdmission guests, List<Partner> expected, OutputStream out) {
        Objects.requireNonNull(guests, "guests");
        List<Partner> rows = List.copyOf(expected);
        Meeting admitted = guests.meeting();
        List<Finding> printed = pdf("Anwesenheitsliste", views.attendanceTitle(admitted), "attendance",
                () -> views.attendance(admitted, rows, guests.leftOff()),
                (doc, renderer) -> AttendanceForm.addFields(doc, renderer, admitted, rows), out);
        return concat(guests.findings(), printed);
    }

    /**
     * The attendance sheet of a meeting whose guests were admitted by the caller: every guest of
     * {@code meeting} is printed; see {@link #attendanceSheet(GuestAdmission, List, OutputStream)}.
     *
     * @param meeting the meeting with the guests to print; not null
     * @param expected the partners expected, printed in this order; not null, may be empty
     * @param out where the PDF goes; not null, not closed
     * @return an empty list: nothing was judged
     * @throws RenderException if the sheet cannot be rendered or written
     */
    public List<Finding> attendanceSheet(Meeting meeting, List<Partner> expected, OutputStream out) {
        return attendanceSheet(GuestAdmission.asGiven(meeting), expected, out);
    }

    /**
     * The attendance sheet in memory; see {@link #attendanceSheet(Meeting, List, OutputStream)}.
     *
     * @param meeting the meeting; not null
     * @param expected the partners expected; not null
     * @return the PDF
     * @throws RenderException if the sheet cannot be rendered
     */
    public byte[] attendanceSheet(Meeting meeting, List<Partner> expected) {
        return bytes(out -> attendanceSheet(meeting, expected, out));
    }

    /**
     * Reads a ticked attendance sheet back (the evidence for GO-1.4).
     *
     * <p>The sheet carries its meeting id and the rows it printed, so the partner list is not needed;
     * the meeting passed must be the sheet's meeting. A box counts as ticked when the field's value
     * is any state other than {@code Off} ({@code Yes}, {@code On}, {@code 1} …), or, for writers
     * that only set the widget, when its appearance state is.
     *
     * @param meeting the meeting the sheet was printed for; not null
     * <p>The sheet is untrusted: it is read by {@link AttendanceSheetReader} with
     * {@link de.magdeburg.integration.netzwerk.forms.ReadLimits#defaults()}.
     *
     * @param tickedSheet the PDF as returned; not null
     * @return one record per printed partner, in print order, {@code present} as ticked
     * @throws de.magdeburg.integration.netzwerk.forms.FormReadException if the bytes are not a
     *     readable attendance sheet within the limits (with its reason)
     * @throws NetzwerkException if the sheet belongs to another meeting
     */
    public List<AttendanceRecord> readAttendance(Meeting meeting, byte[] tickedSheet) {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(tickedSheet, "tickedSheet");
        return AttendanceSheetReader.create().read(meeting, tickedSheet);
    }

    /**
     * Reads a ticked attendance sheet back, taking the meeting's id, day, kind and group from the
     * sheet itself (for callers that only have the file, such as {@code netzwerk attendance read}).
     *
     * @param tickedSheet the PDF as returned; not null
     * @return one record per printed partner, in print order, {@code present} as ticked
     * @throws de.magdeburg.integration.netzwerk.forms.FormReadException if the bytes are not a
     *     readable attendance sheet within the limits (with its reason)
     */
    public List<AttendanceRecord> readAttendance(byte[] tickedSheet) {
        Objects.requireNonNull(tickedSheet, "tickedSheet");
        return AttendanceSheetReader.create().read(tickedSheet);
    }

    /**
     * Writes the minutes (Protokoll, §5(1)) with every field of the record and the expected
     * partners who were neither present nor excused (what GO-1.4, § 1 Abs. 4, depends on); until
     * they are {@link de.magdeburg.integration.netzwerk.core.ReviewState#APPROVED approved} every
     * page carries a large "ENTWURF" mark and the first page a draft banner; approved minutes name
     * the approver and the day of approval.
     *
     * @param minutes the minutes; not null
     * @param expected the partners expected at the meeting (for a working group: the active
     *     partners in its mailing list); not null
     * @param out where the PDF goes; not null, not closed
     * @return a WARNING (rule {@code FONT}) for every value with a character no font can show
     * @throws RenderException if the minutes cannot be rendered or written
     */
    public List<Finding> minutes(Minutes minutes, List<Partner> expected, OutputStream out) {
        Objects.requireNonNull(expected, "expected");
        return writeMinutes(minutes, List.copyOf(expected), out);
    }

    /**
     * The minutes in memory; see {@link #minutes(Minutes, List, OutputStream)}.
     *
     * @param minutes the minutes; not null
     * @param expected the partners expected at the meeting; not null
     * @return the PDF
     */
    public byte[] minutes(Minutes minutes, List<Partner> expected) {
        return bytes(out -> minutes(minutes, expected, out));
    }

    /**
     * Writes the minutes without knowing who was expected: as
     * {@link #minutes(Minutes, List, OutputStream)}, but without the list of absent partners.
     *
     * @param minutes the minutes; not null
     * @param out where the PDF goes; not null, not closed
     * @return a WARNING (rule {@code FONT}) for every value with a character no font can show
     * @throws RenderException if the minutes cannot be rendered or written
     */
    public List<Finding> minutes(Minutes minutes, OutputStream out) {
        return writeMinutes(minutes, null, out);
    }

    /**
     * The minutes in memory; see {@link #minutes(Minutes, OutputStream)}.
     *
     * @param minutes the minutes; not null
     * @return the PDF
     */
    public byte[] minutes(Minutes minutes) {
        return bytes(out -> minutes(minutes, out));
    }

    private List<Finding> writeMinutes(Minutes minutes, List<Partner> expected, OutputStream out) {
        Objects.requireNonNull(minutes, "minutes");
        return pdf("Protokoll", views.minutesTitle(minutes), "minutes", () -> views.minutes(minutes, expected),
                minutes.state() == ReviewState.APPROVED ? null : engine.draftMark(), out);
    }

    /**
     * Writes an annual work plan (Jahresarbeitsplan, §5(1)): the year's meetings, cross-group
     * meetings (GO-5.2b), speakers' rounds per quarter (GO-5.3), events with responsible partners
     * and field of action (§2), speakers' terms (GO-4.3), and a compliance box with the given
     * findings in German ("Keine Beanstandungen" when there are none).
     *
     * @param plan the plan; not null
     * @param compliance the findings of the rule checks for this plan, printed in this order; not null
     * @param out where the PDF goes; not null, not closed
     * @return a WARNING (rule {@code FONT}) for every value with a character no font can show
     * @throws RenderException if the plan cannot be rendered or written
     */
    public List<Finding> workPlan(WorkPlan plan, List<Finding> compliance, OutputStream out) {
        Objects.requireNonNull(plan, "plan");
        List<Finding> findings = List.copyOf(compliance);
        return pdf("Jahresarbeitsplan", views.workPlanTitle(plan), "workplan",
                () -> views.workPlan(plan, findings, LocalDate.now(clock)),
                Views.isDraft(findings) ? engine.draftMark() : null,
                out);
    }

    /**
     * The work plan in memory; see {@link #workPlan(WorkPlan, List, OutputStream)}.
     *
     * @param plan the plan; not null
     * @param compliance the findings; not null
     * @return the PDF
     */
    public byte[] workPlan(WorkPlan plan, List<Finding> compliance) {
        return bytes(out -> workPlan(plan, compliance, out));
    }

    /**
     * Writes the invitation with agenda (Einladung mit Tagesordnung, §5(1)) addressed to the
     * group's mailing list (Verteiler, §1(4)), listing the recipients at the end, and the guests
     * admitted by GO-1.5 ({@link GuestAdmission}, decided before with the register's speakers).
     *
     * <p>The letter says that a calendar file is enclosed only if {@code calendarEnclosed}; it is
     * dated by the clock, and a letter dated after the day of the meeting gives a WARNING (rule
     * {@code DOC}): nobody can follow such an invitation.
     *
     * @param guests the meeting with its admitted guests; not null
     * @param recipients the mailing list, printed in this order; not null, may be empty
     * @param calendarEnclosed whether the caller sends {@link #invitationCalendar(Meeting)} with it
     * @param out where the PDF goes; not null, not closed
     * @return {@link GuestAdmission#findings()}, the WARNING about the letter's date and (rule
     *     {@code FONT}) about values with a character no font can show; empty if none
     * @throws RenderException if the invitation cannot be rendered or written
     */
    public List<Finding> invitation(GuestAdmission guests, List<Partner> recipients, boolean calendarEnclosed,
            OutputStream out) {
        Objects.requireNonNull(guests, "guests");
        List<Partner> list = List.copyOf(recipients);
        Meeting admitted = guests.meeting();
        LocalDate letterDate = LocalDate.now(clock);
        List<Finding> printed = pdf("Einladung", views.invitationTitle(admitted), "invitation",
                () -> views.invitation(admitted, list, letterDate, calendarEnclosed), null, out);
        List<Finding> findings = new ArrayList<>(concat(guests.findings(), printed));
        LocalDate day = admitted.start().toLocalDate();
        if (letterDate.isAfter(day)) {
            findings.add(Rules.DOC.finding(admitted.id(), "doc.invitationAfterMeeting", admitted.title(),
                    German.date(day), German.date(letterDate)));
        }
        return List.copyOf(findings);
    }

    /**
     * The invitation without a calendar file; see
     * {@link #invitation(GuestAdmission, List, boolean, OutputStream)}.
     *
     * @param guests the meeting with its admitted guests; not null
     * @param recipients the mailing list, printed in this order; not null, may be empty
     * @param out where the PDF goes; not null, not closed
     * @return the findings as the full form returns them
     * @throws RenderException if the invitation cannot be rendered or written
     */
    public List<Finding> invitation(GuestAdmission guests, List<Partner> recipients, OutputStream out) {
        return invitation(guests, recipients, false, out);
    }

    /**
     * The invitation of a meeting whose guests were admitted by the caller: every guest of
     * {@code meeting} is named; see {@link #invitation(GuestAdmission, List, OutputStream)}.
     *
     * @param meeting the meeting with the guests to name; not null
     * @param recipients the mailing list, printed in this order; not null, may be empty
     * @param out where the PDF goes; not null, not closed
     * @return an empty list: nothing was judged
     * @throws RenderException if the invitation cannot be rendered or written
     */
    public List<Finding> invitation(Meeting meeting, List<Partner> recipients, OutputStream out) {
        return invitation(GuestAdmission.asGiven(meeting), recipients, out);
    }

    /**
     * The invitation in memory; see {@link #invitation(Meeting, List, OutputStream)}.
     *
     * @param meeting the meeting; not null
     * @param recipients the mailing list; not null
     * @return the PDF
     */
    public byte[] invitation(Meeting meeting, List<Partner> recipients) {
        return bytes(out -> invitation(meeting, recipients, out));
    }

    /**
     * A subscribable calendar ({@code webcal} feed, RFC 5545 without {@code METHOD}) of meetings:
     * the same UIDs as the invitations, {@code SEQUENCE} and {@code LAST-MODIFIED} so that
     * subscribed clients replace a changed meeting, {@code STATUS:CANCELLED} for a cancelled one,
     * Europe/Berlin with its VTIMEZONE. Presenters are left out: a feed is public.
     *
     * @param name the calendar's name shown by clients; not blank
     * @param entries the meetings; not null
     * @return the calendar text with CRLF line ends; the same for the same entries
     */
    public String calendarFeed(String name, List<CalendarEntry> entries) {
        if (name == null || name.isBlank()) {
            throw new InvalidDataException("calendar.name", "ein Kalender braucht einen Namen / a calendar feed "
                    + "needs a name");
        }
        return calendar.feed(name, List.copyOf(entries));
    }

    /**
     * The meeting as an iCalendar file (RFC 5545) for the invitation: {@code METHOD:REQUEST}
     * (RFC 5546) with one VEVENT with DTSTART/DTEND in Europe/Berlin (with its VTIMEZONE), UID
     * {@code <meeting id>@<profile id>.netzwerk}, {@code SEQUENCE} {@link Meeting#sequence()},
     * the coordinator as ORGANIZER, DTSTAMP from the clock, location and agenda; a meeting without
     * an end time lasts two hours. Send a changed meeting again with a higher sequence
     * ({@link Meeting#nextRevision()}) and calendars update the entry they hold.
     *
     * @param meeting the meeting; not null
     * @return the calendar text with CRLF line ends; the same for the same meeting and clock
     */
    public String invitationCalendar(Meeting meeting) {
        Objects.requireNonNull(meeting, "meeting");
        return calendar.write(meeting);
    }

    /**
     * The cancellation of a meeting as an iCalendar file: {@code METHOD:CANCEL} (RFC 5546) with
     * the invitation's UID, {@code STATUS:CANCELLED} and {@code SEQUENCE} one above
     * {@link Meeting#sequence()}, so calendars that hold the invitation remove the meeting.
     *
     * @param meeting the meeting as last sent; not null
     * @return the calendar text with CRLF line ends; the same for the same meeting and clock
     */
    public String cancellationCalendar(Meeting meeting) {
        Objects.requireNonNull(meeting, "meeting");
        return calendar.cancel(meeting);
    }

    /**
     * Writes the partner overview (Übersicht der Netzwerkpartner*innen, §1(3)) for the coordinator:
     * one table per working group of the profile (a partner in several groups appears in each),
     * then the partners of the cross-group meetings and those without a group. Contains personal
     * data of representatives; not for publication.
     *
     * @param partners the partners to list; not null
     * @param out where the PDF goes; not null, not closed
     * @return a WARNING (rule {@code FONT}) for every value with a character no font can show
     * @throws RenderException if the overview cannot be rendered or written
     */
    public List<Finding> partnerOverview(List<Partner> partners, OutputStream out) {
        List<Partner> list = List.copyOf(partners);
        LocalDate today = LocalDate.now(clock);
        return pdf("Übersicht", views.overviewTitle(today), "overview", () -> views.overview(list, today), null, out);
    }

    /**
     * The partner overview in memory; see {@link #partnerOverview(List, OutputStream)}.
     *
     * @param partners the partners; not null
     * @return the PDF
     */
    public byte[] partnerOverview(List<Partner> partners) {
        return bytes(out -> partnerOverview(partners, out));
    }

    /**
     * The public listing "Beteiligte am Netzwerk" for the Integrationsportal as an HTML fragment:
     * a {@code <ul class="netzwerk-beteiligte">} with organisation, city and working groups, sorted
     * by name, every value escaped. The caller passes only consenting organisations.
     *
     * @param entries the entries; not null
     * @return the HTML fragment
     */
    public String portalListingHtml(List<PortalEntry> entries) {
        return templates.render("portal", views.portal(List.copyOf(entries)));
    }

    /**
     * The mailing list (Verteiler, §1(4)) as CSV according to RFC 4180: a header row, one row per
     * representative, CRLF line ends, fields with commas, quotes or line breaks quoted. Encode the
     * text as UTF-8 when writing it out.
     *
     * @param partners the partners on the list, in this order; not null
     * @return the CSV text
     */
    public String mailingListCsv(List<Partner> partners) {
        Objects.requireNonNull(partners, "partners");
        return TextExports.mailingList(profile, List.copyOf(partners));
    }

    /**
     * Renders a template to PDF; template failures become a {@link RenderException} too.
     *
     * @return a WARNING per value with a character no font can show: it prints as "#", and the
     *     office would not notice that a name is not on the paper
     */
    private List<Finding> pdf(String document, String title, String template, Supplier<Map<String, Object>> model,
            PdfEngine.PostProcessor post, OutputStream out) {
        Objects.requireNonNull(out, "out");
        String html;
        try {
            html = Typesetting.apply(templates.render(template, model.get()));
        } catch (MustacheException e) {
            throw new RenderException(document, "Vorlage " + template + ".mustache / template: " + e.getMessage(), e);
        }
        return engine.render(document, title, html, post, out).stream()
                .map(text -> Rules.FONT.finding(text, "font.unprintable", document, text))
                .toList();
    }

    private static List<Finding> concat(List<Finding> a, List<Finding> b) {
        List<Finding> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private interface Writer {
        void write(OutputStream out);
    }

    private static byte[] bytes(Writer w) {
        var out = new ByteArrayOutputStream(64 * 1024);
        w.write(out);
        return out.toByteArray();
    }

    /**
     * Settings for {@link Documents}; every default in one place. Not thread-safe; build once.
     */
    public static final class Builder {
        private RulesProfile profile = RulesProfile.magdeburg2016();
        private Clock clock; // null: the system clock in the profile's time zone

        private Builder() {
        }

        /**
         * @param profile the rules profile for names and wording; not null (default Magdeburg 2016)
         * @return this builder
         */
        public Builder profile(RulesProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * @param clock the clock documents are dated with (PDF dates, DTSTAMP, "Stand"); not null
         *     (default the system clock in the profile's {@linkplain RulesProfile#timeZone() time zone});
         *     a fixed clock makes output reproducible
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @return a new instance; loads the fonts and compiles the templates
         */
        public Documents build() {
            return new Documents(this);
        }
    }
}
