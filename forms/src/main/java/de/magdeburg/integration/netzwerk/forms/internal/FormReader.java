package de.magdeburg.integration.netzwerk.forms.internal;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.Severity;
import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import de.magdeburg.integration.netzwerk.core.WorkingGroup;
import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
import de.magdeburg.integration.netzwerk.forms.FormReadException;
import de.magdeburg.integration.netzwerk.forms.FormReadException.Reason;
import de.magdeburg.integration.netzwerk.forms.ReadLimits;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;

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

    private final RulesProfile profile;
    private final ReadLimits limits;
    private final DeclarationChecks checks;

    /**
     * @param profile the rules (working groups, wording); not null
     * @param limits size and page limits; not null
     * @param checks content checks applied to every declaration read; not null
     */
    public FormReader(RulesProfile profile, ReadLimits limits, DeclarationChecks checks) {
        this.profile = profile;
        this.limits = limits;
        this.checks = checks;
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
        Map<String, PDField> fields = new LinkedHashMap<>();
        List<PDSignature> signatures = new ArrayList<>();
        FieldTree tree = new FieldTree(fields, signatures, deadline);
        tree.unreadable += unreadable(form.getCOSObject().getCOSArray(COSName.FIELDS));
        tree.collect(top, 0);
        List<String> missing = Fields.REQUIRED.stream().filter(n -> !fields.containsKey(n)).toList();
        if (!missing.isEmpty() && tree.unreadable > 0) {
            // PDFBox drops field objects it cannot parse; the form is ours but broken
            throw new FormReadException(Reason.DAMAGED, tree.unreadable + " Formularfelder sind nicht lesbar, es fehlen "
                    + missing, tree.unreadable + " form fields cannot be parsed, missing: " + missing, null);
        }
        if (!missing.isEmpty()) {
            throw new FormReadException(Reason.FOREIGN_FORM, "es fehlen die Felder " + missing,
                    "fields missing: " + missing, null);
        }
        List<Finding> findings = new ArrayList<>();
        ActiveContent.findings(doc, form, fields.values(), findings);
        Values v = new Values(fields, findings);

        RequestType request = v.request();
        var org = new Organisation(v.text(Fields.ORGANISATION_NAME), v.text(Fields.ORGANISATION_STREET),
                v.text(Fields.ORGANISATION_POSTAL_CODE), v.text(Fields.ORGANISATION_CITY));
        boolean portal = v.checkbox(Fields.LIST_ON_PORTAL);
        var rep = new Representative(v.text(Fields.LAST_NAME), v.text(Fields.FIRST_NAME), v.text(Fields.FUNCTION),
                v.text(Fields.PHONE), v.text(Fields.EMAIL));
        List<String> groups = new ArrayList<>();
        for (WorkingGroup g : profile.workingGroups()) {
            if (fields.containsKey(g.fieldName()) && v.checkbox(g.fieldName())) {
                groups.add(g.id());
            }
        }
        for (String name : fields.keySet()) {
            String id = name.substring(Math.min(name.length(), Fields.WORKING_GROUP_PREFIX.length()));
            if (name.startsWith(Fields.WORKING_GROUP_PREFIX) && profile.findWorkingGroup(id).isEmpty()
                    && v.checkbox(name)) {
                groups.add(id);
            }
        }
        boolean cross = v.checkbox(Fields.CROSS_GROUP_MEETINGS);
        String place = v.text(Fields.PLACE);
        LocalDate date = v.date();
        String signatory = v.text(Fields.SIGNATORY_NAME);
        SignatureVerifier.Judgement judged = SignatureVerifier.judge(doc, signatures, pdf, deadline);
        SignatureStatus signature = judged.status();

        Declaration declaration = new Declaration(request == null ? RequestType.ENTRY : request, org, portal, rep,
                groups, cross, place, date, signatory, signature);
        List<Finding> all = new ArrayList<>();
        if (request == null) {
            all.add(DeclarationChecks.finding(Severity.ERROR, "GO-1.2", Fields.REQUEST, "required.request"));
        }
        all.addAll(findings);
        all.addAll(checks.check(declaration));
        all.addAll(judged.findings());
        return new DeclarationReading(declaration, all, judged.signatures());
    }

    /** The terminal fields by fully qualified name, each field dictionary visited once. */
    private static final class FieldTree {
        final Map<String, PDField> out;
        final List<PDSignature> signatures;
        final UntrustedPdf.Deadline deadline;
        // a hostile tree may list a node as its own kid, or the same kid many times: without
        // this, /Kids [a a a …] nested 20 deep is an exponential walk
        final Set<COSDictionary> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        int unreadable;

        FieldTree(Map<String, PDField> out, List<PDSignature> signatures, UntrustedPdf.Deadline deadline) {
            this.out = out;
            this.signatures = signatures;
            this.deadline = deadline;
        }

        void collect(List<PDField> list, int depth) {
            if (depth > 20) {
                return;
            }
            for (PDField field : list) {
                if (!visited.add(field.getCOSObject())) {
                    continue;
                }
                if (visited.size() > MAX_FIELDS) {
                    throw tooManyFields(MAX_FIELDS, true);
                }
                if ((visited.size() & 0xFF) == 0) {
                    deadline.check();
                }
                if (field instanceof PDNonTerminalField nonTerminal) {
                    unreadable += unreadable(nonTerminal.getCOSObject().getCOSArray(COSName.KIDS));
                    collect(nonTerminal.getChildren(), depth + 1);
                } else {
                    String name = field.getFullyQualifiedName();
                    if (name != null) {
                        out.putIfAbsent(name, field);
                    }
                    if (field instanceof PDSignatureField sig && sig.getSignature() != null) {
                        signatures.add(sig.getSignature());
                    }
                }
            }
        }
    }

    /** @return how many entries of a /Fields or /Kids array PDFBox could not parse */
    private static int unreadable(COSArray array) {
        if (array == null) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < array.size(); i++) {
            COSBase entry = array.get(i);
            if (entry instanceof COSObject ref && !(ref.getObject() instanceof COSDictionary)) {
                n++;
            }
        }
        return n;
    }

    /** Value extraction with the findings it produces. */
    private final class Values {
        final Map<String, PDField> fields;
        final List<Finding> findings;

        Values(Map<String, PDField> fields, List<Finding> findings) {
            this.fields = fields;
            this.findings = findings;
        }

        String text(String name) throws IOException {
            COSBase v = inherited(fields.get(name).getCOSObject(), COSName.V);
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
                findings.add(DeclarationChecks.finding(Severity.ERROR, "FORM", name, "format.tooLong", name,
                        value.length(), maxLength));
                value = value.substring(0, maxLength);
            }
            return value;
        }

        boolean checkbox(String name) {
            PDField field = fields.get(name);
            COSBase v = inherited(field.getCOSObject(), COSName.V);
            if (v instanceof COSName n) {
                return isOn(n.getName());
            }
            if (v instanceof COSString s) {
                String value = s.getString().strip();
                return isOn(value) && !value.equalsIgnoreCase("no") && !value.equalsIgnoreCase("nein")
                        && !value.equalsIgnoreCase("false") && !value.equals("0");
            }
            for (String state : appearanceStates(field)) {
                if (isOn(state)) {
                    return true;
                }
            }
            return false;
        }

        RequestType request() {
            PDField field = fields.get(Fields.REQUEST);
            List<String> candidates = new ArrayList<>();
            COSBase v = inherited(field.getCOSObject(), COSName.V);
            if (v instanceof COSName n) {
                candidates.add(n.getName());
            } else if (v instanceof COSString s) {
                candidates.add(s.getString());
            }
            if (field instanceof PDTerminalField terminal) {
                for (PDAnnotationWidget w : terminal.getWidgets()) {
                    if (w.getCOSObject().getDictionaryObject(COSName.V) instanceof COSName n) {
                        candidates.add(n.getName());
                    }
                }
            }
            candidates.addAll(appearanceStates(field));
            for (String candidate : candidates) {
                String state = candidate.strip();
                if (!isOn(state)) {
                    continue;
                }
                RequestType type = requestType(state, field.getCOSObject());
                if (type != null) {
                    return type;
                }
                findings.add(DeclarationChecks.finding(Severity.ERROR, "FORM", Fields.REQUEST, "format.request",
                        state));
                return null;
            }
            return null;
        }

        private RequestType requestType(String state, COSDictionary field) {
            var wording = profile.declaration();
            String[][] names = {
                {Fields.REQUEST_VALUES.get(0), wording.requestEntry(), "ENTRY"},
                {Fields.REQUEST_VALUES.get(1), wording.requestDeletion(), "DELETION"},
                {Fields.REQUEST_VALUES.get(2), wording.requestChange(), "CHANGE"}};
            String resolved = state;
            if (state.matches("\\d{1,2}") && field.getDictionaryObject(COSName.OPT) instanceof COSArray opt) {
                int i = Integer.parseInt(state);
                if (i < opt.size() && opt.getObject(i) instanceof COSString s) {
                    resolved = s.getString();
                }
            }
            for (int i = 0; i < names.length; i++) {
                for (String n : names[i]) {
                    if (n.equalsIgnoreCase(resolved.strip())) {
                        return RequestType.values()[i];
                    }
                }
            }
            return null;
        }

        LocalDate date() throws IOException {
            String text = text(Fields.DATE);
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
            findings.add(DeclarationChecks.finding(Severity.ERROR, "FORM", Fields.DATE, "format.date", text));
            return null;
        }
    }

    private static boolean isOn(String state) {
        return !state.isEmpty() && !state.equals("Off");
    }

    private static List<String> appearanceStates(PDField field) {
        List<String> states = new ArrayList<>();
        if (field instanceof PDTerminalField terminal) {
            for (PDAnnotationWidget w : terminal.getWidgets()) {
                if (w.getCOSObject().getDictionaryObject(COSName.AS) instanceof COSName as) {
                    states.add(as.getName());
                }
            }
        }
        return states;
    }

    private static COSBase inherited(COSDictionary dict, COSName key) {
        COSDictionary d = dict;
        for (int depth = 0; d != null && depth < 20; depth++) {
            COSBase value = d.getDictionaryObject(key);
            if (value != null) {
                return value;
            }
            d = d.getCOSDictionary(COSName.PARENT);
        }
        return null;
    }
}
