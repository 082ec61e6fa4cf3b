package de.magdeburg.integration.netzwerk.core;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/**
 * The {@link JsonCodec}s as static methods, for the common cases in one line: the register,
 * declarations, meetings, minutes, work plans, attendance records, findings, the portal listing
 * and rules profiles (which are read by {@link RulesProfile#read(Path)}). Field names, formats,
 * the limits of reading and the atomic replacement of files are described at {@link JsonCodec};
 * every method here behaves exactly as the codec it names, with the same exceptions. No argument
 * may be null; streams are not closed. All methods are thread-safe.
 *
 * <pre>{@code
 * Register register = NetzwerkJson.readRegister(Path.of("register.json"));
 * RegisterUpdate u = register.apply(declaration, LocalDate.now(clock));
 * NetzwerkJson.write(u.register(), Path.of("register.json"));
 * }</pre>
 */
public final class NetzwerkJson {
    /**
     * The {@code schemaVersion} of register files this library writes: 2, with working groups,
     * speakers and guests in the history (§4(2), §4(3), §1(5)). Files of version 1 (partners only)
     * are read as well.
     */
    public static final int REGISTER_SCHEMA_VERSION = 2;

    private NetzwerkJson() {
    }

    // The sections below repeat one shape (read from bytes, stream and file; write to stream and
    // file; to a string) on purpose: they are the one-line delegations of 0.1.0, kept so that
    // existing code compiles; all logic is in JsonCodec, JsonIo and RegisterFile.

    // ---------------------------------------------------------------- JsonCodec.REGISTER

    /** Reads as {@link JsonCodec#read(byte[]) JsonCodec.REGISTER.read}. */
    public static Register readRegister(byte[] json) {
        return JsonCodec.REGISTER.read(json);
    }

    /** Reads as {@link JsonCodec#read(InputStream) JsonCodec.REGISTER.read}. */
    public static Register readRegister(InputStream json) {
        return JsonCodec.REGISTER.read(json);
    }

    /** Reads as {@link JsonCodec#read(Path) JsonCodec.REGISTER.read}. */
    public static Register readRegister(Path file) {
        return JsonCodec.REGISTER.read(file);
    }

    /** Writes as {@link JsonCodec#write(Object, OutputStream) JsonCodec.REGISTER.write}. */
    public static void write(Register register, OutputStream out) {
        JsonCodec.REGISTER.write(register, out);
    }

    /** Writes as {@link JsonCodec#write(Object, Path) JsonCodec.REGISTER.write}. */
    public static void write(Register register, Path file) {
        JsonCodec.REGISTER.write(register, file);
    }

    /** Writes as {@link JsonCodec#toJson(Object) JsonCodec.REGISTER.toJson}. */
    public static String toJson(Register register) {
        return JsonCodec.REGISTER.toJson(register);
    }

    // ---------------------------------------------------------------- JsonCodec.PROFILE

    /** Writes as {@link JsonCodec#write(Object, OutputStream) JsonCodec.PROFILE.write}. */
    public static void write(RulesProfile profile, OutputStream out) {
        JsonCodec.PROFILE.write(profile, out);
    }

    /** Writes as {@link JsonCodec#write(Object, Path) JsonCodec.PROFILE.write}. */
    public static void write(RulesProfile profile, Path file) {
        JsonCodec.PROFILE.write(profile, file);
    }

    /** Writes as {@link JsonCodec#toJson(Object) JsonCodec.PROFILE.toJson}. */
    public static String toJson(RulesProfile profile) {
        return JsonCodec.PROFILE.toJson(profile);
    }

    // ---------------------------------------------------------------- JsonCodec.DECLARATION

    /** Reads as {@link JsonCodec#read(byte[]) JsonCodec.DECLARATION.read}. */
    public static Declaration readDeclaration(byte[] json) {
        return JsonCodec.DECLARATION.read(json);
    }

    /** Reads as {@link JsonCodec#read(InputStream) JsonCodec.DECLARATION.read}. */
    public static Declaration readDeclaration(InputStream json) {
        return JsonCodec.DECLARATION.read(json);
    }

    /** Reads as {@link JsonCodec#read(Path) JsonCodec.DECLARATION.read}. */
    public static Declaration readDeclaration(Path file) {
        return JsonCodec.DECLARATION.read(file);
    }

    /** Writes as {@link JsonCodec#write(Object, OutputStream) JsonCodec.DECLARATION.write}. */
    public static void write(Declaration declaration, OutputStream out) {
        JsonCodec.DECLARATION.write(declaration, out);
    }

    /** Writes as {@link JsonCodec#write(Object, Path) JsonCodec.DECLARATION.write}. */
    public static void write(Declaration declaration, Path file) {
        JsonCodec.DECLARATION.write(declaration, file);
    }

    /** Writes as {@link JsonCodec#toJson(Object) JsonCodec.DECLARATION.toJson}. */
    public static String toJson(Declaration declaration) {
        return JsonCodec.DECLARATION.toJson(declaration);
    }

    // ---------------------------------------------------------------- JsonCodec.MEETING

    /** Reads as {@link JsonCodec#read(byte[]) JsonCodec.MEETING.read}. */
    public static Meeting readMeeting(byte[] json) {
        return JsonCodec.MEETING.read(json);
    }

    /** Reads as {@link JsonCodec#read(InputStream) JsonCodec.MEETING.read}. */
    public static Meeting readMeeting(InputStream json) {
        return JsonCodec.MEETING.read(json);
    }

    /** Reads as {@link JsonCodec#read(Path) JsonCodec.MEETING.read}. */
    public static Meeting readMeeting(Path file) {
        return JsonCodec.MEETING.read(file);
    }

    /** Writes as {@link JsonCodec#write(Object, OutputStream) JsonCodec.MEETING.write}. */
    public static void write(Meeting meeting, OutputStream out) {
        JsonCodec.MEETING.write(meeting, out);
    }

    /** Writes as {@link JsonCodec#write(Object, Path) JsonCodec.MEETING.write}. */
    public static void write(Meeting meeting, Path file) {
        JsonCodec.MEETING.write(meeting, file);
    }

    /** Writes as {@link JsonCodec#toJson(Object) JsonCodec.MEETING.toJson}. */
    public static String toJson(Meeting meeting) {
        return JsonCodec.MEETING.toJson(meeting);
    }

    // ---------------------------------------------------------------- JsonCodec.MINUTES

    /** Reads as {@link JsonCodec#read(byte[]) JsonCodec.MINUTES.read}. */
    public static Minutes readMinutes(byte[] json) {
        return JsonCodec.MINUTES.read(json);
    }

    /** Reads as {@link JsonCodec#read(InputStream) JsonCodec.MINUTES.read}. */
    public static Minutes readMinutes(InputStream json) {
        return JsonCodec.MINUTES.read(json);
    }

    /** Reads as {@link JsonCodec#read(Path) JsonCodec.MINUTES.read}. */
    public static Minutes readMinutes(Path file) {
        return JsonCodec.MINUTES.read(file);
    }

    /** Writes as {@link JsonCodec#write(Object, OutputStream) JsonCodec.MINUTES.write}. */
    public static void write(Minutes minutes, OutputStream out) {
        JsonCodec.MINUTES.write(minutes, out);
    }

    /** Writes as {@link JsonCodec#write(Object, Path) JsonCodec.MINUTES.write}. */
    public static void write(Minutes minutes, Path file) {
        JsonCodec.MINUTES.write(minutes, file);
    }

    /** Writes as {@link JsonCodec#toJson(Object) JsonCodec.MINUTES.toJson}. */
    public static String toJson(Minutes minutes) {
        return JsonCodec.MINUTES.toJson(minutes);
    }

    // ---------------------------------------------------------------- JsonCodec.WORK_PLAN

    /** Reads as {@link JsonCodec#read(byte[]) JsonCodec.WORK_PLAN.read}. */
    public static WorkPlan readWorkPlan(byte[] json) {
        return JsonCodec.WORK_PLAN.read(json);
    }

    /** Reads as {@link JsonCodec#read(InputStream) JsonCodec.WORK_PLAN.read}. */
    public static WorkPlan readWorkPlan(InputStream json) {
        return JsonCodec.WORK_PLAN.read(json);
    }

    /** Reads as {@link JsonCodec#read(Path) JsonCodec.WORK_PLAN.read}. */
    public static WorkPlan readWorkPlan(Path file) {
        return JsonCodec.WORK_PLAN.read(file);
    }

    /** Writes as {@link JsonCodec#write(Object, OutputStream) JsonCodec.WORK_PLAN.write}. */
    public static void write(WorkPlan plan, OutputStream out) {
        JsonCodec.WORK_PLAN.write(plan, out);
    }

    /** Writes as {@link JsonCodec#write(Object, Path) JsonCodec.WORK_PLAN.write}. */
    public static void write(WorkPlan plan, Path file) {
        JsonCodec.WORK_PLAN.write(plan, file);
    }

    /** Writes as {@link JsonCodec#toJson(Object) JsonCodec.WORK_PLAN.toJson}. */
    public static String toJson(WorkPlan plan) {
        return JsonCodec.WORK_PLAN.toJson(plan);
    }

    // ---------------------------------------------------------------- JsonCodec.ATTENDANCE

    /** Reads as {@link JsonCodec#read(byte[]) JsonCodec.ATTENDANCE.read}. */
    public static List<AttendanceRecord> readAttendance(byte[] json) {
        return JsonCodec.ATTENDANCE.read(json);
    }

    /** Reads as {@link JsonCodec#read(InputStream) JsonCodec.ATTENDANCE.read}. */
    public static List<AttendanceRecord> readAttendance(InputStream json) {
        return JsonCodec.ATTENDANCE.read(json);
    }

    /** Reads as {@link JsonCodec#read(Path) JsonCodec.ATTENDANCE.read}. */
    public static List<AttendanceRecord> readAttendance(Path file) {
        return JsonCodec.ATTENDANCE.read(file);
    }

    /** Writes as {@link JsonCodec#write(Object, OutputStream) JsonCodec.ATTENDANCE.write}. */
    public static void writeAttendance(List<AttendanceRecord> records, OutputStream out) {
        JsonCodec.ATTENDANCE.write(records, out);
    }

    /** Writes as {@link JsonCodec#write(Object, Path) JsonCodec.ATTENDANCE.write}. */
    public static void writeAttendance(List<AttendanceRecord> records, Path file) {
        JsonCodec.ATTENDANCE.write(records, file);
    }

    /** Writes as {@link JsonCodec#toJson(Object) JsonCodec.ATTENDANCE.toJson}. */
    public static String attendanceToJson(List<AttendanceRecord> records) {
        return JsonCodec.ATTENDANCE.toJson(records);
    }

    // ---------------------------------------------------------------- JsonCodec.FINDINGS

    /** Reads as {@link JsonCodec#read(byte[]) JsonCodec.FINDINGS.read}. */
    public static List<Finding> readFindings(byte[] json) {
        return JsonCodec.FINDINGS.read(json);
    }

    /** Reads as {@link JsonCodec#read(InputStream) JsonCodec.FINDINGS.read}. */
    public static List<Finding> readFindings(InputStream json) {
        return JsonCodec.FINDINGS.read(json);
    }

    /** Reads as {@link JsonCodec#read(Path) JsonCodec.FINDINGS.read}. */
    public static List<Finding> readFindings(Path file) {
        return JsonCodec.FINDINGS.read(file);
    }

    /** Writes as {@link JsonCodec#write(Object, OutputStream) JsonCodec.FINDINGS.write}. */
    public static void writeFindings(List<Finding> findings, OutputStream out) {
        JsonCodec.FINDINGS.write(findings, out);
    }

    /** Writes as {@link JsonCodec#write(Object, Path) JsonCodec.FINDINGS.write}. */
    public static void writeFindings(List<Finding> findings, Path file) {
        JsonCodec.FINDINGS.write(findings, file);
    }

    /** Writes as {@link JsonCodec#toJson(Object) JsonCodec.FINDINGS.toJson}. */
    public static String findingsToJson(List<Finding> findings) {
        return JsonCodec.FINDINGS.toJson(findings);
    }

    // ---------------------------------------------------------------- JsonCodec.PORTAL_LISTING

    /** Reads as {@link JsonCodec#read(byte[]) JsonCodec.PORTAL_LISTING.read}. */
    public static List<PortalEntry> readPortalListing(byte[] json) {
        return JsonCodec.PORTAL_LISTING.read(json);
    }

    /** Reads as {@link JsonCodec#read(InputStream) JsonCodec.PORTAL_LISTING.read}. */
    public static List<PortalEntry> readPortalListing(InputStream json) {
        return JsonCodec.PORTAL_LISTING.read(json);
    }

    /** Reads as {@link JsonCodec#read(Path) JsonCodec.PORTAL_LISTING.read}. */
    public static List<PortalEntry> readPortalListing(Path file) {
        return JsonCodec.PORTAL_LISTING.read(file);
    }

    /** Writes as {@link JsonCodec#write(Object, OutputStream) JsonCodec.PORTAL_LISTING.write}. */
    public static void writePortalListing(List<PortalEntry> entries, OutputStream out) {
        JsonCodec.PORTAL_LISTING.write(entries, out);
    }

    /** Writes as {@link JsonCodec#write(Object, Path) JsonCodec.PORTAL_LISTING.write}. */
    public static void writePortalListing(List<PortalEntry> entries, Path file) {
        JsonCodec.PORTAL_LISTING.write(entries, file);
    }

    /** Writes as {@link JsonCodec#toJson(Object) JsonCodec.PORTAL_LISTING.toJson}. */
    public static String portalListingToJson(List<PortalEntry> entries) {
        return JsonCodec.PORTAL_LISTING.toJson(entries);
    }

    // ---------------------------------------------------------------- compositions

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

    /**
     * Writes as {@link JsonCodec#toJson(Object) JsonCodec.PARTNERS.toJson}.
     *
     * @param partners partners, e.g. {@link Register#inactiveCandidates}; not null
     * @return them as a JSON array (with personal data: for the coordinator, not for publication)
     */
    public static String partnersToJson(List<Partner> partners) {
        return JsonCodec.PARTNERS.toJson(partners);
    }
}
