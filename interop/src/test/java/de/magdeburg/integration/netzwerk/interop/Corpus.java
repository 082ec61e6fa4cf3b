package de.magdeburg.integration.netzwerk.interop;

import static de.magdeburg.integration.netzwerk.core.DeclarationField.EMAIL;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.FIRST_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.FUNCTION;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.LAST_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_CITY;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_NAME;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.ORGANISATION_STREET;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.PHONE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.PLACE;
import static de.magdeburg.integration.netzwerk.core.DeclarationField.SIGNATORY_NAME;

import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.DeclarationField;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import de.magdeburg.integration.netzwerk.core.SignatureStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The declaration records every client fills, generated deterministically: every request type
 * crossed with every working-group combination with and without cross-group meetings (3 × 8 × 2),
 * then the special cases (Unicode names in every text field, empty optional fields, 200-character
 * values).
 */
final class Corpus {

    /** A record with a stable id used in test names and file names. */
    record Entry(String id, Declaration declaration) {
        @Override
        public String toString() {
            return id;
        }
    }

    /** [last name, first name]: the names DESIGN.md promises, plus plain German ones. */
    static final List<String[]> NAMES = List.of(
            new String[] {"Yılmaz", "Şükrü"},
            new String[] {"Шевченко", "Олена"},
            new String[] {"Nguyễn", "Văn An"},
            new String[] {"Żółć", "Łukasz"},
            new String[] {"محمد", "محمد"},
            new String[] {"Müller-Lüdenscheidt", "Jörg"},
            new String[] {"Schmidt", "Anna"},
            new String[] {"O'Brien", "Siobhán"});

    private static final String[] FUNCTIONS = {"Geschäftsführung", "Projektleitung", "Sozialarbeiter*in",
        "Vorstand", "Integrationsbeauftragte*r", "Ehrenamtskoordination"};
    private static final String[] CITIES = {"Magdeburg", "Magdeburg-Sudenburg", "Barleben", "Schönebeck (Elbe)"};
    private static final String[] POSTAL_CODES = {"39104", "39108", "39179", "39218", "39112"};
    private static final String[] PHONES = {"0391 540-0", "+49 391 5402233", "(0391) 12 34 56", "0170/1234567"};

    private static final List<Entry> ALL = build();

    private Corpus() {
    }

    static List<Entry> all() {
        return ALL;
    }

    static Entry byId(String id) {
        return ALL.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no corpus record " + id));
    }

    private static List<Entry> build() {
        List<Entry> out = new ArrayList<>();
        int n = 0;
        for (RequestType request : RequestType.values()) {
            for (int mask = 0; mask < 8; mask++) {
                for (boolean cross : new boolean[] {false, true}) {
                    out.add(combination(n++, request, mask, cross));
                }
            }
        }
        out.add(new Entry("unicode-tr", unicode("Yılmaz", "Şükrü", "Türk-Alman Kültür Derneği İçin",
                "Işıklar Sokağı 1", "Ağrı", "şükrü.yılmaz@örnek.de")));
        out.add(new Entry("unicode-uk", unicode("Шевченко", "Олена", "Українська громада Магдебурга",
                "вулиця Шевченка 12", "Магдебург", "olena@example.org")));
        out.add(new Entry("unicode-vi", unicode("Nguyễn", "Văn An", "Hội người Việt Nam tại Magdeburg",
                "Đường Hoàng Diệu 5", "Thành phố Hồ Chí Minh", "an.nguyen@example.org")));
        out.add(new Entry("unicode-pl", unicode("Żółć", "Łukasz", "Stowarzyszenie Polsko-Niemieckie „Źródło”",
                "ulica Łąkowa 3", "Łódź", "lukasz@example.pl")));
        out.add(new Entry("unicode-ar", unicode("محمد", "محمد", "الجمعية العربية في ماغدبورغ",
                "شارع النيل 7", "ماغدبورغ", "mohammed@example.org")));
        out.add(new Entry("empty-optional", Declaration.of(RequestType.DELETION,
                        new Organisation("Beispielverein e. V.", "", "", ""))
                .withSigning("", null, "Anna Schmidt")));
        out.add(new Entry("empty-everything", Declaration.of(RequestType.CHANGE,
                new Organisation("", "", "", ""))));
        out.add(new Entry("max-length", maxLength()));
        return List.copyOf(out);
    }

    private static Entry combination(int n, RequestType request, int mask, boolean cross) {
        String[] name = NAMES.get(n % NAMES.size());
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < FieldValues.GROUPS.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                groups.add(FieldValues.GROUPS.get(i));
            }
        }
        String id = String.format("%s-wg%d%d%d-%s", request.name().toLowerCase(java.util.Locale.ROOT),
                mask & 1, (mask >> 1) & 1, (mask >> 2) & 1, cross ? "cross" : "nocross");
        Organisation org = new Organisation("Verein Nr. " + (n + 1) + " für Integration e. V.",
                "Breiter Weg " + (n + 1), POSTAL_CODES[n % POSTAL_CODES.length], CITIES[n % CITIES.length]);
        Representative rep = new Representative(name[0], name[1], FUNCTIONS[n % FUNCTIONS.length],
                PHONES[n % PHONES.length], "kontakt" + (n + 1) + "@verein-" + (n + 1) + ".example.org");
        LocalDate date = LocalDate.of(2026, 1, 1).plusDays(n * 11L);
        // every third record leaves the place empty and every fifth the date
        return new Entry(id, Declaration.of(request, org)
                .withRepresentative(rep)
                .withListOnPortal(n % 2 == 0)
                .withWorkingGroups(groups, cross)
                .withSigning(n % 3 == 0 ? "" : "Magdeburg", n % 5 == 0 ? null : date,
                        (name[1] + " " + name[0]))
                .withSignature(SignatureStatus.NONE));
    }

    private static Declaration unicode(String last, String first, String org, String street, String city,
            String email) {
        return Declaration.of(RequestType.ENTRY, new Organisation(org, street, "39104", city))
                .withRepresentative(new Representative(last, first, first + " " + last, "+49 391 540-0", email))
                .withListOnPortal(true)
                .withWorkingGroups(FieldValues.GROUPS, true)
                .withSigning(city, LocalDate.of(2026, 11, 26), first + " " + last);
    }

    /** Every text field as long as it takes ({@link DeclarationField#maxLength()}). */
    private static Declaration maxLength() {
        return Declaration.of(RequestType.ENTRY, new Organisation(fill("Organisation Ä–Ω ", max(ORGANISATION_NAME)),
                        fill("Straße ", max(ORGANISATION_STREET)), "39104", fill("Stadt ", max(ORGANISATION_CITY))))
                .withRepresentative(new Representative(fill("Nachname ", max(LAST_NAME)),
                        fill("Vorname ", max(FIRST_NAME)), fill("Funktion ", max(FUNCTION)),
                        fill("0391 ", max(PHONE)), fill("a", max(EMAIL) - 12) + "@example.org"))
                .withListOnPortal(true)
                .withWorkingGroups(List.of("work_and_training", "language"), false)
                .withSigning(fill("Ort ", max(PLACE)), LocalDate.of(2026, 12, 31),
                        fill("Unterzeichnende ", max(SIGNATORY_NAME)));
    }

    private static int max(DeclarationField field) {
        return field.maxLength();
    }

    /** The pattern repeated to exactly {@code length} characters, never ending in a space. */
    private static String fill(String pattern, int length) {
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            b.append(pattern);
        }
        b.setLength(length);
        if (b.charAt(length - 1) == ' ') {
            b.setCharAt(length - 1, 'x');
        }
        return b.toString();
    }
}
