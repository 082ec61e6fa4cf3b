package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonCodecTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Register sampleRegister() {
        return Fixtures.register(12)
                .apply(Fixtures.declaration(RequestType.DELETION, Fixtures.organisationName(2), 2, List.of(), false),
                        LocalDate.of(2025, 6, 1)).register()
                .removeInactive(Fixtures.organisationName(5), LocalDate.of(2026, 6, 1), "keine Teilnahme seit 10.03.2025")
                .register()
                .apply(Fixtures.declaration(RequestType.CHANGE, Fixtures.organisationName(1), 9,
                        List.of("language", "work_and_training"), true), LocalDate.of(2026, 7, 1)).register()
                .apply(Fixtures.entry(Fixtures.organisationName(5)), LocalDate.of(2026, 8, 1)).register();
    }

    static Meeting sampleMeeting() {
        Guest guest = new Guest("Олена Шевченко", "Kulturhaus Елбе gGmbH", "Bericht: „Sprachpat*innen“ & <mehr>",
                LocalDate.of(2027, 5, 2), LocalDate.of(2027, 5, 20), List.of("Şükrü Yılmaz"));
        return new Meeting("language-2027-06", MeetingKind.WORKING_GROUP, "language", "3. Sitzung der AG Sprache",
                LocalDateTime.of(2027, 6, 10, 17, 0), LocalTime.of(19, 30), "Rathaus, Raum 1",
                List.of(new AgendaItem("Begrüßung", "", "Şükrü Yılmaz"),
                        new AgendaItem("Sprachcafé", "Stand und Planung\nzweite Zeile", "Олена Шевченко")),
                List.of(guest));
    }

    static Minutes sampleMinutes() {
        MinutesItem item = new MinutesItem("Sprachcafé", "Diskussion …", List.of("Fortsetzung 2028"),
                List.of("Empfehlung: mehr Räume"), List.of(new Task("Raum anfragen", "محمد العلي",
                        LocalDate.of(2027, 7, 1)), new Task("Flyer", "", null)));
        return new Minutes(sampleMeeting(), "Nguyễn Văn An", List.of("Şükrü Yılmaz"), List.of("Beispielverein"),
                List.of("Werkstatt Zukunft gGmbH"), List.of("Олена Шевченко"), List.of(item),
                LocalDateTime.of(2027, 9, 9, 17, 0), ReviewState.DRAFT, "", "", null)
                .reviewed("Netzwerkkoordinatorin", LocalDate.of(2027, 6, 20))
                .approved("AG Sprache", LocalDate.of(2027, 9, 9));
    }

    static WorkPlan samplePlan() {
        WorkPlan p = Fixtures.validNetworkPlan(2027);
        return new WorkPlan(p.year(), p.groupId(), p.meetings(), List.of(new PlannedEvent("Interkulturelle Woche",
                LocalDate.of(2027, 9, 24), List.of("Kulturhaus Елбе gGmbH"), "intercultural_opening")), p.speakerTerms());
    }

    @Nested
    class RoundTrips {
        @Test
        void registerRoundTripsThroughBytesStreamsStringsAndFiles(@TempDir Path dir) {
            Register r = sampleRegister();
            Path file = dir.resolve("register.json");

            JsonCodec.REGISTER.write(r, file);
            var out = new ByteArrayOutputStream();
            JsonCodec.REGISTER.write(r, out);

            assertThat(JsonCodec.REGISTER.read(file)).isEqualTo(r);
            assertThat(JsonCodec.REGISTER.read(out.toByteArray())).isEqualTo(r);
            assertThat(JsonCodec.REGISTER.read(new ByteArrayInputStream(utf8(JsonCodec.REGISTER.toJson(r))))).isEqualTo(r);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JsonCodec.REGISTER.toJson(r));
        }

        @Test
        void emptyRegisterRoundTrips() {
            assertThat(JsonCodec.REGISTER.read(utf8(JsonCodec.REGISTER.toJson(Register.empty()))))
                    .isEqualTo(Register.empty());
            assertThat(JsonCodec.REGISTER.read(utf8("{\"schemaVersion\":1,\"history\":[]}")))
                    .isEqualTo(Register.empty());
        }

        @Test
        void declarationRoundTrips(@TempDir Path dir) {
            Declaration d = Fixtures.declaration(RequestType.CHANGE, "جمعية الجسر e. V.", 4,
                    List.of("work_and_training", "language"), true).withSignature(SignatureStatus.SIGNED_VALID);
            Declaration blank = Declaration.of(RequestType.ENTRY, new Organisation("", "", "", ""));
            Path file = dir.resolve("d.json");
            JsonCodec.DECLARATION.write(d, file);

            assertThat(JsonCodec.DECLARATION.read(utf8(JsonCodec.DECLARATION.toJson(d)))).isEqualTo(d);
            assertThat(JsonCodec.DECLARATION.read(file)).isEqualTo(d);
            assertThat(JsonCodec.DECLARATION.read(utf8(JsonCodec.DECLARATION.toJson(blank)))).isEqualTo(blank);
        }

        @Test
        void meetingMinutesAndWorkPlanRoundTrip(@TempDir Path dir) {
            Meeting m = sampleMeeting();
            Minutes min = sampleMinutes();
            WorkPlan p = samplePlan();
            JsonCodec.MEETING.write(m, dir.resolve("m.json"));
            JsonCodec.MINUTES.write(min, dir.resolve("min.json"));
            JsonCodec.WORK_PLAN.write(p, dir.resolve("p.json"));

            assertThat(JsonCodec.MEETING.read(utf8(JsonCodec.MEETING.toJson(m)))).isEqualTo(m);
            assertThat(JsonCodec.MEETING.read(dir.resolve("m.json"))).isEqualTo(m);
            assertThat(JsonCodec.MINUTES.read(utf8(JsonCodec.MINUTES.toJson(min)))).isEqualTo(min);
            assertThat(JsonCodec.MINUTES.read(dir.resolve("min.json"))).isEqualTo(min);
            assertThat(JsonCodec.WORK_PLAN.read(utf8(JsonCodec.WORK_PLAN.toJson(p)))).isEqualTo(p);
            assertThat(JsonCodec.WORK_PLAN.read(dir.resolve("p.json"))).isEqualTo(p);
        }

        @Test
        void listsRoundTrip(@TempDir Path dir) {
            List<AttendanceRecord> attendance = List.of(
                    Fixtures.attendance("Hội Người Việt Elbe e. V.", MeetingKind.WORKING_GROUP, LocalDate.of(2027, 2, 1), true),
                    new AttendanceRecord("x-1", LocalDate.of(2027, 2, 1), MeetingKind.CROSS_GROUP, "", "Stowarzyszenie Most",
                            "Łukasz Żółć", false));
            List<Finding> findings = RuleChecks.checkWorkPlan(Fixtures.profile(), new WorkPlan(2027, "", List.of(),
                    List.of(), List.of()));
            List<PortalEntry> portal = sampleRegister().portalListing();
            JsonCodec.ATTENDANCE.write(attendance, dir.resolve("a.json"));
            JsonCodec.FINDINGS.write(findings, dir.resolve("f.json"));
            JsonCodec.PORTAL_LISTING.write(portal, dir.resolve("p.json"));

            assertThat(JsonCodec.ATTENDANCE.read(utf8(JsonCodec.ATTENDANCE.toJson(attendance)))).isEqualTo(attendance);
            assertThat(JsonCodec.ATTENDANCE.read(dir.resolve("a.json"))).isEqualTo(attendance);
            assertThat(JsonCodec.FINDINGS.read(utf8(JsonCodec.FINDINGS.toJson(findings)))).isEqualTo(findings);
            assertThat(JsonCodec.FINDINGS.read(dir.resolve("f.json"))).isEqualTo(findings);
            assertThat(JsonCodec.PORTAL_LISTING.read(utf8(JsonCodec.PORTAL_LISTING.toJson(portal)))).isEqualTo(portal);
            assertThat(JsonCodec.PORTAL_LISTING.read(dir.resolve("p.json"))).isEqualTo(portal);
            assertThat(JsonCodec.ATTENDANCE.read(utf8("[]"))).isEmpty();
        }

        @Test
        void rulesProfileRoundTripsThroughRulesProfileRead(@TempDir Path dir) {
            RulesProfile p = RulesProfile.magdeburg2016();
            JsonCodec.PROFILE.write(p, dir.resolve("profile.json"));
            var out = new ByteArrayOutputStream();
            JsonCodec.PROFILE.write(p, out);

            assertThat(RulesProfile.read(new ByteArrayInputStream(utf8(JsonCodec.PROFILE.toJson(p))))).isEqualTo(p);
            assertThat(RulesProfile.read(dir.resolve("profile.json"))).isEqualTo(p);
            assertThat(RulesProfile.read(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(p);
            assertThat(JsonCodec.PROFILE.toJson(p)).startsWith("{\n  \"schemaVersion\" : 1,\n  \"id\" : \"magdeburg-2016\"");
        }

        @Test
        void streamsAreReadAndWrittenWithoutBeingClosed() {
            var closed = new boolean[2];
            var out = new ByteArrayOutputStream() {
                @Override
                public void close() {
                    closed[0] = true;
                }
            };
            JsonCodec.MEETING.write(sampleMeeting(), out);
            InputStream in = new ByteArrayInputStream(out.toByteArray()) {
                @Override
                public void close() {
                    closed[1] = true;
                }
            };

            assertThat(JsonCodec.MEETING.read(in)).isEqualTo(sampleMeeting());
            assertThat(closed).containsExactly(false, false);
        }

        @Test
        void writingAFileReplacesItAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("register.json");
            Files.writeString(file, "old");

            JsonCodec.REGISTER.write(sampleRegister(), file);

            assertThat(JsonCodec.REGISTER.read(file)).isEqualTo(sampleRegister());
            try (var files = Files.list(dir)) {
                assertThat(files).containsExactly(file);
            }
        }
    }

    @Nested
    class FieldNames {
        @Test
        void declarationUsesTheFormContractsJsonPaths() throws IOException {
            Declaration d = Fixtures.entry("Beispielverein Brücken e. V.");

            JsonNode json = PLAIN.readTree(JsonCodec.DECLARATION.toJson(d));

            assertThat(json.get("request").asText()).isEqualTo("ENTRY");
            assertThat(json.at("/organisation/name").asText()).isEqualTo("Beispielverein Brücken e. V.");
            assertThat(json.at("/organisation/street").asText()).isEqualTo("Breiter Weg 1");
            assertThat(json.at("/organisation/postalCode").asText()).isEqualTo("39104");
            assertThat(json.at("/organisation/city").asText()).isEqualTo("Magdeburg");
            assertThat(json.get("listOnPortal").asBoolean()).isTrue();
            assertThat(json.at("/representative/lastName").asText()).isEqualTo("Yılmaz");
            assertThat(json.at("/representative/firstName").asText()).isEqualTo("Şükrü");
            assertThat(json.at("/representative/function").asText()).isEqualTo("Projektleitung");
            assertThat(json.at("/representative/phone").asText()).isEqualTo("0391 555-1000");
            assertThat(json.at("/representative/email").asText()).isEqualTo("person0@example.org");
            assertThat(json.get("workingGroups").toString()).isEqualTo("[\"language\"]");
            assertThat(json.get("crossGroupMeetings").asBoolean()).isTrue();
            assertThat(json.get("place").asText()).isEqualTo("Magdeburg");
            assertThat(json.get("date").asText()).isEqualTo("2025-03-10");
            assertThat(json.get("signatoryName").asText()).isEqualTo("Şükrü Yılmaz");
            assertThat(json.get("signature").asText()).isEqualTo("NONE");
            assertThat(iterable(json.fieldNames())).containsExactly("request", "organisation", "listOnPortal",
                    "representative", "workingGroups", "crossGroupMeetings", "place", "date", "signatoryName",
                    "signature");
        }

        @Test
        void datesAndTimesAreIso8601() throws IOException {
            JsonNode json = PLAIN.readTree(JsonCodec.MEETING.toJson(sampleMeeting()));

            assertThat(json.get("start").asText()).isEqualTo("2027-06-10T17:00:00");
            assertThat(json.get("end").asText()).isEqualTo("19:30:00");
            assertThat(json.at("/guests/0/registeredOn").asText()).isEqualTo("2027-05-02");
        }

        @Test
        void convenienceMethodsAreNotWrittenAsFields() throws IOException {
            JsonNode register = PLAIN.readTree(JsonCodec.REGISTER.toJson(sampleRegister()));
            JsonNode plan = PLAIN.readTree(JsonCodec.WORK_PLAN.toJson(samplePlan()));

            assertThat(iterable(register.fieldNames())).containsExactly("schemaVersion", "history", "partners");
            assertThat(iterable(register.at("/partners/0").fieldNames())).containsExactly("organisation",
                    "representatives", "workingGroups", "crossGroupMeetings", "listOnPortal", "status", "joinedOn",
                    "removedOn");
            assertThat(iterable(register.at("/history/0").fieldNames())).containsExactly("sequence", "date", "action",
                    "partnerKey", "declaration", "note");
            assertThat(plan.has("networkWide")).isFalse();
            assertThat(iterable(PLAIN.readTree(JsonCodec.FINDINGS.toJson(List.of(new Finding(Severity.ERROR,
                    "GO-1.2", "x", "m", "e")))).get(0).fieldNames()))
                    .containsExactly("severity", "rule", "field", "message", "messageEn");
        }

        private List<String> iterable(java.util.Iterator<String> it) {
            var list = new java.util.ArrayList<String>();
            it.forEachRemaining(list::add);
            return list;
        }
    }

    @Nested
    class BadInput {
        private static final String DECLARATION = "{\"request\":\"ENTRY\",\"organisation\":{\"name\":\"X\"},"
                + "\"representative\":{},\"listOnPortal\":false,\"crossGroupMeetings\":false%s}";

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "unknown request      | {\"request\":\"MAYBE\",\"organisation\":{},\"representative\":{},\"listOnPortal\":false,\"crossGroupMeetings\":false} | $.request",
            "missing request      | {\"organisation\":{},\"representative\":{},\"listOnPortal\":false,\"crossGroupMeetings\":false}                      | $.request",
            "missing organisation | {\"request\":\"ENTRY\",\"representative\":{},\"listOnPortal\":false,\"crossGroupMeetings\":false}                     | $.organisation",
            "German date          | `{\"request\":\"ENTRY\",\"organisation\":{},\"representative\":{},\"listOnPortal\":false,\"crossGroupMeetings\":false,\"date\":\"10.03.2025\"}` | $.date",
            "unknown field        | {\"request\":\"ENTRY\",\"organisation\":{},\"representative\":{},\"listOnPortal\":false,\"crossGroupMeetings\":false,\"foo\":1} | $.foo",
            "unknown nested field | {\"request\":\"ENTRY\",\"organisation\":{\"zip\":1},\"representative\":{},\"listOnPortal\":false,\"crossGroupMeetings\":false} | $.organisation.zip",
            "group twice          | {\"request\":\"ENTRY\",\"organisation\":{},\"representative\":{},\"listOnPortal\":false,\"crossGroupMeetings\":false,\"workingGroups\":[\"language\",\"language\"]} | $",
            "too long name        | {\"request\":\"ENTRY\",\"organisation\":{\"name\":\"XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"},\"representative\":{},\"listOnPortal\":false,\"crossGroupMeetings\":false} | $.organisation",
            "not an object        | [1,2]                                                          | $",
            "null                 | null                                                           | $",
            "empty                | ''                                                             | $",
            "trailing data        | {\"request\":\"ENTRY\",\"organisation\":{},\"representative\":{},\"listOnPortal\":false,\"crossGroupMeetings\":false} {} | $",
            "truncated            | {\"request\":\"ENTRY\",\"organisation\":{                      | $.organisation",
        })
        void badDeclarationNamesThePath(String what, String json, String path) {
            assertThatThrownBy(() -> JsonCodec.DECLARATION.read(utf8(json)))
                    .isInstanceOf(InvalidDataException.class)
                    .satisfies(e -> assertThat(((InvalidDataException) e).path()).isEqualTo(path))
                    .hasMessageStartingWith(path + ": ");
        }

        @Test
        void missingRequestSaysSo() {
            assertThatThrownBy(() -> JsonCodec.DECLARATION.read(utf8("{\"organisation\":{},\"representative\":{},\"listOnPortal\":false,\"crossGroupMeetings\":false}")))
                    .hasMessage("$.request: Pflichtangabe fehlt / required value is missing");
        }

        @Test
        void missingYesNoValueSaysSo() {
            assertThatThrownBy(() -> JsonCodec.DECLARATION.read(utf8("{\"request\":\"ENTRY\",\"organisation\":{},"
                    + "\"representative\":{},\"listOnPortal\":true}")))
                    .hasMessage("$.crossGroupMeetings: Pflichtangabe fehlt oder ist leer / required value is missing or null");
        }

        @Test
        void repeatedGroupSaysWhich() {
            assertThatThrownBy(() -> JsonCodec.DECLARATION.read(utf8(String.format(DECLARATION,
                    ",\"workingGroups\":[\"language\",\"language\"]"))))
                    .hasMessage("$: workingGroups: nennt eine Arbeitsgruppe doppelt: [language, language] / lists a group twice: "
                            + "[language, language]");
        }

        @Test
        void badHistoryEntryNamesItsPathInTheRegisterFile() {
            Register r = sampleRegister();
            String json = JsonCodec.REGISTER.toJson(r).replaceFirst("\"request\" : \"ENTRY\",", "");
            String json4 = removeNth(JsonCodec.REGISTER.toJson(r), "\"request\" : \"ENTRY\",", 4);

            assertThatThrownBy(() -> JsonCodec.REGISTER.read(utf8(json)))
                    .hasMessage("$.history[0].declaration.request: Pflichtangabe fehlt / required value is missing");
            assertThatThrownBy(() -> JsonCodec.REGISTER.read(utf8(json4)))
                    .hasMessage("$.history[3].declaration.request: Pflichtangabe fehlt / required value is missing");
        }

        private String removeNth(String s, String what, int n) {
            int at = -1;
            for (int i = 0; i < n; i++) {
                at = s.indexOf(what, at + 1);
            }
            return s.substring(0, at) + s.substring(at + what.length());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "no version     | {\"history\":[]}                              | $.schemaVersion: must be 2 (or 1 for a file of an earlier release), got nothing",
            "other version  | {\"schemaVersion\":3,\"history\":[]}          | $.schemaVersion: must be 2 (or 1 for a file of an earlier release), got 3",
            "string version | {\"schemaVersion\":\"1\",\"history\":[]}      | $.schemaVersion: must be 2 (or 1 for a file of an earlier release), got \"1\"",
            "no history     | {\"schemaVersion\":1}                         | $.history: must be an array of history entries",
            "unknown field  | {\"schemaVersion\":1,\"history\":[],\"x\":0}  | $.x: unknown field; a register file has schemaVersion, history and partners",
            "array          | []                                            | $: a register file must be a JSON object, got ARRAY",
        })
        void badRegisterFileIsRejected(String what, String json, String message) {
            assertThatThrownBy(() -> JsonCodec.REGISTER.read(utf8(json)))
                    .isInstanceOf(InvalidDataException.class).hasMessage(message);
        }

        @Test
        void partnersThatDoNotMatchTheHistoryAreRejected() {
            String json = JsonCodec.REGISTER.toJson(sampleRegister()).replace("\"joinedOn\" : \"2025-03-10\"",
                    "\"joinedOn\" : \"2020-01-01\"");

            assertThatThrownBy(() -> JsonCodec.REGISTER.read(utf8(json))).isInstanceOf(InvalidDataException.class)
                    .hasMessageStartingWith("$.partners: do not match the history");
        }

        @Test
        void historyThatCannotBeReplayedIsRejected() {
            String json = JsonCodec.REGISTER.toJson(sampleRegister()).replace("\"action\" : \"DELETED\"",
                    "\"action\" : \"CHANGED\"").replace("\"request\" : \"DELETION\"", "\"request\" : \"ENTRY\"");

            assertThatThrownBy(() -> JsonCodec.REGISTER.read(utf8(json))).isInstanceOf(InvalidDataException.class)
                    .hasMessageStartingWith("$.history[12]: cannot be replayed: „Sprachcafé Nachbarschaft e. V.“ ist "
                            + "bereits als Netzwerkpartner*in eingetragen");
        }

        @Test
        void historyEntryThatSaysOtherThanItsDeclarationDoesIsRejected() {
            String json = JsonCodec.REGISTER.toJson(sampleRegister()).replace("\"action\" : \"DELETED\"",
                    "\"action\" : \"CHANGED\"");

            assertThatThrownBy(() -> JsonCodec.REGISTER.read(utf8(json))).isInstanceOf(InvalidDataException.class)
                    .hasMessage("$.history[12]: does not match its declaration: replaying gives DELETED of "
                            + "'sprachcafé nachbarschaft e. v.' with note '', the entry says CHANGED of "
                            + "'sprachcafé nachbarschaft e. v.' with note ''");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "null history entry | {\"schemaVersion\":1,\"history\":[null]} | $.history[0]: must not be null",
            "history null       | {\"schemaVersion\":1,\"history\":null}   | $.history: must be an array of history entries",
            "partners not array | {\"schemaVersion\":1,\"history\":[],\"partners\":{}} | $.partners",
        })
        void nullsAndWrongShapesInARegisterFileAreRejected(String what, String json, String message) {
            assertThatThrownBy(() -> JsonCodec.REGISTER.read(utf8(json))).isInstanceOf(InvalidDataException.class)
                    .hasMessageStartingWith(message);
        }

        @Test
        void nullElementOfAListIsRejected() {
            assertThatThrownBy(() -> JsonCodec.ATTENDANCE.read(utf8("[null]"))).isInstanceOf(InvalidDataException.class)
                    .hasMessage("$[0]: must not be null");
            assertThatThrownBy(() -> JsonCodec.FINDINGS.read(utf8("null"))).isInstanceOf(InvalidDataException.class)
                    .hasMessage("$: expected a JSON array, got nothing or null");
        }

        @Test
        void badFileIsRejectedNamingTheFile(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("bad.json");
            Files.writeString(file, "{\"schemaVersion\":1,\"history\":[{\"sequence\":0}]}");

            assertThatThrownBy(() -> JsonCodec.REGISTER.read(file)).isInstanceOf(InvalidDataException.class)
                    .hasMessage("$.history[0]: " + file + ": history.sequence: ist 0, muss ≥ 1 sein / must be ≥ 1, got 0");
        }

        @Test
        void missingFileIsANetzwerkExceptionNotInvalidData(@TempDir Path dir) {
            assertThatThrownBy(() -> JsonCodec.DECLARATION.read(dir.resolve("none.json")))
                    .isExactlyInstanceOf(NetzwerkException.class).hasMessageContaining("none.json");
        }
    }

    @Nested
    class Limits {
        @Test
        void tenThousandDeepNestingIsInvalidDataNotStackOverflow() {
            String deep = "[".repeat(10_000) + "]".repeat(10_000);

            assertThatThrownBy(() -> JsonCodec.REGISTER.read(utf8(deep))).isInstanceOf(InvalidDataException.class)
                    .hasMessageContaining("100");
            assertThatThrownBy(() -> JsonCodec.DECLARATION.read(utf8("{\"place\":" + deep + "}")))
                    .isInstanceOf(InvalidDataException.class);
            assertThatThrownBy(() -> JsonCodec.ATTENDANCE.read(utf8(deep))).isInstanceOf(InvalidDataException.class);
        }

        @Test
        void fiftyMegabyteStringIsInvalidData() {
            byte[] json = utf8("{\"request\":\"ENTRY\",\"place\":\"" + "x".repeat(50_000_000) + "\"}");

            assertThatThrownBy(() -> JsonCodec.DECLARATION.read(json)).isInstanceOf(InvalidDataException.class)
                    .hasMessageContaining("1000000");
            assertThatThrownBy(() -> JsonCodec.REGISTER.read(json)).isInstanceOf(InvalidDataException.class);
        }

        @Test
        void duplicateKeysAreInvalidData() {
            assertThatThrownBy(() -> JsonCodec.DECLARATION.read(utf8(
                    "{\"request\":\"ENTRY\",\"request\":\"DELETION\",\"organisation\":{},\"representative\":{},\"listOnPortal\":false,\"crossGroupMeetings\":false}")))
                    .isInstanceOf(InvalidDataException.class).hasMessageContaining("Duplicate field 'request'");
            assertThatThrownBy(() -> JsonCodec.REGISTER.read(utf8(
                    "{\"schemaVersion\":1,\"history\":[],\"history\":[]}")))
                    .isInstanceOf(InvalidDataException.class).hasMessageContaining("Duplicate field 'history'");
        }

        @Test
        void bytesThatAreNoTextInTheDetectedEncodingAreInvalidData() {
            // found by JsonReadersFuzzTest: read as UTF-32, this is code point 0x7ff0000
            byte[] json = {1, 0, 0, 0, 0, 0, 0, 8};

            assertThatThrownBy(() -> JsonCodec.REGISTER.read(json)).isExactlyInstanceOf(InvalidDataException.class)
                    .hasMessageStartingWith("$: not JSON text in UTF-8, UTF-16 or UTF-32: Invalid UTF-32 character");
            assertThatThrownBy(() -> JsonCodec.DECLARATION.read(json))
                    .isExactlyInstanceOf(InvalidDataException.class);
        }

        @Test
        void tenThousandDigitNumberIsInvalidData() {
            String digits = "1".repeat(10_000);

            assertThatThrownBy(() -> JsonCodec.REGISTER.read(utf8("{\"schemaVersion\":" + digits + ",\"history\":[]}")))
                    .isInstanceOf(InvalidDataException.class).hasMessageContaining("50");
            assertThatThrownBy(() -> JsonCodec.REGISTER.read(utf8(
                    "{\"schemaVersion\":1,\"history\":[{\"sequence\":" + digits + "}]}")))
                    .isInstanceOf(InvalidDataException.class);
            assertThatThrownBy(() -> JsonCodec.WORK_PLAN.read(utf8("{\"year\":" + digits + "}")))
                    .isInstanceOf(InvalidDataException.class);
        }
    }
}
