package de.magdeburg.integration.netzwerk.core.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.magdeburg.integration.netzwerk.core.InvalidDataException;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The library's Jackson configuration: ISO-8601 dates, strict reading (unknown or duplicate
 * keys are errors) and bounded input (nesting, string and number lengths). Thread-safe.
 */
public final class Json {
    /** Deepest nesting of arrays/objects accepted. */
    public static final int MAX_NESTING = 100;
    /** Longest string value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Longest number accepted, in digits. */
    public static final int MAX_NUMBER_LENGTH = 50;

    // built on first use: reading the rules profile (every CLI command) needs only the factory
    private static final class Mapper {
        static final ObjectMapper INSTANCE = build();
    }

    private Json() {
    }

    /** @return a new JSON factory with the library's input bounds (nesting, lengths, duplicate keys) */
    public static JsonFactory boundedFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    private static ObjectMapper build() {
        return JsonMapper.builder(boundedFactory())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                // the same bytes on every platform: files are compared and committed by people
                .defaultPrettyPrinter(new DefaultPrettyPrinter()
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(new DefaultIndenter("  ", "\n")))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                // convenience methods such as Partner.isActive() are not data: the JSON of a
                // record is exactly its components
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .build();
    }

    /** @return the shared, configured mapper; do not reconfigure it */
    public static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    /**
     * Turns a Jackson exception into our typed one, with the JSON path of the problem.
     *
     * @param e the parser's exception
     * @return the exception to throw
     */
    public static InvalidDataException invalid(JsonProcessingException e) {
        String path = "$";
        if (e instanceof JsonMappingException m) {
            path = path(m.getPath());
        }
        String problem;
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof NullPointerException npe
                && npe.getMessage() != null && npe.getMessage().matches("[A-Za-z][A-Za-z0-9]*")) {
            // Objects.requireNonNull(x, "name") in a compact constructor: the component is missing
            path = path + "." + npe.getMessage();
            problem = "Pflichtangabe fehlt / required value is missing";
        } else if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            problem = v.getCause().getMessage();
        } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Missing creator property")) {
            problem = "Pflichtangabe fehlt / required value is missing";
        } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Null value for creator property")) {
            problem = "Pflichtangabe ist leer / required value is null";
        } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Cannot map `null` into type")) {
            // a yes/no or number component: absent and null are both errors, there is no "empty"
            problem = "Pflichtangabe fehlt oder ist leer / required value is missing or null";
        } else {
            problem = translated(e);
            var loc = e.getLocation();
            if (loc != null && loc.getLineNr() > 0) {
                problem = problem + " (Zeile " + loc.getLineNr() + ", Spalte " + loc.getColumnNr() + " / line "
                        + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
            }
        }
        return new InvalidDataException(path, problem, e);
    }

    /**
     * Jackson's wording names Java types ({@code java.time.LocalDate}, our enum classes) and its own
     * settings; people get German and English that name the value and what was expected instead.
     */
    private static String translated(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unbekanntes Feld „" + u.getPropertyName() + "“ / unknown property '" + u.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException f) {
            String value = String.valueOf(f.getValue());
            Class<?> type = f.getTargetType();
            if (type != null && type.isEnum()) {
                String allowed = Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "));
                return "„" + value + "“ ist kein zulässiger Wert (erlaubt: " + allowed + ") / '" + value
                        + "' is not an allowed value (allowed: " + allowed + ")";
            }
            String expected = expected(type);
            return "„" + value + "“ ist " + expected.split(" / ")[0] + " / '" + value + "' is "
                    + expected.split(" / ")[1];
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String expected = expected(m.getTargetType());
            return "falscher Typ, erwartet: " + expected.split(" / ")[0].replaceFirst("^kein[e]? ", "")
                    + " / wrong type, expected: " + expected.split(" / ")[1].replaceFirst("^not an? ", "");
        }
        if (e instanceof JsonEOFException || e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Unexpected end-of-input")) {
            return "die JSON-Daten enden, bevor sie vollständig sind / the JSON ends before it is complete";
        }
        if (e instanceof StreamConstraintsException) {
            // "… exceeds the maximum allowed (100, from `StreamReadConstraints.getMaxNestingDepth()`)"
            String limit = e.getOriginalMessage().replaceAll("(?s).*\\((\\d+), from.*", "$1");
            return "die JSON-Daten überschreiten eine Grenze der Bibliothek (" + limit + ") / the JSON exceeds a "
                    + "limit of the library (" + limit + ")";
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
            String field = e.getOriginalMessage().replaceAll("(?s)Duplicate field '([^']*)'.*", "$1");
            return "doppeltes Feld „" + field + "“ / Duplicate field '" + field + "'";
        }
        if (e instanceof JsonParseException) {
            return "keine gültigen JSON-Daten / not valid JSON";
        }
        if (e.getCause() instanceof JsonProcessingException cause && cause != e) {
            return translated(cause); // databind wraps the parser's own exception
        }
        return "unzulässige JSON-Daten / invalid JSON";
    }

    private static String expected(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return "kein Datum im Format JJJJ-MM-TT / not a date as yyyy-MM-dd";
        }
        if (type == java.time.LocalDateTime.class) {
            return "kein Zeitpunkt im Format JJJJ-MM-TTThh:mm / not a date and time as yyyy-MM-ddThh:mm";
        }
        if (type == java.time.LocalTime.class) {
            return "keine Uhrzeit im Format hh:mm / not a time as hh:mm";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "keine ganze Zahl / not a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "kein Wahrheitswert (true/false) / not true or false";
        }
        if (type == String.class) {
            return "kein Text / not a text";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "keine Liste / not a list";
        }
        return "kein JSON-Objekt / not a JSON object";
    }

    /**
     * The bytes are not text in the encoding Jackson detected (UTF-8, UTF-16 or UTF-32): a fault of
     * the file, like malformed JSON, not a failure to read it.
     *
     * @param e the decoder's exception
     * @return the exception to throw
     */
    public static InvalidDataException notText(CharConversionException e) {
        return new InvalidDataException("$", "not JSON text in UTF-8, UTF-16 or UTF-32: " + e.getMessage(), e);
    }

    /**
     * What went wrong with a file, in German and English, without the names of Java's exception
     * classes.
     *
     * @param e the file system's exception
     * @return e.g. {@code Datei nicht gefunden / file not found}
     */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "Datei nicht gefunden / file not found";
        }
        if (e instanceof AccessDeniedException) {
            return "Zugriff verweigert / access denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return "Dateisystem meldet / file system says: " + f.getReason();
        }
        return "Ein- oder Ausgabe fehlgeschlagen / input or output failed"
                + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
