package de.magdeburg.integration.netzwerk.forms;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.DeclarationField;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.RuleContext;
import de.magdeburg.integration.netzwerk.core.Rules;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.forms.internal.FormFont;
import de.magdeburg.integration.netzwerk.forms.internal.FormReader;
import de.magdeburg.integration.netzwerk.forms.internal.FormWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The declaration form of the network (Erklärung zur partnerschaftlichen Zusammenarbeit, §1(2) and
 * Anlage): a fillable one-page A4 PDF form followed by the Geschäftsordnung, and the reader for the
 * forms partners send back.
 *
 * <pre>{@code
 * DeclarationForm form = DeclarationForm.create();
 * byte[] blank = form.blank();                          // for the web site
 * byte[] change = form.prefilled(registeredDeclaration); // a CHANGE form from the register
 * DeclarationReading reading = form.read(Path.of("returned.pdf"));
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

    private final RulesProfile profile;
    private final Clock clock;
    private final ReadLimits limits;
    private final FormWriter writer;
    private final FormReader reader;

    private DeclarationForm(Builder b) {
        this.profile = b.profile;
        this.clock = b.clock != null ? b.clock : profile.systemClock();
        this.limits = b.limits;
        this.writer = new FormWriter(profile, clock);
        this.reader = new FormReader(profile, limits, this::rules);
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
        return new Builder().profile(profile).clock(clock).limits(limits);
    }

    /** @return the rules whose wording and working groups the form uses; not null */
    public RulesProfile profile() {
        return profile;
    }

    /** @return the read limits; not null */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * The blank form (about 430 kB, most of it the embedded font).
     *
     * @return the PDF
     */
    public byte[] blank() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        writeBlank(out);
        return out.toByteArray();
    }

    /**
     * Writes the blank form.
     *
     * @param out where the PDF goes; not null, not closed
     * @throws NetzwerkException if {@code out} fails
     */
    public void writeBlank(OutputStream out) {
        Objects.requireNonNull(out, "out");
        writer.write(null, out);
    }

    /**
     * The form pre-filled with a declaration (e.g. a CHANGE form from the register); every field
     * stays editable. The declaration's signature state is not written: the signature field is
     * empty.
     *
     * @param declaration the values; not null
     * @return the PDF
     */
    public byte[] prefilled(Declaration declaration) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
        writePrefilled(declaration, out);
        return out.toByteArray();
    }

    /**
     * Writes the form pre-filled with a declaration.
     *
     * @param declaration the values; not null
     * @param out where the PDF goes; not null, not closed
     * @throws NetzwerkException if {@code out} fails
     */
    public void writePrefilled(Declaration declaration, OutputStream out) {
        Objects.requireNonNull(declaration, "declaration");
        Objects.requireNonNull(out, "out");
        writer.write(declaration, out);
    }

    /**
     * Reads a returned form: the newest revision's field values, the signature state and the
     * findings of {@link #check(Declaration)} plus those of reading (unreadable date, over-long
     * values, unknown request value). A form on which no request type is ticked reads as
     * {@code ENTRY} with a {@code GO-1.2} error finding on the field {@code request}.
     *
     * <p>The file is untrusted: nothing in it is executed (JavaScript and launch actions become a
     * WARNING finding), no content stream is decoded, and the read ends with
     * {@link FormReadException.Reason#TOO_COMPLEX} once {@link ReadLimits#maxParseTime()} has passed.
     *
     * @param pdf the whole file; not null
     * @return the declaration and its findings
     * @throws FormReadException if the file is not a PDF, damaged, encrypted with an open
     *     password, has no form or a foreign one, or exceeds the {@linkplain #limits() limits}
     */
    public DeclarationReading read(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        return reader.read(pdf);
    }

    /**
     * Reads a returned form from a stream, reading at most {@code maxBytes + 1} bytes.
     *
     * @param in the file's bytes; not null, not closed
     * @return the declaration and its findings
     * @throws FormReadException as {@link #read(byte[])}
     * @throws NetzwerkException if the stream cannot be read
     */
    public DeclarationReading read(InputStream in) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) limits.maxBytes() + 1);
        } catch (IOException e) {
            throw new NetzwerkException("cannot read the declaration stream: " + e.getMessage(), e);
        }
        if (bytes.length > limits.maxBytes()) {
            throw reader.tooLarge(bytes.length);
        }
        return reader.read(bytes);
    }

    /**
     * Reads a returned form from a file; the size is checked before the file is read.
     *
     * @param file the file; not null
     * @return the declaration and its findings
     * @throws FormReadException as {@link #read(byte[])}
     * @throws NetzwerkException if the file cannot be read
     */
    public DeclarationReading read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            long size = Files.size(file);
            if (size > limits.maxBytes()) {
                throw reader.tooLarge(size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in);
            }
        } catch (IOException e) {
            throw new NetzwerkException("cannot read the declaration file " + file + ": " + e.getMessage(), e);
        }
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
        return RuleContext.of(profile).withToday(LocalDate.now(clock))
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
     * @param receivedPdf the received file; not null
     * @return the new PDF
     * @throws FormReadException as {@link #read(byte[])}
     * @throws NetzwerkException if the copy would not be faithful, naming the fields
     */
    public byte[] archivalCopy(byte[] receivedPdf) {
        DeclarationReading reading = read(receivedPdf);
        List<String> lossy = reading.findings().stream().filter(f -> f.isError() && lossy(f, reading.declaration()))
                .map(Finding::field).distinct().toList();
        if (!lossy.isEmpty()) {
            throw new NetzwerkException("Keine getreue Archivkopie möglich, das Formular weicht ab in " + lossy
                    + "; bitte die Originaldatei archivieren / no faithful archival copy: the form differs in "
                    + lossy + "; archive the original file");
        }
        return prefilled(reading.declaration());
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
        private RulesProfile profile = RulesProfile.magdeburg2016();
        private Clock clock; // null: the system clock in the profile's time zone
        private ReadLimits limits = ReadLimits.defaults();

        private Builder() {
        }

        /**
         * @param value the rules whose wording and working groups the form uses; not null
         *     (default {@link RulesProfile#magdeburg2016()})
         * @return this builder
         */
        public Builder profile(RulesProfile value) {
            this.profile = Objects.requireNonNull(value, "profile");
            return this;
        }

        /**
         * @param value source of the documents' dates and of "today" for checks; not null
         *     (default the system clock in the profile's {@linkplain RulesProfile#timeZone() time
         *     zone}: at 00:30 in Berlin a form dated that day is not in the future)
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @param value size and page limits for reading; not null (default {@link ReadLimits#defaults()})
         * @return this builder
         */
        public Builder limits(ReadLimits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /** @return the form */
        public DeclarationForm build() {
            return new DeclarationForm(this);
        }
    }
}
