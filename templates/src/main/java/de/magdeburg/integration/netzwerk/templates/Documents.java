package de.magdeburg.integration.netzwerk.templates;

import com.samskivert.mustache.MustacheException;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.GuestAdmission;
import de.magdeburg.integration.netzwerk.core.InvalidDataException;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.Output;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.PortalEntry;
import de.magdeburg.integration.netzwerk.core.ReviewState;
import de.magdeburg.integration.netzwerk.core.RuleChecks;
import de.magdeburg.integration.netzwerk.core.Rules;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import de.magdeburg.integration.netzwerk.forms.Settings;
import de.magdeburg.integration.netzwerk.templates.internal.AttendanceForm;
import de.magdeburg.integration.netzwerk.templates.internal.CalendarWriter;
import de.magdeburg.integration.netzwerk.templates.internal.German;
import de.magdeburg.integration.netzwerk.templates.internal.PdfEngine;
import de.magdeburg.integration.netzwerk.templates.internal.TemplateSet;
import de.magdeburg.integration.netzwerk.templates.internal.TextExports;
import de.magdeburg.integration.netzwerk.templates.internal.Typesetting;
import de.magdeburg.integration.netzwerk.templates.internal.Views;
import java.io.ByteArrayOutputStream;
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
 * Output sheet = documents.generate(new Document.AttendanceSheet(meeting, register));
 * sheet.writeTo(Path.of("anwesenheit.pdf"));
 * }</pre>
 *
 * <p>{@link #generate(Document)} makes any {@link Document} from the register, with the rules of
 * core deciding who is expected (§ 1 Abs. 4) and which guests may attend (§ 1 Abs. 5). The other
 * methods render exactly what they are given (a partner list, an admission already decided), for
 * callers and tests that choose the rows themselves. Every method returns one {@link Output}.
 *
 * <p>Immutable and thread-safe: the templates are compiled and the fonts read once per instance;
 * share one instance.
 */
// Over 400 lines on purpose: the module's one public entry point, one documented method per
// document (its inputs and the rules it reports are its contract); the work is done in internal.
public final class Documents {
    private final Settings settings;
    private final RulesProfile profile;
    private final Clock clock;
    private final PdfEngine engine;
    private final TemplateSet templates;
    private final Views views;
    private final CalendarWriter calendar;

    private Documents(Builder b) {
        this.settings = b.settings;
        this.profile = settings.profile();
        this.clock = settings.clock();
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
        return new Builder().settings(settings);
    }

    /** @return the profile whose names and wording the documents use, and the clock they are dated with */
    public Settings settings() {
        return settings;
    }

    /**
     * Generates any document of the network from the register; the rules of core decide its
     * content: who is expected ({@link de.magdeburg.integration.netzwerk.core.Register#expectedAt(Meeting)},
     * § 1 Abs. 4), which guests may attend ({@link GuestAdmission#check}, § 1 Abs. 5), what the work
     * plan's compliance box says ({@link RuleChecks#checkWorkPlan}, § 4 Abs. 3, § 5 Abs. 2–3).
     *
     * @param document the document; not null
     * @return the document with the findings of the rules it reports (see each {@link Document} type)
     * @throws RenderException if a PDF cannot be rendered
     * @throws de.magdeburg.integration.netzwerk.core.InvalidDataException if a mailing list names a
     *     working group the profile does not know (GO-4.1)
     */
    public Output generate(Document document) {
        Objects.requireNonNull(document, "document");
        Output out;
        if (document instanceof Document.AttendanceSheet d) {
            out = attendanceSheet(GuestAdmission.check(profile, d.meeting(), d.register()), d.register().expectedAt(d.meeting()));
        } else if (document instanceof Document.Invitation d) {
            out = invitation(GuestAdmission.check(profile, d.meeting(), d.register()), d.register().expectedAt(d.meeting()),
                    d.calendarEnclosed());
        } else if (document instanceof Document.MinutesDocument d) {
            out = writeMinutes(d.minutes(), d.register().map(r -> r.expectedAt(d.minutes().meeting())).orElse(null));
        } else if (document instanceof Document.WorkPlanDocument d) {
            out = workPlan(d.plan(), RuleChecks.checkWorkPlan(profile, d.plan()));
        } else if (document instanceof Document.PartnerOverview d) {
            out = partnerOverview(d.register().activePartners());
        } else if (document instanceof Document.InvitationCalendar d) {
            out = invitationCalendar(d.meeting());
        } else if (document instanceof Document.CancellationCalendar d) {
            out = cancellationCalendar(d.meeting());
        } else if (document instanceof Document.MailingList d) {
            d.groupId().ifPresent(profile::requireWorkingGroup);
            out = mailingListCsv(d.groupId().map(d.register()::mailingList).orElseGet(d.register()::mailingList));
        } else if (document instanceof Document.PortalListing d) {
            out = portalListingHtml(d.register().portalListing());
        } else {
            throw new IllegalStateException("unknown document " + document); // unreachable: sealed
        }
        return out.named(document.fileName(), document.mediaType());
    }

    /**
     * The attendance sheet (Anwesenheitsliste, § 1 Abs. 4) of a meeting: header with group, date,
     * time and place; one row per expected partner with organisation, representative, a "present"
     * check box (a real form field named {@code present_N}, N the index in {@code expected} from 0)
     * and a signature column; eight blank rows for walk-ins; the guests admitted by GO-1.5, and
     * below them the names of the guests left off, so nobody reads "no guests" where a guest was
     * refused; the data-protection note. It renders the decision it is given ({@link GuestAdmission}, core).
     *
     * @param guests the meeting with its admitted guests and those left off; not null
     * @param expected the partners expected, printed in this order (usually
     *     {@link de.magdeburg.integration.netzwerk.core.Register#expectedAt(Meeting)}); not null, may be empty
     * @return the PDF with {@link GuestAdmission#findings()} and a WARNING (rule {@code FONT}) for
     *     every value with a character no font can show
     * @throws RenderException if the sheet cannot be rendered
     */
    public Output attendanceSheet(GuestAdmission guests, List<Partner> expected) {
        Objects.requireNonNull(guests, "guests");
        List<Partner> rows = List.copyOf(expected);
        Meeting admitted = guests.meeting();
        return pdf("Anwesenheitsliste", views.attendanceTitle(admitted), "attendance",
                () -> views.attendance(admitted, rows, guests.leftOff()),
                (doc, renderer) -> AttendanceForm.addFields(doc, renderer, admitted, rows), guests.findings());
    }

    /**
     * The attendance sheet of a meeting whose guests were admitted by the caller: every guest of
     * {@code meeting} is printed; see {@link #attendanceSheet(GuestAdmission, List)}.
     *
     * @param meeting the meeting with the guests to print; not null
     * @param expected the partners expected, printed in this order; not null, may be empty
     * @return the PDF; findings only of rule {@code FONT}: nothing was judged
     * @throws RenderException if the sheet cannot be rendered
     */
    public Output attendanceSheet(Meeting meeting, List<Partner> expected) {
        return attendanceSheet(GuestAdmission.asGiven(meeting), expected);
    }

    /**
     * The minutes (Protokoll, § 5 Abs. 1) with every field of the record and the expected partners
     * who were neither present nor excused (what GO-1.4, § 1 Abs. 4, depends on); until they are
     * {@link ReviewState#APPROVED approved} every page carries a large "ENTWURF" mark and the first
     * page a draft banner; approved minutes name the approver and the day of approval.
     *
     * @param minutes the minutes; not null
     * @param expected the partners expected at the meeting; not null
     * @return the PDF with a WARNING (rule {@code FONT}) for every value with a character no font can show
     * @throws RenderException if the minutes cannot be rendered
     */
    public Output minutes(Minutes minutes, List<Partner> expected) {
        Objects.requireNonNull(expected, "expected");
        return writeMinutes(minutes, List.copyOf(expected));
    }

    /**
     * The minutes without knowing who was expected: as {@link #minutes(Minutes, List)}, but
     * without the list of absent partners.
     *
     * @param minutes the minutes; not null
     * @return the PDF with the {@code FONT} findings
     * @throws RenderException if the minutes cannot be rendered
     */
    public Output minutes(Minutes minutes) {
        return writeMinutes(minutes, null);
    }

    private Output writeMinutes(Minutes minutes, List<Partner> expected) {
        Objects.requireNonNull(minutes, "minutes");
        return pdf("Protokoll", views.minutesTitle(minutes), "minutes", () -> views.minutes(minutes, expected),
                minutes.state() == ReviewState.APPROVED ? null : engine.draftMark(), List.of());
    }

    /**
     * An annual work plan (Jahresarbeitsplan, § 5 Abs. 1): the year's meetings, cross-group
     * meetings (GO-5.2b), speakers' rounds per quarter (GO-5.3), events with responsible partners
     * and field of action (§ 2), speakers' terms (GO-4.3), and a compliance box with the given
     * findings in German ("Keine Beanstandungen" when there are none).
     *
     * @param plan the plan; not null
     * @param compliance the findings of the rule checks for this plan, printed in this order; not null
     * @return the PDF with {@code compliance}, then a WARNING (rule {@code FONT}, not printed in the
     *     plan) for every value with a character no font can show
     * @throws RenderException if the plan cannot be rendered
     */
    public Output workPlan(WorkPlan plan, List<Finding> compliance) {
        Objects.requireNonNull(plan, "plan");
        List<Finding> findings = List.copyOf(compliance);
        return pdf("Jahresarbeitsplan", views.workPlanTitle(plan), "workplan",
                () -> views.workPlan(plan, findings, LocalDate.now(clock)),
                Views.isDraft(findings) ? engine.draftMark() : null, findings);
    }

    /**
     * The invitation with agenda (Einladung mit Tagesordnung, § 5 Abs. 1) addressed to the group's
     * mailing list (Verteiler, § 1 Abs. 4), listing the recipients at the end, and the guests
     * admitted by GO-1.5 ({@link GuestAdmission}, decided before with the register's speakers).
     * The letter says that a calendar file is enclosed only if {@code calendarEnclosed}; it is
     * dated by the clock, and a letter dated after the day of the meeting gives a WARNING (rule
     * {@code DOC}): nobody can follow such an invitation.
     *
     * @param guests the meeting with its admitted guests; not null
     * @param recipients the mailing list, printed in this order; not null, may be empty
     * @param calendarEnclosed whether the caller sends {@link #invitationCalendar(Meeting)} with it
     * @return the PDF with {@link GuestAdmission#findings()}, the {@code FONT} findings and the
     *     WARNING about the letter's date
     * @throws RenderException if the invitation cannot be rendered
     */
    public Output invitation(GuestAdmission guests, List<Partner> recipients, boolean calendarEnclosed) {
        Objects.requireNonNull(guests, "guests");
        List<Partner> list = List.copyOf(recipients);
        Meeting admitted = guests.meeting();
        LocalDate letterDate = LocalDate.now(clock);
        LocalDate day = admitted.start().toLocalDate();
        List<Finding> late = letterDate.isAfter(day)
                ? List.of(Rules.DOC.finding(admitted.id(), "doc.invitationAfterMeeting", admitted.title(),
                        German.date(day), German.date(letterDate)))
                : List.of();
        Output letter = pdf("Einladung", views.invitationTitle(admitted), "invitation",
                () -> views.invitation(admitted, list, letterDate, calendarEnclosed), null, guests.findings());
        return late.isEmpty() ? letter : Output.of(letter.bytes(), Output.PDF, letter.fileName(),
                concat(letter.findings(), late));
    }

    /**
     * The invitation of a meeting whose guests were admitted by the caller, without a calendar
     * file: every guest of {@code meeting} is named; see {@link #invitation(GuestAdmission, List, boolean)}.
     *
     * @param meeting the meeting with the guests to name; not null
     * @param recipients the mailing list, printed in this order; not null, may be empty
     * @return the PDF with the {@code FONT} and {@code DOC} findings: nothing else was judged
     * @throws RenderException if the invitation cannot be rendered
     */
    public Output invitation(Meeting meeting, List<Partner> recipients) {
        return invitation(GuestAdmission.asGiven(meeting), recipients, false);
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
     * @return the calendar text with CRLF line ends ({@link Output#text()}); the same for the same
     *     meeting and clock
     */
    public Output invitationCalendar(Meeting meeting) {
        Objects.requireNonNull(meeting, "meeting");
        return Output.ofText(calendar.write(meeting), Output.CALENDAR, "einladung.ics", List.of());
    }

    /**
     * The cancellation of a meeting as an iCalendar file: {@code METHOD:CANCEL} (RFC 5546) with
     * the invitation's UID, {@code STATUS:CANCELLED} and {@code SEQUENCE} one above
     * {@link Meeting#sequence()}, so calendars that hold the invitation remove the meeting.
     *
     * @param meeting the meeting as last sent; not null
     * @return the calendar text with CRLF line ends; the same for the same meeting and clock
     */
    public Output cancellationCalendar(Meeting meeting) {
        Objects.requireNonNull(meeting, "meeting");
        return Output.ofText(calendar.cancel(meeting), Output.CALENDAR, "absage.ics", List.of());
    }

    /**
     * The partner overview (Übersicht der Netzwerkpartner*innen, § 1 Abs. 3) for the coordinator:
     * one table per working group of the profile (a partner in several groups appears in each),
     * then the partners of the cross-group meetings and those without a group. Contains personal
     * data of representatives; not for publication.
     *
     * @param partners the partners to list; not null
     * @return the PDF with the {@code FONT} findings
     * @throws RenderException if the overview cannot be rendered
     */
    public Output partnerOverview(List<Partner> partners) {
        List<Partner> list = List.copyOf(partners);
        LocalDate today = LocalDate.now(clock);
        return pdf("Übersicht", views.overviewTitle(today), "overview", () -> views.overview(list, today), null,
                List.of());
    }

    /**
     * The public listing "Beteiligte am Netzwerk" for the Integrationsportal as an HTML fragment:
     * a {@code <ul class="netzwerk-beteiligte">} with organisation, city and working groups, sorted
     * by name, every value escaped. The caller passes only consenting organisations.
     *
     * @param entries the entries; not null
     * @return the HTML fragment ({@link Output#text()})
     */
    public Output portalListingHtml(List<PortalEntry> entries) {
        return Output.ofText(templates.render("portal", views.portal(List.copyOf(entries))), Output.HTML,
                "beteiligte.html", List.of());
    }

    /**
     * The mailing list (Verteiler, § 1 Abs. 4) as CSV according to RFC 4180: a header row, one row
     * per representative, CRLF line ends, fields with commas, quotes or line breaks quoted.
     *
     * @param partners the partners on the list, in this order; not null
     * @return the CSV, UTF-8 ({@link Output#text()})
     */
    public Output mailingListCsv(List<Partner> partners) {
        Objects.requireNonNull(partners, "partners");
        return Output.ofText(TextExports.mailingList(profile, List.copyOf(partners)), Output.CSV, "verteiler.csv",
                List.of());
    }

    /**
     * Renders a template to PDF; template failures become a {@link RenderException} too.
     *
     * @param judged the findings of the rules the document reports, first in the result
     * @return the PDF with {@code judged}, then a WARNING per value with a character no font can
     *     show: it prints as "#", and the office would not notice that a name is not on the paper
     */
    private Output pdf(String document, String title, String template, Supplier<Map<String, Object>> model,
            PdfEngine.PostProcessor post, List<Finding> judged) {
        String html;
        try {
            html = Typesetting.apply(templates.render(template, model.get()));
        } catch (MustacheException e) {
            throw new RenderException(document, "Vorlage " + template + ".mustache / template: " + e.getMessage(), e);
        }
        var out = new ByteArrayOutputStream(64 * 1024);
        List<Finding> font = engine.render(document, title, html, post, out).stream()
                .map(text -> Rules.FONT.finding(text, "font.unprintable", document, text))
                .toList();
        return Output.of(out.toByteArray(), Output.PDF, template + ".pdf", concat(judged, font));
    }

    private static List<Finding> concat(List<Finding> a, List<Finding> b) {
        List<Finding> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /**
     * Settings for {@link Documents}; every default in one place. Not thread-safe; build once.
     */
    public static final class Builder {
        private Settings settings = Settings.defaults();

        private Builder() {
        }

        /**
         * @param value profile and clock at once, e.g. those of another instance; not null (the
         *     read limits are not used here)
         * @return this builder
         */
        public Builder settings(Settings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /**
         * @param profile the rules profile for names and wording; not null (default Magdeburg 2016)
         * @return this builder
         */
        public Builder profile(RulesProfile profile) {
            this.settings = settings.withProfile(profile);
            return this;
        }

        /**
         * @param clock the clock documents are dated with (PDF dates, DTSTAMP, "Stand"); not null
         *     (default the system clock in the profile's {@linkplain RulesProfile#timeZone() time zone});
         *     a fixed clock makes output reproducible
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.settings = settings.withClock(clock);
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
