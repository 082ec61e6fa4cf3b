package de.magdeburg.integration.netzwerk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.forms.Input;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The input of {@code form fill}: a declaration as JSON, or the whole output of {@code form read}
 * ({@code {"declaration": …, "findings": […]}}), so that a form read back can be filled again as it
 * is printed. The findings of a reading are not input: {@code form fill} checks the declaration anew.
 */
final class ReadingJson {
    private static final ObjectMapper TREE = new ObjectMapper();

    private ReadingJson() {
    }

    /** @return the declaration in the file, read by the library's own JSON reader (its messages, its limits) */
    static Declaration declaration(Path file) {
        // within the same size limit as every file the CLI reads
        return NetzwerkCli.read(file, p -> JsonCodec.DECLARATION.read(
                unwrapped(Input.of(p).read(NetzwerkCli.netzwerk().settings().limits()))));
    }

    private static byte[] unwrapped(byte[] json) {
        try {
            JsonNode root = TREE.readTree(json);
            if (root != null && root.isObject() && root.path("declaration").isObject()) {
                return TREE.writeValueAsBytes(root.get("declaration"));
            }
        } catch (IOException e) {
            // not JSON at all: the library's reader below says what is wrong, in its words
        }
        return json;
    }
}
