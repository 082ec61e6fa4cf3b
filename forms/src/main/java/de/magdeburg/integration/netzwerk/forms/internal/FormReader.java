package de.magdeburg.integration.netzwerk.forms.internal;

import static de.magdeburg.integration.netzwerk.core.DeclarationField.CROSS_GROUP_MEETINGS;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.EMAIL;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.FIRST_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.FUNCTION;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.LAST_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.LIST_ON_PORTAL;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_CITY;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_POSTAL_CODE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_STREET;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.PHONE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.PLACE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.SIGNATORY_NAME;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.DeclarationField;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.RuleContext;
import de.magdeburg.integration.netzwerk.core.Rules;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import de.magdeburg.integration.netzwerk.core.WorkingGroup;
import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
import de.magdeburg.integration.netzwerk.forms.FormReadException.Reason;
import de.magdeburg.integration.netzwerk.forms.FormReadException;
import de.magdeburg.integration.netzwerk.forms.ReadLimits;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;

/**
 * Reads a returned declaration form, tolerant of how real viewers save it.
 *
 * <p>Immutable and thread-safe. Values come from the field dictionaries of the newest revision;
 * no content stream is decoded and the AcroForm is not "fixed up".
 */
public final class FormReader {
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter GERMAN_SHORT = new DateTimeFormatterBuilder()
            .appendPattern("d.M.")
            .appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    /**
     * Most field dictionaries (terminal and non-terminal) a form may have. Ours has about twenty;
     * a thousand leaves room for any viewer's additions and stops files built to exhaust the reader.
     */
    public static final int MAX_FIELDS = 1_000;

    private static final List<String> REQUIRED = Arrays.stream(DeclarationField.values())
            .filter(f -> f.kind() != DeclarationField.Kind.SIGNATURE).map(DeclarationField::fieldName).toList();

    private final RulesProfile profile;
    private final ReadLimits limits;
    private final Supplier<RuleContext> rules;

    /**
     * @param profile the rules (working groups, wording); not null
     * @param limits size and page limits; not null
     * @param rules what the declaration rules get for every declaration read (today, the form's
     *     font), as {@link Rules#checkDeclaration(RuleContext, Declaration)} takes it; not null
     */
    public FormReader(RulesProfile profile, ReadLimits limits, Supplier<RuleContext> rules) {
        this.profile = profile;
        this.limits = limits;
        this.rules = rules;
    }

    /**
     * @param pdf the whole file; not null
     * @return the declaration and findings
     * @throws FormReadException if the file cannot be read as our form
     */
    public DeclarationReading read(byte[] pdf) {
        DeclarationReading reading = UntrustedPdf.read(pdf, limits, (doc, deadline) -> read(doc, pdf, deadline));
        return SignedValues.attach(reading, pdf,
                revision -> UntrustedPdf.read(revision, limits, (doc, deadline) -> read(doc, revision, deadline)));
    }

    private static FormReadException tooManyFields(int count, boolean more) {
        return new FormReadException(Reason.TOO_COMPLEX, (more ? "mehr als " : "") + count
                + " Formularfelder, höchstens " + MAX_FIELDS, (more ? "more than " : "") + count
                + " form fields, at most " + MAX_FIELDS, null);
    }

    /**
     * @param size the file's size in bytes
     * @return the exception for a file over the size limit
     */
    public FormReadException tooLarge(long size) {
        return UntrustedPdf.tooLarge(size, limits);
    }

    private DeclarationReading read(PDDocument doc, byte[] pdf, UntrustedPdf.Deadline deadline) throws IOException {
        int pages = doc.getNumberOfPages();
        if (pages > limits.maxPages()) {
            throw new FormReadException(Reason.TOO_MANY_PAGES, pages + " Seiten, höchstens " + limits.maxPages(),
                    pages + " pages, at most " + limits.maxPages(), null);
        }
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        COSArray fieldArray = form == null ? null : form.getCOSObject().getCOSArray(COSName.FIELDS);
        if (fieldArray != null && fieldArray.size() > MAX_FIELDS) {
            // counted before PDFBox parses a single field object: 100 000 of them take seconds
            throw tooManyFields(fieldArray.size(), false);
        }
        List<PDField> top = form == null ? List.of() : form.getFields();
        if (top.isEmpty()) {
            throw new FormReadException(Reason.NO_FORM, "", "", null);
        }
        FieldTree tree = FieldTree.of(form, deadline, MAX_FIELDS, max -> tooManyFields(max, true));
        Map<String, PDField> fields = tree.fields();
        List<PDSignature> signatures = tree.signatures();
        List<String> missing = REQUIRED.stream().filter(n -> !fields.containsKey(n)).toList();
        if (!missing.isEmpty() && tree.unreadable() > 0) {
            // PDFBox drops field objects it cannot parse; the form is ours but broken
            throw new FormReadException(Reason.DAMAGED, tree.unreadable() + " Formularfelder sind nicht lesbar, es"
                    + " fehlen " + missing, tree.unreadable() + " form fields cannot be parsed, missing: " + missing,
                    null);
        }
        if (!missing.isEmpty()) {
            throw new FormReadException(Reason.FOREIGN_FORM, "es fehlen die Felder " + missing,
                    "fields missing: " + missing, null);
        }
        // every field whose value becomes the declaration lies on the form's first page
        tree.checkWidgets(doc, valueFields(fields.keySet()), name -> 0);
        List<Finding> findings = new ArrayList<>();
        ActiveContent.findings(doc, form, fields.values(), findings);
        Values v = new Values(fields, findings);

        RequestType request = v.request();
        var org = new Organisation(v.text(ORGANISATION_NAME), v.text(ORGANISATION_STREET),
                v.text(ORGANISATION_POSTAL_CODE), v.text(ORGANISATION_CITY));
        boolean portal = v.checkbox(LIST_ON_PORTAL);
        var rep = new Representative(v.text(LAST_NAME), v.text(FIRST_NAME), v.text(FUNCTION),
                v.text(PHONE), v.text(EMAIL));
        List<String> groups = new ArrayList<>();
        for (WorkingGroup g : profile.workingGroups()) {
            if (fields.containsKey(g.fieldName()) && v.checkbox(g.fieldName())) {
                groups.add(g.id());
            }
        }
        for (String name : fields.keySet()) {
            String id = name.substring(Math.min(name.length(), DeclarationField.WORKING_GROUP_PREFIX.length()));
            if (name.startsWith(DeclarationField.WORKING_GROUP_PREFIX) && profile.findWorkingGroup(id).isEmpty()
                    && v.checkbox(name)) {
                groups.add(id);
            }
        }
        boolean cross = v.checkbox(CROSS_GROUP_MEETINGS);
        String place = v.text(PLACE);
        LocalDate date = v.date();
        String signatory = v.text(SIGNATORY_NAME);
        SignatureVerifier.Judgement judged = SignatureVerifier.judge(doc, signatures, pdf, deadline);
        SignatureStatus signature = judged.status();

        Declaration declaration = new Declaration(request == null ? RequestType.ENTRY : request, org, portal, rep,
                groups, cross, place, date, signatory, signature);
        List<Finding> all = new ArrayList<>();
        if (request == null) {
            all.add(Rules.GO_1_2.finding(DeclarationField.REQUEST.fieldName(), "read.requestMissing"));
        }
        all.addAll(findings);
        all.addAll(Rules.checkDeclaration(rules.get(), declaration));
        all.addAll(judged.findings());
        return new DeclarationReading(declaration, all, judged.signatures());
    }

    /** @return the required fields and every working-group box: the names whose values are read */
    private static Set<String> valueFields(Set<String> names) {
        Set<String> out = new java.util.HashSet<>(REQUIRED);
        for (String name : names) {
            if (name.startsWith(DeclarationField.WORKING_GROUP_PREFIX)) {
                out.add(name);
            }
        }
        return out;
    }

    /** Value extraction with the findings it produces. */
    private final class Values {
        final Map<String, PDField> fields;
        final List<Finding> findings;

        Values(Map<String, PDField> fields, List<Finding> findings) {
            this.fields = fields;
            this.findings = findings;
        }

        String text(DeclarationField field) throws IOException {
            return text(field.fieldName());
        }

        boolean checkbox(DeclarationField field) {
            return checkbox(field.fieldName());
        }

        String text(String name) throws IOException {
            COSBase v = Inherited.get(fields.get(name).getCOSObject(), COSName.V);
            String value;
            if (v instanceof COSString s) {
                value = s.getString();
            } else if (v instanceof COSStream stream) {
                value = new COSString(BoundedDecode.decode(stream, name)).getString();
            } else if (v instanceof COSName n) {
                value = n.getName();
            } else {
                value = fields.get(name).getValueAsString();
                if (value == null || value.equals("[]")) {
                    value = "";
                }
            }
            value = value.replaceAll("[\\r\\n\\t\\u0000]+", " ").strip();
            int maxLength = FormWriter.maxLength(name);
            if (value.length() > maxLength) {
                findings.add(Rules.FORM.finding(name, "read.tooLong", name,
                        value.length(), maxLength));
                value = value.substring(0, maxLength);
            }
            return value;
        }

        boolean checkbox(String name) {
            PDField field = fields.get(name);
            if (!(Inherited.get(field.getCOSObject(), COSName.FT) instanceof COSName ft) || !ft.getName().equals("Btn")) {
                findings.add(Rules.FORM.finding(name, "read.checkbox", name,
                        field.getValueAsString()));
                return false;
            }
            ButtonValue button = ButtonValue.read(name, field);
            button.finding().ifPresent(findings::add);
            return button.isOn();
        }

        RequestType request() {
            String name = DeclarationField.REQUEST.fieldName();
            ButtonValue button = ButtonValue.read(name, fields.get(name));
            button.finding().ifPresent(findings::add);
            if (button.value().isEmpty()) {
                return null;
            }
            RequestType type = requestType(button.value().get());
            if (type == null) {
                findings.add(Rules.FORM.finding(DeclarationField.REQUEST.fieldName(), "read.request",
                        button.value().get()));
            }
            return type;
        }

        private RequestType requestType(String value) {
            var wording = profile.declaration();
            String[][] names = {
                {DeclarationField.requestValue(RequestType.ENTRY), wording.requestEntry(), "ENTRY"},
                {DeclarationField.requestValue(RequestType.DELETION), wording.requestDeletion(), "DELETION"},
                {DeclarationField.requestValue(RequestType.CHANGE), wording.requestChange(), "CHANGE"}};
            for (int i = 0; i < names.length; i++) {
                for (String n : names[i]) {
                    if (n.equalsIgnoreCase(value.strip())) {
                        return RequestType.values()[i];
                    }
                }
            }
            return null;
        }

        LocalDate date() throws IOException {
            String text = text(DeclarationField.DATE.fieldName());
            if (text.isEmpty()) {
                return null;
            }
            for (DateTimeFormatter f : new DateTimeFormatter[] {GERMAN, GERMAN_SHORT, ISO}) {
                try {
                    return LocalDate.parse(text, f);
                } catch (DateTimeParseException e) {
                    // try the next accepted format
                }
            }
            findings.add(Rules.FORM.finding(DeclarationField.DATE.fieldName(), "read.date", text));
            return null;
        }
    }

}
