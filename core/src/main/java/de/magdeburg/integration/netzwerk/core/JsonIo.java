package de.magdeburg.integration.netzwerk.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import de.magdeburg.integration.netzwerk.core.internal.AtomicFiles;
import de.magdeburg.integration.netzwerk.core.internal.Json;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The strict, bounded reading and the indented writing behind {@link JsonCodec}: Jackson's and
 * {@code java.nio}'s failures become {@link InvalidDataException}s with a JSON path, or
 * {@link NetzwerkException}s naming the file.
 */
final class JsonIo {
    private static final ObjectWriter WRITER = Json.mapper().writer();

    private JsonIo() {
    }

    static <T> T read(InputStream json, JavaType type) {
        Objects.requireNonNull(json, "json");
        try {
            T value = Json.mapper().readerFor(type).readValue(json);
            if (value == null) {
                String expected = type.isCollectionLikeType() ? "a JSON array" : "a JSON object";
                throw new InvalidDataException("$", "expected " + expected + ", got nothing or null");
            }
            return noNulls(value, "$");
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    static JsonNode parse(InputStream json) {
        Objects.requireNonNull(json, "json");
        try {
            JsonNode tree = Json.mapper().readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidDataException("$", "no JSON content");
            }
            return tree;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** Jackson's wording never reaches a message: the path and the problem do. */
    private static NetzwerkException unreadable(IOException e) {
        if (e instanceof JsonProcessingException json) {
            return Json.invalid(json);
        }
        if (e instanceof CharConversionException notText) {
            return Json.notText(notText);
        }
        return new NetzwerkException("cannot read JSON: " + e.getMessage(), e);
    }

    static <T> T convert(JsonNode node, JavaType type, String path) {
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

    static void write(Object value, OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            WRITER.writeValue(out, value);
        } catch (IOException e) {
            throw new NetzwerkException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    static String string(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new NetzwerkException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    static <T> T fromFile(Path file, Function<InputStream, T> reading) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return reading.apply(in);
        } catch (InvalidDataException e) {
            throw new InvalidDataException(e.path(), file + ": " + e.getMessage().substring(e.path().length() + 2), e);
        } catch (IOException e) {
            throw new NetzwerkException(file + ": nicht lesbar / cannot read: " + Json.describe(e), e);
        }
    }

    static void toFile(Path file, Object value) {
        Objects.requireNonNull(file, "file");
        try {
            AtomicFiles.replace(file, out -> write(value, out));
        } catch (IOException e) {
            throw new NetzwerkException(file + ": nicht schreibbar / cannot write: " + Json.describe(e), e);
        }
    }
}
