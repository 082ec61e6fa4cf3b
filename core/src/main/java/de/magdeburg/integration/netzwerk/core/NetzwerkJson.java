package de.magdeburg.integration.netzwerk.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.magdeburg.integration.netzwerk.core.internal.AtomicFiles;
import de.magdeburg.integration.netzwerk.core.internal.Json;
import de.magdeburg.integration.netzwerk.core.internal.ProfileLoader;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes the library's data as JSON: the register, declarations, meetings, minutes,
 * work plans, attendance records, findings and the portal listing; and writes rules profiles
 * (which are read by {@link RulesProfile#read(Path)}).
 *
 * <p>The JSON field names are the record component names (so a declaration has
 * {@code request}, {@code organisation.name}, …, {@code signatoryName}, {@code signature}, as in
 * the declaration form contract), dates are ISO-8601 ({@code 2027-03-10},
 * {@code 2027-03-10T17:00:00}, {@code 19:00:00}) and enums are their names ({@code ENTRY}).
 * Output is UTF-8 and indented.
 *
 * <p>A register file is its history: {@code {"schemaVersion": 1, "history": [...], "partners": [...]}}.
 * Reading replays the history ({@link Register#replay(List)}); {@code partners} is written for
 * people reading the file and, when present on reading, must match what the history gives.
 *
 * <p>Reading is strict and bounded, because files come from outside: unknown or duplicate keys,
 * trailing data, nesting deeper than 100, strings longer than 1,000,000 characters and numbers
 * longer than 50 digits are rejected with an {@link InvalidDataException} whose
 * {@link InvalidDataException#path() path} names the place, e.g.
 * {@code $.history[3].declaration.request: required value is missing}. A text component that is
 * missing reads as empty; a required object, date or enum that is missing is an error.
 *
 * <p>Streams passed in are neither closed nor buffered beyond need; files written with a
 * {@code Path} are replaced atomically where the file system allows, so a crash never leaves a
 * half-written register. All methods are thread-safe.
 *
 * <pre>{@code
 * Register register = NetzwerkJson.readRegister(Path.of("register.json"));
 * RegisterUpdate u = register.apply(declaration, LocalDate.now(clock));
 * NetzwerkJson.write(u.register(), Path.of("register.json"));
 * }</pre>
 */
public final class NetzwerkJson {
    /** The {@code schemaVersion} of register files this library writes and reads. */
    public static final int REGISTER_SCHEMA_VERSION = 1;

    private static final ObjectWriter WRITER = Json.mapper().writer();
    private static final JavaType HISTORY = type(new TypeReference<List<HistoryEntry>>() { });
    private static final JavaType PARTNERS = type(new TypeReference<List<Partner>>() { });
    private static final JavaType ATTENDANCE = type(new TypeReference<List<AttendanceRecord>>() { });
    private static final JavaType FINDINGS = type(new TypeReference<List<Finding>>() { });
    private static final JavaType PORTAL = type(new TypeReference<List<PortalEntry>>() { });

    private NetzwerkJson() {
    }

    private static JavaType type(TypeReference<?> ref) {
        return Json.mapper().getTypeFactory().constructType(ref);
    }

    // ---------------------------------------------------------------- register

    /**
     * Reads a register file and replays its history.
     *
     * @param json the file's content; not null
     * @return the register
     * @throws InvalidDataException if the JSON is malformed, has another {@code schemaVersion},
     *     a history entry that cannot be replayed, or {@code partners} that do not match the history
     */
    public static Register readRegister(byte[] json) {
        Objects.requireNonNull(json, "json");
        return readRegister(new ByteArrayInputStream(json));
    }

    /**
     * Reads a register file and replays its history.
     *
     * @param json the file's content; not null, not closed
     * @return the register
     * @throws InvalidDataException as {@link #readRegister(byte[])}
     * @throws NetzwerkException if the stream cannot be read
     */
    public static Register readRegister(InputStream json) {
        Objects.requireNonNull(json, "json");
        JsonNode tree = parse(json);
        if (!tree.isObject()) {
            throw new InvalidDataException("$", "a register file must be a JSON object, got " + tree.getNodeType());
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.isInt() || version.intValue() != REGISTER_SCHEMA_VERSION) {
            throw new InvalidDataException("$.schemaVersion", "must be " + REGISTER_SCHEMA_VERSION + ", got "
                    + (version == null ? "nothing" : version.toString()));
        }
        var names = tree.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!List.of("schemaVersion", "history", "partners").contains(name)) {
                throw new InvalidDataException("$." + name, "unknown field; a register file has schemaVersion, "
                        + "history and partners");
            }
        }
        JsonNode historyNode = tree.get("history");
        if (historyNode == null || !historyNode.isArray()) {
            throw new InvalidDataException("$.history", "must be an array of history entries");
        }
        List<HistoryEntry> history = convert(historyNode, HISTORY, "$.history");
        Register register = Register.replay(history);
        JsonNode partnersNode = tree.get("partners");
        if (partnersNode != null && !partnersNode.isNull()) {
            List<Partner> partners = convert(partnersNode, PARTNERS, "$.partners");
            // people may sort the list when they edit it; only its content has to match
            if (!new java.util.HashSet<>(partners).equals(new java.util.HashSet<>(register.partners()))
                    || partners.size() != register.partners().size()) {
                throw new InvalidDataException("$.partners", "do not match the history; the history is the "
                        + "register's record (§1(3)), change it through declarations, not the partner list");
            }
        }
        return register;
    }

    /**
     * Reads a register file and replays its history.
     *
     * @param file the file; not null
     * @return the register
     * @throws InvalidDataException as {@link #readRegister(byte[])}, the message naming the file
     * @throws NetzwerkException if the file cannot be read
     */
    public static Register readRegister(Path file) {
        return fromFile(file, NetzwerkJson::readRegister);
    }

    /**
     * Writes a register file: schema version, history and, for people, the derived partners.
     *
     * @param register the register; not null
     * @param out where to write; not null, not closed
     * @throws NetzwerkException if writing fails
     */
    public static void write(Register register, OutputStream out) {
        writeValue(registerFile(register), out);
    }

    /**
     * @param register the register; not null
     * @return the register file as a JSON string
     */
    public static String toJson(Register register) {
        return string(registerFile(register));
    }

    /**
     * Writes a register file, replacing the file atomically where possible.
     *
     * @param register the register; not null
     * @param file the file; not null; its directory must exist
     * @throws NetzwerkException if writing fails
     */
    public static void write(Register register, Path file) {
        Objects.requireNonNull(register, "register");
        toFile(file, out -> write(register, out));
    }

    private static Map<String, Object> registerFile(Register register) {
        Objects.requireNonNull(register, "register");
        var file = new LinkedHashMap<String, Object>();
        file.put("schemaVersion", REGISTER_SCHEMA_VERSION);
        file.put("history", register.history());
        file.put("partners", register.partners());
        return file;
    }

    // ---------------------------------------------------------------- rules profile

    /**
     * Writes a rules profile in the form {@link RulesProfile#read(InputStream)} reads, with
     * {@code schemaVersion} first: the way to start another city's profile from the Magdeburg one.
     *
     * @param profile the profile; not null
     * @param out where to write; not null, not closed
     * @throws NetzwerkException if writing fails
     */
    public static void write(RulesProfile profile, OutputStream out) {
        writeValue(profileFile(profile), out);
    }

    /**
     * @param profile the profile; not null
     * @return the profile file as a JSON string, readable by {@link RulesProfile#read(InputStream)}
     */
    public static String toJson(RulesProfile profile) {
        return string(profileFile(profile));
    }

    /**
     * @param profile the profile; not null
     * @param file the file, replaced atomically where possible; not null
     * @throws NetzwerkException if writing fails
     */
    public static void write(RulesProfile profile, Path file) {
        JsonNode json = profileFile(profile);
        toFile(file, out -> writeValue(json, out));
    }

    private static JsonNode profileFile(RulesProfile profile) {
        Objects.requireNonNull(profile, "profile");
        ObjectNode file = Json.mapper().createObjectNode();
        file.put("schemaVersion", ProfileLoader.SCHEMA_VERSION);
        file.setAll((ObjectNode) Json.mapper().valueToTree(profile));
        return file;
    }

    // ---------------------------------------------------------------- single values

    /**
     * @param json a declaration as JSON; not null
     * @return the declaration
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     */
    public static Declaration readDeclaration(byte[] json) {
        return read(json, Declaration.class);
    }

    /**
     * @param json a declaration as JSON; not null, not closed
     * @return the declaration
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     * @throws NetzwerkException if the stream cannot be read
     */
    public static Declaration readDeclaration(InputStream json) {
        return read(json, Declaration.class);
    }

    /**
     * @param file a declaration as JSON; not null
     * @return the declaration
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     * @throws NetzwerkException if the file cannot be read
     */
    public static Declaration readDeclaration(Path file) {
        return fromFile(file, in -> read(in, Declaration.class));
    }

    /**
     * @param json a meeting as JSON; not null
     * @return the meeting
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     */
    public static Meeting readMeeting(byte[] json) {
        return read(json, Meeting.class);
    }

    /**
     * @param json a meeting as JSON; not null, not closed
     * @return the meeting
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     * @throws NetzwerkException if the stream cannot be read
     */
    public static Meeting readMeeting(InputStream json) {
        return read(json, Meeting.class);
    }

    /**
     * @param file a meeting as JSON; not null
     * @return the meeting
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     * @throws NetzwerkException if the file cannot be read
     */
    public static Meeting readMeeting(Path file) {
        return fromFile(file, in -> read(in, Meeting.class));
    }

    /**
     * @param json minutes as JSON; not null
     * @return the minutes
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     */
    public static Minutes readMinutes(byte[] json) {
        return read(json, Minutes.class);
    }

    /**
     * @param json minutes as JSON; not null, not closed
     * @return the minutes
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     * @throws NetzwerkException if the stream cannot be read
     */
    public static Minutes readMinutes(InputStream json) {
        return read(json, Minutes.class);
    }

    /**
     * @param file minutes as JSON; not null
     * @return the minutes
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     * @throws NetzwerkException if the file cannot be read
     */
    public static Minutes readMinutes(Path file) {
        return fromFile(file, in -> read(in, Minutes.class));
    }

    /**
     * @param json a work plan as JSON; not null
     * @return the work plan
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     */
    public static WorkPlan readWorkPlan(byte[] json) {
        return read(json, WorkPlan.class);
    }

    /**
     * @param json a work plan as JSON; not null, not closed
     * @return the work plan
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     * @throws NetzwerkException if the stream cannot be read
     */
    public static WorkPlan readWorkPlan(InputStream json) {
        return read(json, WorkPlan.class);
    }

    /**
     * @param file a work plan as JSON; not null
     * @return the work plan
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     * @throws NetzwerkException if the file cannot be read
     */
    public static WorkPlan readWorkPlan(Path file) {
        return fromFile(file, in -> read(in, WorkPlan.class));
    }

    /**
     * @param declaration the declaration; not null
     * @param out where to write; not null, not closed
     * @throws NetzwerkException if writing fails
     */
    public static void write(Declaration declaration, OutputStream out) {
        writeValue(Objects.requireNonNull(declaration, "declaration"), out);
    }

    /**
     * @param declaration the declaration; not null
     * @return it as a JSON string
     */
    public static String toJson(Declaration declaration) {
        return string(Objects.requireNonNull(declaration, "declaration"));
    }

    /**
     * @param declaration the declaration; not null
     * @param file the file, replaced atomically where possible; not null
     * @throws NetzwerkException if writing fails
     */
    public static void write(Declaration declaration, Path file) {
        Objects.requireNonNull(declaration, "declaration");
        toFile(file, out -> writeValue(declaration, out));
    }

    /**
     * @param meeting the meeting; not null
     * @param out where to write; not null, not closed
     * @throws NetzwerkException if writing fails
     */
    public static void write(Meeting meeting, OutputStream out) {
        writeValue(Objects.requireNonNull(meeting, "meeting"), out);
    }

    /**
     * @param meeting the meeting; not null
     * @return it as a JSON string
     */
    public static String toJson(Meeting meeting) {
        return string(Objects.requireNonNull(meeting, "meeting"));
    }

    /**
     * @param meeting the meeting; not null
     * @param file the file, replaced atomically where possible; not null
     * @throws NetzwerkException if writing fails
     */
    public static void write(Meeting meeting, Path file) {
        Objects.requireNonNull(meeting, "meeting");
        toFile(file, out -> writeValue(meeting, out));
    }

    /**
     * @param minutes the minutes; not null
     * @param out where to write; not null, not closed
     * @throws NetzwerkException if writing fails
     */
    public static void write(Minutes minutes, OutputStream out) {
        writeValue(Objects.requireNonNull(minutes, "minutes"), out);
    }

    /**
     * @param minutes the minutes; not null
     * @return them as a JSON string
     */
    public static String toJson(Minutes minutes) {
        return string(Objects.requireNonNull(minutes, "minutes"));
    }

    /**
     * @param minutes the minutes; not null
     * @param file the file, replaced atomically where possible; not null
     * @throws NetzwerkException if writing fails
     */
    public static void write(Minutes minutes, Path file) {
        Objects.requireNonNull(minutes, "minutes");
        toFile(file, out -> writeValue(minutes, out));
    }

    /**
     * @param plan the work plan; not null
     * @param out where to write; not null, not closed
     * @throws NetzwerkException if writing fails
     */
    public static void write(WorkPlan plan, OutputStream out) {
        writeValue(Objects.requireNonNull(plan, "plan"), out);
    }

    /**
     * @param plan the work plan; not null
     * @return it as a JSON string
     */
    public static String toJson(WorkPlan plan) {
        return string(Objects.requireNonNull(plan, "plan"));
    }

    /**
     * @param plan the work plan; not null
     * @param file the file, replaced atomically where possible; not null
     * @throws NetzwerkException if writing fails
     */
    public static void write(WorkPlan plan, Path file) {
        Objects.requireNonNull(plan, "plan");
        toFile(file, out -> writeValue(plan, out));
    }

    // ---------------------------------------------------------------- lists (JSON arrays)

    /**
     * @param json a JSON array of attendance records; not null
     * @return the records in file order
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     */
    public static List<AttendanceRecord> readAttendance(byte[] json) {
        return read(json, ATTENDANCE);
    }

    /**
     * @param json a JSON array of attendance records; not null, not closed
     * @return the records in file order
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     * @throws NetzwerkException if the stream cannot be read
     */
    public static List<AttendanceRecord> readAttendance(InputStream json) {
        return read(json, ATTENDANCE);
    }

    /**
     * @param file a JSON array of attendance records; not null
     * @return the records in file order
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     * @throws NetzwerkException if the file cannot be read
     */
    public static List<AttendanceRecord> readAttendance(Path file) {
        return fromFile(file, in -> read(in, ATTENDANCE));
    }

    /**
     * @param json a JSON array of findings; not null
     * @return the findings in file order
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     */
    public static List<Finding> readFindings(byte[] json) {
        return read(json, FINDINGS);
    }

    /**
     * @param json a JSON array of findings; not null, not closed
     * @return the findings in file order
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     * @throws NetzwerkException if the stream cannot be read
     */
    public static List<Finding> readFindings(InputStream json) {
        return read(json, FINDINGS);
    }

    /**
     * @param file a JSON array of findings; not null
     * @return the findings in file order
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     * @throws NetzwerkException if the file cannot be read
     */
    public static List<Finding> readFindings(Path file) {
        return fromFile(file, in -> read(in, FINDINGS));
    }

    /**
     * @param json a JSON array of portal entries; not null
     * @return the entries in file order
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     */
    public static List<PortalEntry> readPortalListing(byte[] json) {
        return read(json, PORTAL);
    }

    /**
     * @param json a JSON array of portal entries; not null, not closed
     * @return the entries in file order
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     * @throws NetzwerkException if the stream cannot be read
     */
    public static List<PortalEntry> readPortalListing(InputStream json) {
        return read(json, PORTAL);
    }

    /**
     * @param file a JSON array of portal entries; not null
     * @return the entries in file order
     * @throws InvalidDataException if the JSON is malformed or a value is impossible
     * @throws NetzwerkException if the file cannot be read
     */
    public static List<PortalEntry> readPortalListing(Path file) {
        return fromFile(file, in -> read(in, PORTAL));
    }

    /**
     * @param records attendance records; not null
     * @param out where to write a JSON array; not null, not closed
     * @throws NetzwerkException if writing fails
     */
    public static void writeAttendance(List<AttendanceRecord> records, OutputStream out) {
        writeValue(List.copyOf(records), out);
    }

    /**
     * @param records attendance records; not null
     * @return them as a JSON array
     */
    public static String attendanceToJson(List<AttendanceRecord> records) {
        return string(List.copyOf(records));
    }

    /**
     * @param records attendance records; not null
     * @param file the file, replaced atomically where possible; not null
     * @throws NetzwerkException if writing fails
     */
    public static void writeAttendance(List<AttendanceRecord> records, Path file) {
        List<AttendanceRecord> copy = List.copyOf(records);
        toFile(file, out -> writeValue(copy, out));
    }

    /**
     * @param findings findings; not null
     * @param out where to write a JSON array; not null, not closed
     * @throws NetzwerkException if writing fails
     */
    public static void writeFindings(List<Finding> findings, OutputStream out) {
        writeValue(List.copyOf(findings), out);
    }

    /**
     * @param findings findings; not null
     * @return them as a JSON array
     */
    public static String findingsToJson(List<Finding> findings) {
        return string(List.copyOf(findings));
    }

    /**
     * @param findings findings; not null
     * @param file the file, replaced atomically where possible; not null
     * @throws NetzwerkException if writing fails
     */
    public static void writeFindings(List<Finding> findings, Path file) {
        List<Finding> copy = List.copyOf(findings);
        toFile(file, out -> writeValue(copy, out));
    }

    /**
     * @param entries portal entries, e.g. {@link Register#portalListing()}; not null
     * @param out where to write a JSON array; not null, not closed
     * @throws NetzwerkException if writing fails
     */
    public static void writePortalListing(List<PortalEntry> entries, OutputStream out) {
        writeValue(List.copyOf(entries), out);
    }

    /**
     * @param entries portal entries; not null
     * @return them as a JSON array
     */
    public static String portalListingToJson(List<PortalEntry> entries) {
        return string(List.copyOf(entries));
    }

    /**
     * @param entries portal entries; not null
     * @param file the file, replaced atomically where possible; not null
     * @throws NetzwerkException if writing fails
     */
    public static void writePortalListing(List<PortalEntry> entries, Path file) {
        List<PortalEntry> copy = List.copyOf(entries);
        toFile(file, out -> writeValue(copy, out));
    }

    /**
     * The JSON of a declaration read from a form, as the declaration form contract describes it:
     * {@code {"declaration": {…}, "findings": [{"severity", "rule", "field", "message", …}]}}.
     *
     * @param declaration the declaration read; not null
     * @param findings its findings; not null
     * @return the JSON object
     */
    public static String readingToJson(Declaration declaration, List<Finding> findings) {
        var m = new LinkedHashMap<String, Object>();
        m.put("declaration", Objects.requireNonNull(declaration, "declaration"));
        m.put("findings", List.copyOf(findings));
        return string(m);
    }

    /**
     * @param partners partners, e.g. {@link Register#inactiveCandidates}; not null
     * @return them as a JSON array (with personal data: for the coordinator, not for publication)
     */
    public static String partnersToJson(List<Partner> partners) {
        return string(List.copyOf(partners));
    }

    // ---------------------------------------------------------------- plumbing

    private static <T> T read(byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(new ByteArrayInputStream(json), type);
    }

    private static <T> T read(InputStream json, Class<T> type) {
        return read(json, Json.mapper().constructType(type));
    }

    private static <T> T read(byte[] json, JavaType type) {
        Objects.requireNonNull(json, "json");
        return read(new ByteArrayInputStream(json), type);
    }

    private static <T> T read(InputStream json, JavaType type) {
        Objects.requireNonNull(json, "json");
        ObjectReader reader = Json.mapper().readerFor(type);
        try {
            T value = reader.readValue(json);
            if (value == null) {
                throw new InvalidDataException("$", "expected " + describe(type) + ", got nothing or null");
            }
            return noNulls(value, "$");
        } catch (JsonProcessingException e) {
            throw Json.invalid(e);
        } catch (CharConversionException e) {
            throw Json.notText(e);
        } catch (IOException e) {
            throw new NetzwerkException("cannot read JSON: " + e.getMessage(), e);
        }
    }

    /** Top-level arrays are plain lists; a null element would only fail later, far from the file. */
    @SuppressWarnings("unchecked")
    private static <T> T noNulls(T value, String path) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    throw new InvalidDataException(path + "[" + i + "]", "must not be null");
                }
            }
            return (T) List.copyOf(list);
        }
        return value;
    }

    private static String describe(JavaType type) {
        return type.isCollectionLikeType() ? "a JSON array" : "a JSON object";
    }

    private static JsonNode parse(InputStream json) {
        try {
            JsonNode tree = Json.mapper().readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidDataException("$", "no JSON content");
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw Json.invalid(e);
        } catch (CharConversionException e) {
            throw Json.notText(e);
        } catch (IOException e) {
            throw new NetzwerkException("cannot read JSON: " + e.getMessage(), e);
        }
    }

    private static <T> T convert(JsonNode node, JavaType type, String path) {
        try {
            T value = Json.mapper().readerFor(type).readValue(Json.mapper().treeAsTokens(node));
            if (value == null) {
                throw new InvalidDataException(path, "must not be null");
            }
            return noNulls(value, path);
        } catch (JsonProcessingException e) {
            InvalidDataException inner = Json.invalid(e);
            // the parser of the sub-tree does not know where the sub-tree sits in the file
            String full = path + inner.path().substring(1);
            throw new InvalidDataException(full, inner.getMessage().substring(inner.path().length() + 2), e);
        } catch (IOException e) {
            throw new NetzwerkException("cannot read JSON: " + e.getMessage(), e);
        }
    }

    private static void writeValue(Object value, OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            WRITER.writeValue(out, value);
        } catch (IOException e) {
            throw new NetzwerkException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static String string(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new NetzwerkException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private interface Reading<T> {
        T read(InputStream in);
    }

    private interface Writing {
        void write(OutputStream out);
    }

    private static <T> T fromFile(Path file, Reading<T> reading) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return reading.read(in);
        } catch (InvalidDataException e) {
            throw new InvalidDataException(e.path(), file + ": " + e.getMessage().substring(e.path().length() + 2), e);
        } catch (IOException e) {
            throw new NetzwerkException(file + ": nicht lesbar / cannot read: " + Json.describe(e), e);
        }
    }

    private static void toFile(Path file, Writing writing) {
        Objects.requireNonNull(file, "file");
        try {
            AtomicFiles.replace(file, writing::write);
        } catch (IOException e) {
            throw new NetzwerkException(file + ": nicht schreibbar / cannot write: " + Json.describe(e), e);
        }
    }
}
