package de.magdeburg.integration.netzwerk.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.magdeburg.integration.netzwerk.core.InvalidDataException;
import de.magdeburg.integration.netzwerk.core.NetzwerkException;
import de.magdeburg.integration.netzwerk.core.FieldOfAction;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import de.magdeburg.integration.netzwerk.core.WorkCalendar;
import de.magdeburg.integration.netzwerk.core.WorkingGroup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Reads rules profiles from JSON. Thread-safe. */
public final class ProfileLoader {
    /** The schema version this library reads. */
    public static final int SCHEMA_VERSION = 1;
    private static final String MAGDEBURG_2016 = "/de/magdeburg/integration/netzwerk/core/profiles/magdeburg-2016.json";

    // the library's input bounds: nesting, lengths, duplicate keys
    private static final JsonFactory FACTORY = Json.boundedFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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
                throw new NetzwerkException("Das eingebettete Profil ist nicht lesbar / the embedded profile cannot "
                        + "be read: " + MAGDEBURG_2016, e);
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
            throw new InvalidDataException("$", file + ": nicht lesbar / cannot read: " + Json.describe(e), e);
        }
    }

    /**
     * @param json profile JSON
     * @return the profile
     */
    public static RulesProfile read(InputStream json) {
        try {
            JsonNode tree;
            try (JsonParser parser = FACTORY.createParser(json)) {
                tree = tree(parser);
            }
            if (tree == null || !tree.isObject()) {
                throw new InvalidDataException("$", "a rules profile must be a JSON object");
            }
            JsonNode version = tree.get("schemaVersion");
            if (version == null || !version.isInt() || version.intValue() != SCHEMA_VERSION) {
                throw new InvalidDataException("$.schemaVersion",
                        "must be " + SCHEMA_VERSION + ", got " + (version == null ? "nothing" : version.toString()));
            }
            return profile(new Node(tree, "$"));
        } catch (JsonProcessingException e) {
            throw Json.invalid(e);
        } catch (IOException e) {
            throw new InvalidDataException("$", "cannot read profile: " + e.getMessage(), e);
        }
    }

    // The tree is built from the parser's tokens, not by an ObjectMapper: creating the first mapper
    // initialises Jackson's data binding and the JDK's calendars, a sixth of a cold `form read`.
    // Depth is bounded by the factory's nesting limit, duplicate keys by its duplicate detection.
    private static JsonNode tree(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            return null;
        }
        JsonNode root = value(parser, first);
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw new JsonParseException(parser, "Trailing token (of type " + trailing + ") found after value");
        }
        return root;
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(value(parser, t));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDoubleValue()); // as readTree: 1.50 is 1.5
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new JsonParseException(parser, "Unexpected token " + token);
        }
    }

    // The profile is mapped by hand from the tree: data binding of records costs a cold process
    // (every CLI command) about 50 ms more, and by hand every error names its exact path.
    private static RulesProfile profile(Node o) {
        o.only("schemaVersion", "id", "network", "versionDate", "inForce", "workingGroups", "fieldsOfAction", "limits",
                "coordinator", "declaration", "rulesOfProcedure", "privacyNotice", "declarationPrivacyNotice", "timeZone",
                "calendar");
        String id = o.text("id");
        Node n = o.object("network");
        n.only("name", "shortName", "city");
        RulesProfile.Network network = n.make(() -> new RulesProfile.Network(n.text("name"), n.text("shortName"),
                n.text("city")));
        LocalDate versionDate = o.date("versionDate");
        LocalDate inForce = o.date("inForce");
        List<WorkingGroup> groups = o.list("workingGroups", g -> {
            g.only("id", "name");
            return g.make(() -> new WorkingGroup(g.text("id"), g.text("name")));
        });
        List<FieldOfAction> fields = o.list("fieldsOfAction", f -> {
            f.only("id", "name");
            return f.make(() -> new FieldOfAction(f.text("id"), f.text("name")));
        });
        Node l = o.object("limits");
        l.only("maxMeetingsPerGroupPerYear", "minCrossGroupMeetingsPerYear", "typicalMaxCrossGroupMeetingsPerYear",
                "minSpeakersRoundsPerQuarter", "speakersPerGroup", "speakerTermYears", "speakerTermWarningMonths",
                "inactivityYears", "minOrganisationsForNewGroup");
        RulesProfile.Limits limits = l.make(() -> new RulesProfile.Limits(l.integer("maxMeetingsPerGroupPerYear"),
                l.integer("minCrossGroupMeetingsPerYear"), l.integer("typicalMaxCrossGroupMeetingsPerYear"),
                l.integer("minSpeakersRoundsPerQuarter"), l.integer("speakersPerGroup"), l.integer("speakerTermYears"),
                l.integer("speakerTermWarningMonths"), l.integer("inactivityYears"),
                l.integer("minOrganisationsForNewGroup")));
        Node c = o.object("coordinator");
        c.only("title", "addressLines", "contactName", "email", "phone");
        RulesProfile.Coordinator coordinator = c.make(() -> new RulesProfile.Coordinator(c.text("title"),
                c.list("addressLines", Node::asText), c.text("contactName"), c.text("email"), c.text("phone")));
        Node d = o.object("declaration");
        d.only("sendTo", "title", "requestEntry", "requestDeletion", "requestChange", "sectionOrganisation",
                "portalConsent", "sectionName", "sectionFunction", "sectionContact", "sectionWorkingGroups",
                "crossGroupMeetings", "acknowledgement", "placeDate", "signatoryName", "signature", "footer", "annex",
                "basis");
        RulesProfile.DeclarationWording wording = d.make(() -> new RulesProfile.DeclarationWording(d.text("sendTo"),
                d.text("title"), d.text("requestEntry"), d.text("requestDeletion"), d.text("requestChange"),
                d.text("sectionOrganisation"), d.text("portalConsent"), d.text("sectionName"),
                d.text("sectionFunction"), d.text("sectionContact"), d.text("sectionWorkingGroups"),
                d.text("crossGroupMeetings"), d.text("acknowledgement"), d.text("placeDate"),
                d.text("signatoryName"), d.text("signature"), d.text("footer"), d.text("annex"),
                d.text("basis")));
        Node r = o.object("rulesOfProcedure");
        r.only("title", "sections");
        RulesProfile.RulesText rules = r.make(() -> new RulesProfile.RulesText(r.text("title"),
                r.list("sections", sec -> {
                    sec.only("heading", "paragraphs");
                    return sec.make(() -> new RulesProfile.Section(sec.text("heading"),
                            sec.list("paragraphs", Node::asText)));
                })));
        RulesProfile.PrivacyNotice privacy = privacyNotice(o.object("privacyNotice"));
        // profiles written before the form had a notice of its own give it the sheet's
        RulesProfile.PrivacyNotice formPrivacy = o.json.has("declarationPrivacyNotice")
                ? privacyNotice(o.object("declarationPrivacyNotice")) : privacy;
        ZoneId zone = o.json.has("timeZone") ? o.zone("timeZone") : RulesProfile.DEFAULT_TIME_ZONE;
        // profiles written before the calendar was named were all Magdeburg's
        WorkCalendar calendar = o.json.has("calendar") ? calendar(o.object("calendar")) : WorkCalendar.SAXONY_ANHALT;
        return o.make(() -> new RulesProfile(id, network, versionDate, inForce, groups, fields, limits, coordinator,
                wording, rules, privacy, formPrivacy, zone, calendar));
    }

    private static WorkCalendar calendar(Node c) {
        c.only("holidays", "weekend");
        List<DayOfWeek> weekend = c.json.has("weekend") ? c.list("weekend", day -> {
            String name = day.asText();
            try {
                return DayOfWeek.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new InvalidDataException(day.path, "must be a day of the week such as 'SATURDAY', got '"
                        + name + "'");
            }
        }) : WorkCalendar.SATURDAY_AND_SUNDAY;
        return c.make(() -> new WorkCalendar(c.text("holidays"), weekend));
    }

    private static RulesProfile.PrivacyNotice privacyNotice(Node pn) {
        pn.only("title", "items");
        return pn.make(() -> new RulesProfile.PrivacyNotice(pn.text("title"),
                pn.list("items", item -> {
                    item.only("label", "text");
                    return item.make(() -> new RulesProfile.NoticeItem(item.text("label"), item.text("text")));
                })));
    }

    /** A JSON value with its path, for messages that say where. */
    private record Node(JsonNode json, String path) {
        private static final String MISSING = "Pflichtangabe fehlt / required value is missing";

        Node at(String name) {
            JsonNode v = json.get(name);
            String p = path + "." + name;
            if (v == null || v.isNull()) {
                throw new InvalidDataException(p, MISSING);
            }
            return new Node(v, p);
        }

        void only(String... names) {
            var allowed = java.util.Set.of(names);
            json.fieldNames().forEachRemaining(f -> {
                if (!allowed.contains(f)) {
                    throw new InvalidDataException(path + "." + f, "unknown property '" + f + "'");
                }
            });
        }

        Node object(String name) {
            Node n = at(name);
            if (!n.json.isObject()) {
                throw new InvalidDataException(n.path, "must be a JSON object, got " + n.json.getNodeType());
            }
            return n;
        }

        String text(String name) {
            return at(name).asText();
        }

        String asText() {
            if (!json.isTextual()) {
                throw new InvalidDataException(path, "must be a text, got " + json.getNodeType());
            }
            return json.textValue();
        }

        int integer(String name) {
            Node n = at(name);
            if (!n.json.isInt()) {
                throw new InvalidDataException(n.path, "must be a whole number, got " + n.json);
            }
            return n.json.intValue();
        }

        LocalDate date(String name) {
            String text = at(name).asText();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidDataException(path + "." + name, "must be a date yyyy-MM-dd, got '" + text + "'");
            }
        }

        ZoneId zone(String name) {
            String text = at(name).asText();
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                throw new InvalidDataException(path + "." + name,
                        "must be a time zone such as 'Europe/Berlin', got '" + text + "'");
            }
        }

        <T> List<T> list(String name, Function<Node, T> element) {
            Node n = at(name);
            if (!n.json.isArray()) {
                throw new InvalidDataException(n.path, "must be a JSON array, got " + n.json.getNodeType());
            }
            var out = new ArrayList<T>(n.json.size());
            for (int i = 0; i < n.json.size(); i++) {
                Node e = new Node(n.json.get(i), n.path + "[" + i + "]");
                if (e.json.isNull()) {
                    throw new InvalidDataException(e.path, MISSING);
                }
                out.add(element.apply(e));
            }
            return out;
        }

        /** Runs a record's constructor; its validation message is reported at this node's path. */
        <T> T make(Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (InvalidDataException e) {
                if (e.path().startsWith("$")) {
                    throw e; // already names its JSON path: a value read inside the constructor call
                }
                throw new InvalidDataException(path, e.getMessage(), e);
            } catch (NullPointerException e) {
                throw new InvalidDataException(path, String.valueOf(e.getMessage()), e);
            }
        }
    }
}
