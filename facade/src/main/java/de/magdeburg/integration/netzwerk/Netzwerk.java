package de.magdeburg.integration.netzwerk;

import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.NetworkChange;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.core.Output;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.forms.AttendanceSheetReader;
import de.magdeburg.integration.netzwerk.forms.DeclarationForm;
import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
import de.magdeburg.integration.netzwerk.forms.Input;
import de.magdeburg.integration.netzwerk.forms.ReadLimits;
import de.magdeburg.integration.netzwerk.forms.Settings;
import de.magdeburg.integration.netzwerk.templates.Document;
import de.magdeburg.integration.netzwerk.templates.Documents;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The one entry point city applications embed: one method per task of the Geschäftsordnung —
 * the declaration form (§ 1 Abs. 2), the register (§ 1 Abs. 3–5, § 4), reading returned forms and
 * attendance sheets, and every printed document ({@link Document}, § 1 Abs. 3–4, § 5 Abs. 1).
 *
 * <pre>{@code
 * Netzwerk netzwerk = Netzwerk.create();                       // Magdeburg 2016 rules
 * DeclarationReading reading = netzwerk.readDeclaration(Input.of(Path.of("erklaerung.pdf")));
 * if (!reading.hasErrors()) {
 *     register = netzwerk.apply(register, reading.declaration(), LocalDate.now()).register();
 * }
 * Output sheet = netzwerk.generate(new Document.AttendanceSheet(meeting, register));
 * sheet.findings().forEach(System.out::println);              // e.g. GO-1.5: a guest left off
 * sheet.writeTo(Path.of("anwesenheit.pdf"));                  // atomically
 * }</pre>
 *
 * <p>Every document comes back as one {@link Output} (bytes, stream, file, findings); every reader
 * takes one {@link Input} (bytes, stream, path) and reads it within the configured
 * {@link ReadLimits}. Pure queries live with their data in core:
 * {@link Register#inactiveCandidates}, {@link Register#portalListing()},
 * {@link de.magdeburg.integration.netzwerk.core.GuestAdmission#check},
 * {@link de.magdeburg.integration.netzwerk.core.RuleChecks#checkWorkPlan}, with
 * {@code settings().profile()}.
 *
 * <p>Final, immutable and thread-safe: create one instance and share it. Fonts and templates are
 * loaded once per instance, on first use. Every exception thrown on purpose is a
 * {@link NetzwerkException}; unreadable files give a
 * {@link de.magdeburg.integration.netzwerk.forms.FormReadException} with a reason.
 */
public final class Netzwerk {
    private final Settings settings;
    private final DeclarationForm form;
    private final AttendanceSheetReader attendanceReader;
    /**
     * Built on first use: fonts, templates and OpenHTMLtoPDF cost a cold process several hundred
     * milliseconds that reading or filling a declaration never needs.
     */
    private volatile Documents documents;

    private Netzwerk(Builder b) {
        this.settings = b.settings;
        this.form = DeclarationForm.builder().settings(settings).build();
        this.attendanceReader = AttendanceSheetReader.of(settings.limits());
    }

    /**
     * @return an instance with the Magdeburg 2016 rules, the system clock in the profile's time
     *     zone (Europe/Berlin) and default limits ({@link Settings#defaults()})
     */
    public static Netzwerk create() {
        return builder().build();
    }

    /** @return a builder starting from the defaults of {@link #create()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder starting from this instance's settings */
    public Builder newBuilder() {
        return new Builder().settings(settings);
    }

    /**
     * @return the rules (all §§), the clock ({@code settings().today()} is "today") and the read
     *     limits of this instance
     */
    public Settings settings() {
        return settings;
    }

    // --- declarations (§ 1 Abs. 2, Anlage) ------------------------------------------------------

    /** @return the blank declaration form (GO-1.2), {@code erklaerung.pdf} */
    public Output blankDeclaration() {
        return form.blank();
    }

    /**
     * @param declaration the values to pre-fill; not null
     * @return the pre-filled, still editable declaration form, without findings (see
     *     {@link #checkDeclaration(Declaration)})
     */
    public Output prefilledDeclaration(Declaration declaration) {
        return form.prefilled(declaration);
    }

    /**
     * The change declaration (Änderung, § 1 Abs. 2) of a registered partner, pre-filled with what
     * the register holds ({@link Declaration#changeOf(Partner)}), for the partner to correct and
     * sign.
     *
     * @param register the register; not null
     * @param organisation the partner's organisation name, in any case and spacing; not null
     * @return the form, {@code aenderung.pdf}
     * @throws NetzwerkException if no active partner of that name is in the register (§ 1 Abs. 3);
     *     a removed partner re-joins with an entry declaration (GO-1.4)
     */
    public Output changeDeclaration(Register register, String organisation) {
        Objects.requireNonNull(organisation, "organisation");
        Partner partner = register.findPartner(organisation).filter(Partner::isActive)
                .orElseThrow(() -> new NetzwerkException("„" + organisation + "“ ist nicht als aktive*r"
                        + " Netzwerkpartner*in im Register (§ 1 Abs. 3); eine Änderung setzt eine Eintragung voraus"
                        + " / \"" + organisation + "\" is no active partner in the register (§ 1 Abs. 3); a change"
                        + " needs an entry"));
        return form.prefilled(Declaration.changeOf(partner)).named("aenderung.pdf", Output.PDF);
    }

    /**
     * Reads a returned declaration form within the configured {@link ReadLimits}.
     *
     * @param pdf the file as bytes, stream or path; not null
     * @return the declaration and its findings (GO-1.2, GO-4.1, FORM, FONT …)
     * @throws de.magdeburg.integration.netzwerk.forms.FormReadException if the file is not a
     *     readable declaration within the limits, with its reason
     */
    public DeclarationReading readDeclaration(Input pdf) {
        return form.read(pdf);
    }

    /**
     * @param declaration a declaration from any source (JSON, a web form); not null
     * @return the content findings the form reader would give (GO-1.2 required fields, FORM email,
     *     postal code and date, GO-4.1 working groups, FONT)
     */
    public List<Finding> checkDeclaration(Declaration declaration) {
        return form.check(declaration);
    }

    /**
     * @param received a received declaration form; not null; read within the limits
     * @return an archival copy with every appearance re-rendered with the library's font, with the
     *     findings of reading the received form
     * @throws NetzwerkException if the copy would not be faithful, naming the fields
     */
    public Output archivalCopy(Input received) {
        return form.archivalCopy(received);
    }

    // --- register (§ 1 Abs. 3–5, § 4) -----------------------------------------------------------

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
        return register.apply(settings.profile(), declaration, on);
    }

    /**
     * Records a change of the working groups (GO-4.2), speakers (GO-4.3) or guests (GO-1.5) under
     * this instance's profile: {@link Register#record(RulesProfile, NetworkChange)}.
     *
     * @param register the register; not null
     * @param change the change; not null
     * @return the new register and findings; the unchanged register when refused
     */
    public RegisterUpdate record(Register register, NetworkChange change) {
        return register.record(settings.profile(), change);
    }

    /**
     * Reads a ticked attendance sheet back (the evidence for GO-1.4, § 1 Abs. 4), taking the
     * meeting from the sheet itself, with the same limits and hardened reader as declarations.
     *
     * @param sheet the sheet's PDF as bytes, stream or path; not null
     * @return one record per listed partner
     * @throws de.magdeburg.integration.netzwerk.forms.FormReadException if the file is not a
     *     readable attendance sheet within the limits, with its reason
     */
    public List<AttendanceRecord> readAttendance(Input sheet) {
        return attendanceReader.read(sheet);
    }

    /**
     * Reads a ticked attendance sheet of a known meeting; see {@link #readAttendance(Input)}.
     *
     * @param meeting the meeting the sheet was printed for; not null
     * @param sheet the sheet's PDF; not null
     * @return one record per listed partner
     * @throws NetzwerkException if the sheet belongs to another meeting
     */
    public List<AttendanceRecord> readAttendance(Meeting meeting, Input sheet) {
        return attendanceReader.read(meeting, sheet);
    }

    // --- documents (§ 1 Abs. 3–4, § 5 Abs. 1) ---------------------------------------------------

    /**
     * Generates a document of the network: attendance sheet, invitation and its calendar files,
     * minutes, work plan, partner overview, mailing list, portal listing. Who is expected
     * (§ 1 Abs. 4) and which guests may attend (§ 1 Abs. 5) is decided by the rules of core;
     * each {@link Document} type says which rules it reports.
     *
     * @param document the document; not null
     * @return the document with its findings; print them
     * @throws de.magdeburg.integration.netzwerk.templates.RenderException if a PDF cannot be rendered
     */
    public Output generate(Document document) {
        return documents().generate(document);
    }

    private Documents documents() {
        Documents d = documents;
        if (d == null) {
            synchronized (this) {
                d = documents;
                if (d == null) {
                    d = Documents.builder().settings(settings).build();
                    documents = d;
                }
            }
        }
        return d;
    }

    /**
     * Settings for a {@link Netzwerk}: one {@link Settings} value, as in the builders of
     * {@link DeclarationForm} and {@link Documents}. Not thread-safe; every setter validates.
     */
    public static final class Builder {
        private Settings settings = Settings.defaults();

        private Builder() {
        }

        /**
         * @param value profile, clock and limits at once; not null
         * @return this builder
         */
        public Builder settings(Settings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /**
         * @param value the rules; not null
         * @return this builder
         */
        public Builder profile(RulesProfile value) {
            this.settings = settings.withProfile(value);
            return this;
        }

        /**
         * @param value the clock for document dates and "today"; not null (default the system
         *     clock in the profile's time zone); a fixed clock makes documents reproducible
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.settings = settings.withClock(value);
            return this;
        }

        /**
         * @param value limits for reading untrusted PDFs; not null
         * @return this builder
         */
        public Builder limits(ReadLimits value) {
            this.settings = settings.withLimits(value);
            return this;
        }

        /** @return the instance */
        public Netzwerk build() {
            return new Netzwerk(this);
        }
    }
}
