package de.magdeburg.integration.netzwerk.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.magdeburg.integration.netzwerk.core.InvalidDataException;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads rules profiles from JSON. Thread-safe. */
public final class ProfileLoader {
    /** The schema version this library reads. */
    public static final int SCHEMA_VERSION = 1;
    private static final String MAGDEBURG_2016 = "/de/magdeburg/integration/netzwerk/core/profiles/magdeburg-2016.json";

    // every value of a profile is required: a missing one is an error, not a default
    private static final ObjectReader READER = Json.mapper().readerFor(RulesProfile.class)
            .with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .with(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);

    private ProfileLoader() {
    }

    private static final class Default {
        static final RulesProfile INSTANCE = load();

        private static RulesProfile load() {
            try (InputStream in = ProfileLoader.class.getResourceAsStream(MAGDEBURG_2016)) {
                if (in == null) {
                    throw new NetzwerkException("embedded profile missing from the class path: " + MAGDEBURG_2016);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** @return the embedded Magdeburg 2016 profile */
    public static RulesProfile magdeburg2016() {
        return Default.INSTANCE;
    }

    /**
     * @param file a profile file
     * @return the profile
     */
    public static RulesProfile read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (InvalidDataException e) {
            throw new InvalidDataException(e.path(), file + ": " + e.getMessage().substring(e.path().length() + 2), e);
        } catch (IOException e) {
            throw new InvalidDataException("$", "cannot read profile file " + file + ": " + e, e);
        }
    }

    /**
     * @param json profile JSON
     * @return the profile
     */
    public static RulesProfile read(InputStream json) {
        try {
            JsonNode tree = Json.mapper().readTree(json);
            if (tree == null || !tree.isObject()) {
                throw new InvalidDataException("$", "a rules profile must be a JSON object");
            }
            JsonNode version = tree.get("schemaVersion");
            if (version == null || !version.isInt() || version.intValue() != SCHEMA_VERSION) {
                throw new InvalidDataException("$.schemaVersion",
                        "must be " + SCHEMA_VERSION + ", got " + (version == null ? "nothing" : version.toString()));
            }
            ((ObjectNode) tree).remove("schemaVersion");
            return READER.readValue(READER.treeAsTokens(tree));
        } catch (JsonProcessingException e) {
            throw Json.invalid(e);
        } catch (IOException e) {
            throw new InvalidDataException("$", "cannot read profile: " + e.getMessage(), e);
        }
    }
}
