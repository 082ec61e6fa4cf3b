package de.magdeburg.integration.netzwerk.forms;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.DeclarationField;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Output;
import de.magdeburg.integration.netzwerk.core.RuleContext;
import de.magdeburg.integration.netzwerk.core.Rules;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.forms.internal.FormFont;
import de.magdeburg.integration.netzwerk.forms.internal.FormReader;
import de.magdeburg.integration.netzwerk.forms.internal.FormWriter;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The declaration form of the network (Erklärung zur partnerschaftlichen Zusammenarbeit, §1(2) and
 * Anlage): a fillable one-page A4 PDF form followed by the Geschäftsordnung, and the reader for the
 * forms partners send back.
 *
 * <pre>{@code
 * DeclarationForm form = DeclarationForm.create();
 * byte[] blank = form.blank().bytes();                  // for the web site
 * form.prefilled(registeredDeclaration).writeTo(Path.of("aenderung.pdf")); // a CHANGE form
 * DeclarationReading reading = form.read(Input.of(Path.of("returned.pdf")));
 * if (!reading.hasErrors()) register(reading.declaration());
 * }</pre>
 *
 * <p>The field names are public API ({@link de.magdeburg.integration.netzwerk.core.DeclarationField}): {@code request}
 * (radio, export values {@code entry}/{@code deletion}/{@code change}), {@code organisation_name},
 * {@code organisation_street}, {@code organisation_postal_code}, {@code organisation_city},
 * {@code list_on_portal}, {@code last_name}, {@code first_name}, {@code function}, {@code phone},
 * {@code email}, {@code wg_<groupId>} per working group of the profile, {@code cross_group_meetings}
 * (checkboxes with on-state {@code Yes}), {@code place}, {@code date} (TT.MM.JJJJ),
 * {@code signatory_name} (text) and {@code signature} (signature field).
 *
 * <p>Written forms are PDF/A-2b, tagged for PDF/UA-1, carry the whole DejaVu Sans font so that any
 * name can be typed, and are byte-identical for the same input and clock.
 *
 * <p>Immutable and thread-safe; one instance serves a whole application.
 */
public final class DeclarationForm {
    /**
     * The second signature field, beside {@code signature}: for an organisation whose board signs
     * with two persons (§1(2): the organisation declares). The first signature's {@code /Lock} locks
     * every field but this one; a signature here locks every field. Its state counts in
     * {@code signature} like any further signature. Part of the form's public contract.
     */
    public static final String SECOND_SIGNATURE_FIELD = "signature_2";

    private final Settings settings;
    private final FormWriter writer;
    private final FormReader reader;

    private DeclarationForm(Builder b) {
        this.settings = b.settings;
        this.writer = new FormWriter(settings.profile(), settings.clock());
        this.reader = new FormReader(settings.profile(), settings.limits(), this::rules);
    }

    /**
     * The Magdeburg 2016 form with the system clock in the profile's time zone (Europe/Berlin) and {@link ReadLimits#defaults()}.
     *
     * @return the form
     */
    public static DeclarationForm create() {
        return builder().build();
    }

    /** @return a builder with the defaults of {@link #create()} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this form's settings */
    public Builder newBuilder() {
        return new Builder().settings(settings);
    }

    /** @return the profile, clock and read limits this form works with; not null */
    public Settings settings() {
        return settings;
    }

    /** @return the read limits, {@code settings().limits()}; not null */
    public ReadLimits limits() {
        return settings.limits();
    }

    /**
     * The blank form (about 430 kB, most of it the embedded font), for the web site (GO-1.2,
     * § 1 Abs. 2: a partner joins by this signed declaration).
     *
     * @return the PDF, {@code erklaerung.pdf}, without findings
     * @throws NetzwerkException if the form cannot be written
     */
    public Output blank() {
        return write(null);
    }

    /**
     * The form pre-filled with a declaration (e.g. a CHANGE form from the register); every field
     * stays editable. The declaration's signature state is not written: the signature field is
     * empty.
     *
     * @param declaration the values; not null
     * @return the PDF, without findings (check the values with {@link #check(Declaration)})
     * @throws NetzwerkException if the form cannot be written
     */
    public Output prefilled(Declaration declaration) {
        Objects.requireNonNull(declaration, "declaration");
        return write(declaration);
    }

    private Output write(Declaration declaration) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        writer.write(declaration, out);
        return Output.of(out.toByteArray(), Output.PDF, "erklaerung.pdf", List.of());
    }

    /**
     * Reads a returned form: the newest revision's field values, the signature state and the
     * findings of {@link #check(Declaration)} plus those of reading (unreadable date, over-long
     * values, unknown request value). A form on which no request type is ticked reads as
     * {@code ENTRY} with a {@code GO-1.2} error finding on the field {@code request}.
     *
     * <p>The file is untrusted: it is read within this form's {@linkplain #limits() limits} (a file
     * is measured before it is read, a stream read to at most {@code maxBytes + 1} bytes), nothing
     * in it is executed (JavaScript and launch actions become a WARNING finding), no content stream
     * is decoded, and the read ends with {@link FormReadException.Reason#TOO_COMPLEX} once
     * {@link ReadLimits#maxParseTime()} has passed. The first untrusted read of the JVM installs the
     * bound on what PDFBox decodes and the heap budget of reads in parallel, once; they apply to
     * untrusted reads alone, an application's own PDFBox use is untouched (README, "Untrusted input").
     *
     * @param pdf the file as bytes, stream or path; not null
     * @return the declaration and its findings
     * @throws FormReadException if the file is not a PDF, damaged, encrypted with an open
     *     password, has no form or a foreign one, or exceeds the {@linkplain #limits() limits}
     * @throws NetzwerkException if the file or stream cannot be read, or naming the cause if
     *     PDFBox's decoding cannot be bounded (a PDFBox other than the one the library was tested
     *     with); no file is read unbounded
     */
    public DeclarationReading read(Input pdf) {
        Objects.requireNonNull(pdf, "pdf");
        return reader.read(pdf.read(settings.limits()));
    }

    /**
     * The declaration rules of {@link Rules#checkDeclaration(RuleContext, Declaration)} with today
     * by this form's clock and the form's font: GO-1.2 required fields by request type (every
     * request needs the organisation's name and the signatory, an ENTRY also street, postal code, city, name,
     * first name, email and at least one working group or the cross-group meetings; FORM: 5-digit
     * postal code, email and phone format, date not in the future; GO-4.1: unknown working groups;
     * missing place/date and an invalid signature are warnings; FONT: a WARNING for each field whose
     * value has characters the form's font cannot show — Chinese, Japanese, Korean, Ethiopic —, which
     * the form stores exactly but draws as „�“).
     *
     * @param declaration the declaration; not null
     * @return the findings in form order, empty if none; not null
     */
    public List<Finding> check(Declaration declaration) {
        Objects.requireNonNull(declaration, "declaration");
        return Rules.checkDeclaration(rules(), declaration);
    }

    /**
     * What the declaration rules get on this path: the profile, today by the clock (a partner
     * types the date by hand) and the form's font (which characters it can show).
     */
    private RuleContext rules() {
        return RuleContext.of(settings.profile()).withToday(settings.today())
                .withFormFont(value -> FormFont.get().missing(value));
    }

    /**
     * An archival copy of a received form: our own form, freshly written with the values read from
     * it, so every appearance is drawn with our font (some clients draw broken appearances). The
     * copy carries no signature: judge the signature on the received file, keep both.
     *
     * <p>A copy is refused when it could not say what the received form says: no request type
     * ticked (the copy would show one), an unreadable date, a value longer than the form allows
     * (the copy would cut it) or a working group the profile does not know. Other findings (an
     * invalid email, say) do not stop the copy: it shows the value as received.
     *
     * @param receivedPdf the received file; not null; read within the {@linkplain #limits() limits}
     * @return the new PDF, {@code archivkopie.pdf}, with the findings of reading the received form
     * @throws FormReadException as {@link #read(Input)}
     * @throws NetzwerkException if the copy would not be faithful, naming the fields
     */
    public Output archivalCopy(Input receivedPdf) {
        DeclarationReading reading = read(receivedPdf);
        List<String> lossy = reading.findings().stream().filter(f -> f.isError() && lossy(f, reading.declaration()))
                .map(Finding::field).distinct().toList();
        if (!lossy.isEmpty()) {
            throw new NetzwerkException("Keine getreue Archivkopie möglich, das Formular weicht ab in " + lossy
                    + "; bitte die Originaldatei archivieren / no faithful archival copy: the form differs in "
                    + lossy + "; archive the original file");
        }
        return Output.of(prefilled(reading.declaration()).bytes(), Output.PDF, "archivkopie.pdf", reading.findings());
    }

    private static boolean lossy(Finding f, Declaration d) {
        var field = DeclarationField.find(f.field());
        if (field.filter(x -> x == DeclarationField.REQUEST || x == DeclarationField.DATE).isPresent()
                || Rules.GO_4_1.reported(f)) {
            return true;
        }
        // the reader cuts an over-long value to the form's maximum and reports it under FORM
        return Rules.FORM.reported(f) && field.filter(x -> x.kind() == DeclarationField.Kind.TEXT)
                .map(x -> x.valueIn(d).length() >= Organisation.MAX_LENGTH).orElse(false);
    }

    /**
     * Settings of a {@link DeclarationForm}; every default is here. Not thread-safe; the form it
     * builds is.
     */
    public static final class Builder {
        private Settings settings = Settings.defaults();

        private Builder() {
        }

        /**
         * @param value profile, clock and limits at once, e.g. those of another instance; not null
         * @return this builder
         */
        public Builder settings(Settings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /**
         * @param value the rules whose wording and working groups the form uses; not null
         *     (default {@link RulesProfile#magdeburg2016()})
         * @return this builder
         */
        public Builder profile(RulesProfile value) {
            this.settings = settings.withProfile(value);
            return this;
        }

        /**
         * @param value source of the documents' dates and of "today" for checks; not null
         *     (default the system clock in the profile's {@linkplain RulesProfile#timeZone() time
         *     zone}: at 00:30 in Berlin a form dated that day is not in the future)
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.settings = settings.withClock(value);
            return this;
        }

        /**
         * @param value size and page limits for reading; not null (default {@link ReadLimits#defaults()})
         * @return this builder
         */
        public Builder limits(ReadLimits value) {
            this.settings = settings.withLimits(value);
            return this;
        }

        /** @return the form */
        public DeclarationForm build() {
            return new DeclarationForm(this);
        }
    }
}
