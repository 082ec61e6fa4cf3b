package de.magdeburg.integration.netzwerk.core;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.magdeburg.integration.netzwerk.core.internal.Json;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of a register file: {@code {"schemaVersion": 2, "history": [...], "partners": [...]}}.
 * The history is the register's record (§1(3)) and is replayed on reading; {@code partners} is
 * written for people reading the file and, when present, must match what the history gives.
 *
 * <p>Version 2 adds history entries for founded groups (§4(2)), speakers (§4(3)) and guests
 * (§1(5)); version 1 files, which hold partner entries only, are still read. A history entry is
 * written without the components its action does not use, so partner entries look as in version 1.
 */
final class RegisterFile {
    private static final int FIRST_VERSION = 1;
    private static final List<String> UNUSED_WHEN_NULL = List.of("declaration", "speaker", "group", "guest");
    private static final List<String> KEYS = List.of("schemaVersion", "history", "partners");
    private static final JavaType HISTORY = Json.mapper().getTypeFactory()
            .constructType(new TypeReference<List<HistoryEntry>>() { });
    private static final JavaType PARTNERS = Json.mapper().getTypeFactory()
            .constructType(new TypeReference<List<Partner>>() { });

    private RegisterFile() {
    }

    static Register read(InputStream json) {
        JsonNode tree = JsonIo.parse(json);
        if (!tree.isObject()) {
            throw new InvalidDataException("$", "a register file must be a JSON object, got " + tree.getNodeType());
        }
        JsonNode version = tree.get("schemaVersion");
        if (version == null || !version.isInt() || version.intValue() != JsonCodec.REGISTER_SCHEMA_VERSION
                && version.intValue() != FIRST_VERSION) {
            throw new InvalidDataException("$.schemaVersion", "must be " + JsonCodec.REGISTER_SCHEMA_VERSION
                    + " (or " + FIRST_VERSION + " for a file of an earlier release), got "
                    + (version == null ? "nothing" : version.toString()));
        }
        var names = tree.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw new InvalidDataException("$." + name, "unknown field; a register file has schemaVersion, "
                        + "history and partners");
            }
        }
        JsonNode historyNode = tree.get("history");
        if (historyNode == null || !historyNode.isArray()) {
            throw new InvalidDataException("$.history", "must be an array of history entries");
        }
        List<HistoryEntry> history = JsonIo.convert(historyNode, HISTORY, "$.history");
        if (version.intValue() == FIRST_VERSION) {
            for (int i = 0; i < history.size(); i++) {
                if (history.get(i) != null && !history.get(i).action().isPartnerAction()) {
                    throw new InvalidDataException("$.history[" + i + "].action", history.get(i).action()
                            + " needs schemaVersion " + JsonCodec.REGISTER_SCHEMA_VERSION);
                }
            }
        }
        Register register = Register.replay(history);
        JsonNode partnersNode = tree.get("partners");
        if (partnersNode != null && !partnersNode.isNull()) {
            List<Partner> partners = JsonIo.convert(partnersNode, PARTNERS, "$.partners");
            // people may sort the list when they edit it; only its content has to match
            if (!new HashSet<>(partners).equals(new HashSet<>(register.partners()))
                    || partners.size() != register.partners().size()) {
                throw new InvalidDataException("$.partners", "do not match the history; the history is the "
                        + "register's record (§1(3)), change it through declarations, not the partner list");
            }
        }
        return register;
    }

    /** What is written: the keys in this order, so files compare well in version control. */
    static Map<String, Object> of(Register register) {
        Objects.requireNonNull(register, "register");
        var file = new LinkedHashMap<String, Object>();
        file.put("schemaVersion", JsonCodec.REGISTER_SCHEMA_VERSION);
        var history = new ArrayList<ObjectNode>();
        for (HistoryEntry e : register.history()) {
            ObjectNode node = Json.mapper().valueToTree(e);
            UNUSED_WHEN_NULL.forEach(k -> {
                if (node.get(k).isNull() && !(k.equals("declaration") && e.action().isPartnerAction())) {
                    node.remove(k);
                }
            });
            if (e.by().isEmpty()) {
                node.remove("by");
            }
            if (!e.action().isPartnerAction()) {
                node.remove("partnerKey");
            }
            history.add(node);
        }
        file.put("history", history);
        file.put("partners", register.partners());
        return file;
    }
}
