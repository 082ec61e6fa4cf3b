package de.magdeburg.integration.netzwerk.core;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.magdeburg.integration.netzwerk.core.internal.Json;
import de.magdeburg.integration.netzwerk.core.internal.ProfileLoader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads and writes one kind of the library's data as JSON: one codec each for the register,
 * rules profiles, declarations, meetings, minutes, work plans and the lists of attendance records,
 * findings, portal entries and partners.
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
 * {@code $.history[3].declaration.request: Pflichtangabe fehlt / required value is missing}. A text component that is
 * missing reads as empty; a required object, date or enum that is missing is an error. A JSON
 * array read as a list must not hold {@code null}; the list returned is immutable.
 *
 * <p>Streams passed in are neither closed nor buffered beyond need; files written with a
 * {@code Path} are replaced atomically where the file system allows (keeping the mode of the file
 * they replace), so a crash never leaves a half-written register. Codecs are immutable and
 * thread-safe. This is the library's one JSON API ({@code NetzwerkJson} of 0.1.0 is gone; CHANGELOG
 * maps each of its methods to a codec).
 *
 * <pre>{@code
 * Register register = JsonCodec.REGISTER.read(Path.of("register.json"));
 * RegisterUpdate u = register.apply(declaration, LocalDate.now(clock));
 * JsonCodec.REGISTER.write(u.register(), Path.of("register.json"));
 * }</pre>
 *
 * @param <T> the kind of value read and written
 */
public final class JsonCodec<T> {
    /**
     * The {@code schemaVersion} of register files this library writes: 2, with working groups,
     * speakers and guests in the history (§4(2), §4(3), §1(5)). Files of version 1 (partners only)
     * are read as well.
     */
    public static final int REGISTER_SCHEMA_VERSION = 2;

    /** Register files; reading replays the history and checks {@code schemaVersion} and {@code partners}. */
    public static final JsonCodec<Register> REGISTER = new JsonCodec<>(RegisterFile::read, RegisterFile::of);

    /**
     * Rules profiles, read as {@link RulesProfile#read(InputStream)} does and written with
     * {@code schemaVersion} first: the way to start another city's profile from the Magdeburg one.
     */
    public static final JsonCodec<RulesProfile> PROFILE = new JsonCodec<>(RulesProfile::read, RulesProfile::read,
            JsonCodec::profileFile);

    /** Declarations, as the declaration form contract names their fields. */
    public static final JsonCodec<Declaration> DECLARATION = single(Declaration.class, "declaration");

    /** Meetings. */
    public static final JsonCodec<Meeting> MEETING = single(Meeting.class, "meeting");

    /** Minutes. */
    public static final JsonCodec<Minutes> MINUTES = single(Minutes.class, "minutes");

    /** Work plans. */
    public static final JsonCodec<WorkPlan> WORK_PLAN = single(WorkPlan.class, "plan");

    /** JSON arrays of attendance records. */
    public static final JsonCodec<List<AttendanceRecord>> ATTENDANCE = list(new TypeReference<>() { });

    /** JSON arrays of findings. */
    public static final JsonCodec<List<Finding>> FINDINGS = list(new TypeReference<>() { });

    /** The portal listing (no personal data), e.g. {@link Register#portalListing()}, as a JSON array. */
    public static final JsonCodec<List<PortalEntry>> PORTAL_LISTING = list(new TypeReference<>() { });

    /** JSON arrays of partners, with personal data: for the coordinator, not for publication. */
    public static final JsonCodec<List<Partner>> PARTNERS = list(new TypeReference<>() { });

    private final Function<InputStream, T> reader;
    private final Function<Path, T> fileReader;
    private final Function<T, Object> encoder;

    private JsonCodec(Function<InputStream, T> reader, Function<Path, T> fileReader, Function<T, Object> encoder) {
        this.reader = reader;
        this.fileReader = fileReader;
        this.encoder = encoder;
    }

    private JsonCodec(Function<InputStream, T> reader, Function<T, Object> encoder) {
        this.reader = reader;
        this.fileReader = file -> JsonIo.fromFile(file, reader);
        this.encoder = encoder;
    }

    private static <T> JsonCodec<T> single(Class<T> type, String name) {
        JavaType javaType = Json.mapper().constructType(type);
        return new JsonCodec<>(in -> JsonIo.read(in, javaType), value -> Objects.requireNonNull(value, name));
    }

    private static <E> JsonCodec<List<E>> list(TypeReference<List<E>> type) {
        JavaType javaType = Json.mapper().getTypeFactory().constructType(type);
        return new JsonCodec<>(in -> JsonIo.read(in, javaType), List::copyOf);
    }

    private static JsonNode profileFile(RulesProfile profile) {
        Objects.requireNonNull(profile, "profile");
        ObjectNode file = Json.mapper().createObjectNode();
        file.put("schemaVersion", ProfileLoader.SCHEMA_VERSION);
        file.setAll((ObjectNode) Json.mapper().valueToTree(profile));
        return file;
    }

    /**
     * Reads a value.
     *
     * @param json the JSON; not null
     * @return the value; never null
     * @throws InvalidDataException if the JSON is malformed or a value is missing or impossible
     *     (for a register file also: another {@code schemaVersion}, a history entry that cannot be
     *     replayed, or {@code partners} that do not match the history)
     */
    public T read(byte[] json) {
        Objects.requireNonNull(json, "json");
        return read(new ByteArrayInputStream(json));
    }

    /**
     * Reads a value.
     *
     * @param json the JSON; not null, not closed
     * @return the value; never null
     * @throws InvalidDataException as {@link #read(byte[])}
     * @throws NetzwerkException if the stream cannot be read
     */
    public T read(InputStream json) {
        return reader.apply(json);
    }

    /**
     * Reads a value from a file.
     *
     * @param file the file; not null
     * @return the value; never null
     * @throws InvalidDataException as {@link #read(byte[])}, the message naming the file
     * @throws NetzwerkException if the file cannot be read
     */
    public T read(Path file) {
        return fileReader.apply(file);
    }

    /**
     * Writes a value.
     *
     * @param value the value; not null
     * @param out where to write; not null, not closed
     * @throws NetzwerkException if writing fails
     */
    public void write(T value, OutputStream out) {
        JsonIo.write(encoder.apply(value), out);
    }

    /**
     * Writes a value to a file, replacing the file atomically where possible.
     *
     * @param value the value; not null
     * @param file the file; not null; its directory must exist
     * @throws NetzwerkException if writing fails
     */
    public void write(T value, Path file) {
        Object json = encoder.apply(value);
        JsonIo.toFile(file, json);
    }

    /**
     * Writes a value to a string.
     *
     * @param value the value; not null
     * @return the JSON text
     */
    public String toJson(T value) {
        return JsonIo.string(encoder.apply(value));
    }

    /**
     * The JSON of a declaration read from a form, as the declaration form contract describes it
     * (§1(2), Anlage): {@code {"declaration": {…}, "findings": [{"severity", "rule", "field",
     * "message", …}]}}.
     *
     * @param declaration the declaration read; not null
     * @param findings its findings; not null
     * @return the JSON object
     */
    public static String readingToJson(Declaration declaration, List<Finding> findings) {
        var m = new LinkedHashMap<String, Object>();
        m.put("declaration", Objects.requireNonNull(declaration, "declaration"));
        m.put("findings", List.copyOf(findings));
        return JsonIo.string(m);
    }

    /**
     * The JSON of a verified form (§1(2): a partner joins by a signed declaration):
     * {@code {"signature": "NONE|SIGNED_VALID|SIGNED_INVALID", "signatures": [{…}], "findings": [{…}]}}.
     * Integrity only: trust and qualification are not part of it.
     *
     * @param signature the form's signature state; not null
     * @param signatures one record per signature, oldest first, each written by its components as
     *     every record of this library (times as ISO-8601); not null, copied
     * @param findings the findings of reading the form; not null
     * @return the JSON object
     */
    public static String verificationToJson(SignatureStatus signature, List<? extends Record> signatures,
            List<Finding> findings) {
        var m = new LinkedHashMap<String, Object>();
        m.put("signature", Objects.requireNonNull(signature, "signature"));
        m.put("signatures", List.copyOf(signatures));
        m.put("findings", List.copyOf(findings));
        return JsonIo.string(m);
    }
}
