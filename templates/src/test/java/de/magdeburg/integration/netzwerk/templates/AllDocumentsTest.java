package de.magdeburg.integration.netzwerk.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Output;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import de.magdeburg.integration.netzwerk.forms.MetadataTexts;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every document type, enumerated from the sealed {@link Document} hierarchy, so a new document
 * cannot skip a check: each is built from the multi-script sample data by its record components
 * (a new record of known component types needs nothing here) and must be deterministic,
 * PDF/A-2u and PDF/UA-1 (veraPDF) if it is a PDF, print every script of the sample data, keep
 * personal data out of what it need not carry, and stay within its size.
 */
class AllDocumentsTest {
    private static final RulesProfile PROFILE = RulesProfile.magdeburg2016();
    private static final Documents OTHER_INSTANCE = Documents.builder().clock(Samples.CLOCK).build();
    /** Every script the sample names are written in. */
    private static final Set<Character.UnicodeScript> SCRIPTS = scriptsOf(String.join("",
            MultiScriptTest.fullNames()));
    /** What only the coordinator's documents may show: representatives' emails and phone numbers. */
    private static final List<String> CONTACT = MultiScriptTest.partners().stream()
            .flatMap(p -> p.representatives().stream()).flatMap(r -> Stream.of(r.email(), r.phone())).toList();
    private static final int MAX_PDF_BYTES = 400_000;
    private static final int MAX_TEXT_BYTES = 64_000;

    static Register register() {
        Register register = Register.empty();
        for (Partner p : MultiScriptTest.partners()) {
            // the organisation carries the whole name, so that the portal listing (organisations only,
            // § 1 Abs. 3) shows every script too
            Organisation named = new Organisation(p.organisation().name() + " " + p.representatives().get(0)
                    .displayName(), p.organisation().street(), p.organisation().postalCode(), p.organisation().city());
            Declaration entry = Declaration.of(RequestType.ENTRY, named)
                    .withRepresentative(p.representatives().get(0))
                    .withWorkingGroups(p.workingGroups(), p.crossGroupMeetings()).withListOnPortal(true)
                    .withSigning("Magdeburg", LocalDate.of(2026, 11, 2), p.representatives().get(0).displayName());
            RegisterUpdate u = register.apply(PROFILE, entry, LocalDate.of(2026, 11, 2));
            assertThat(u.rejected()).as(u.findings().toString()).isFalse();
            register = u.register();
        }
        return register;
    }

    /** The meeting of the sample data, titled in every script so that even a cancellation prints them. */
    static Meeting meeting() {
        Meeting m = MultiScriptTest.meeting();
        return new Meeting(m.id(), m.kind(), m.groupId(), "Sitzung " + String.join(" / ", MultiScriptTest.fullNames()),
                m.start(), m.end(), m.place(), m.agenda(), m.guests());
    }

    /** A value for every record component type a document may have. */
    private static Object sample(Type type, Register register) {
        if (type == Meeting.class) {
            return meeting();
        } else if (type == Register.class) {
            return register;
        } else if (type == Minutes.class) {
            return MultiScriptTest.minutes();
        } else if (type == WorkPlan.class) {
            return MultiScriptTest.workPlan();
        } else if (type == boolean.class) {
            return true;
        } else if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
            Type inner = p.getActualTypeArguments()[0];
            return Optional.of(inner == String.class ? "language" : sample(inner, register));
        }
        throw new AssertionError("AllDocumentsTest kennt keinen Beispielwert für " + type
                + " / no sample value: add one here");
    }

    static Stream<Document> documents() {
        Register register = register();
        return Arrays.stream(Document.class.getPermittedSubclasses()).map(type -> {
            RecordComponent[] components = type.getRecordComponents();
            Object[] args = Arrays.stream(components).map(c -> sample(c.getGenericType(), register)).toArray();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                return (Document) type.getDeclaredConstructor(types).newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(type + ": " + e, e);
            }
        });
    }

    @Test
    void everyPermittedDocumentTypeIsEnumerated() {
        assertThat(documents().map(Object::getClass).toList())
                .containsExactlyInAnyOrder(Document.class.getPermittedSubclasses())
                .hasSizeGreaterThanOrEqualTo(9);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyDocumentPassesEveryCheck(Document document) throws Exception {
        Output output = Samples.DOCS.generate(document);

        assertThat(output.fileName()).isEqualTo(document.fileName());
        assertThat(output.mediaType()).isEqualTo(document.mediaType());
        assertThat(OTHER_INSTANCE.generate(document).bytes()).as("determinism").isEqualTo(output.bytes());
        checkPrintable(document.getClass().getSimpleName(), output, !(document instanceof Document.MailingList));
    }

    @Test
    void aPdfWithoutItsTagsFailsTheChecksNamingPdfUa() throws Exception {
        Output sheet = Samples.DOCS.generate(new Document.AttendanceSheet(meeting(), register()));
        byte[] untagged;
        try (PDDocument doc = Loader.loadPDF(sheet.bytes())) {
            doc.getDocumentCatalog().getCOSObject().removeItem(COSName.STRUCT_TREE_ROOT);
            doc.getDocumentCatalog().getCOSObject().removeItem(COSName.MARK_INFO);
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            untagged = out.toByteArray();
        }
        Output broken = Output.of(untagged, Output.PDF, "untagged.pdf", List.of());

        assertThatThrownBy(() -> checkPrintable("untagged", broken, true))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("untagged: not PDF/UA-1: [")
                .hasMessageContaining("StructTreeRoot");
    }

    /**
     * The checks every document must pass.
     *
     * @param contactFree whether the text must not show representatives' emails or phones (all but
     *     the mailing list, whose purpose they are, § 1 Abs. 4)
     */
    static void checkPrintable(String name, Output output, boolean contactFree) throws Exception {
        String text;
        if (output.mediaType().equals(Output.PDF)) {
            assertThat(output.size()).as(name + ": size").isLessThan(MAX_PDF_BYTES);
            List<String> pdfa = Pdfs.failures(output.bytes(), PDFAFlavour.PDFA_2_U);
            if (!pdfa.isEmpty()) {
                throw new AssertionError(name + ": not PDF/A-2u: " + pdfa);
            }
            List<String> pdfua = Pdfs.failures(output.bytes(), PDFAFlavour.PDFUA_1);
            if (!pdfua.isEmpty()) {
                throw new AssertionError(name + ": not PDF/UA-1: " + pdfua);
            }
            try (PDDocument doc = Loader.loadPDF(output.bytes())) {
                text = new PDFTextStripper().getText(doc);
                // personal data is printed on the page and nowhere else (issue 6)
                for (String metadata : MetadataTexts.of(doc)) {
                    for (String personal : MultiScriptTest.fullNames()) {
                        for (String part : personal.split(" ")) {
                            assertThat(metadata).as(name + ": metadata " + part).doesNotContain(part);
                        }
                    }
                }
            }
        } else {
            assertThat(output.size()).as(name + ": size").isLessThan(MAX_TEXT_BYTES);
            text = new String(output.bytes(), StandardCharsets.UTF_8);
        }
        assertThat(scriptsOf(Normalizer.normalize(text, Normalizer.Form.NFKC))).as(name + ": every script")
                .containsAll(SCRIPTS);
        if (contactFree && !name.equals("PartnerOverview") && !name.equals("AttendanceSheet")) {
            for (String contact : CONTACT) {
                assertThat(text).as(name + ": contact data").doesNotContain(contact);
            }
        }
    }

    private static Set<Character.UnicodeScript> scriptsOf(String text) {
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        text.codePoints().map(cp -> cp).mapToObj(Character.UnicodeScript::of)
                .filter(s -> s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED
                        && s != Character.UnicodeScript.UNKNOWN)
                .forEach(scripts::add);
        return scripts;
    }
}
