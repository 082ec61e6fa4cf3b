package de.magdeburg.integration.netzwerk.core.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.magdeburg.integration.netzwerk.core.InvalidDataException;
import java.io.CharConversionException;
import java.util.List;

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
            problem = "required value is missing";
        } else if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            problem = v.getCause().getMessage();
        } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Missing creator property")) {
            problem = "required value is missing";
        } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Null value for creator property")) {
            problem = "required value is null";
        } else if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Cannot map `null` into type")) {
            // a yes/no or number component: absent and null are both errors, there is no "empty"
            problem = "required value is missing or null";
        } else {
            problem = e.getOriginalMessage();
            var loc = e.getLocation();
            if (loc != null && loc.getLineNr() > 0) {
                problem = problem + " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
            }
        }
        return new InvalidDataException(path, problem, e);
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
