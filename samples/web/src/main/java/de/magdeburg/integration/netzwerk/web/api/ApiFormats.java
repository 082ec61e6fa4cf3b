package de.magdeburg.integration.netzwerk.web.api;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The library's JSON formats the API's bodies use, each a named component of the OpenAPI
 * description ({@code #/components/schemas/<name>}). The operations refer to the names only; what
 * a name stands for is said here, in one place, so pointing the components at the formats' JSON
 * Schemas (2020-12, shipped with core) is a change of {@link #schema()} alone.
 */
enum ApiFormats {
    /** The declaration (§1(2), Anlage) as JsonCodec.DECLARATION writes it. */
    DECLARATION("Declaration", "declaration", false, "A declaration (Erklärung, §1(2), Anlage) as the library's JSON "
            + "(JsonCodec.DECLARATION): request, organisation, listOnPortal, representative, "
            + "workingGroups, crossGroupMeetings, place, date, signatoryName, signature."),
    /** What reading a form gave. */
    READING("Reading", "reading", false, "A form read back: {declaration, findings, signature, signatures} "
            + "(JsonCodec.readingToJson and verificationToJson)."),
    /** Findings with rule ids. */
    FINDINGS("Findings", "findings", true, "Findings as the library's JSON: [{severity, rule, field, message, "
            + "messageEn}], rule ids of the rules catalogue (docs/RULES.md)."),
    /** A meeting with its agenda. */
    MEETING("Meeting", "meeting", false, "A meeting (§5(2)) with its agenda as the library's JSON "
            + "(JsonCodec.MEETING)."),
    /** Minutes. */
    MINUTES("Minutes", "minutes", false, "Minutes (Protokoll, §5(1)) as the library's JSON (JsonCodec.MINUTES)."),
    /** A work plan. */
    WORK_PLAN("WorkPlan", "work-plan", false, "A work plan (Jahresarbeitsplan, §5(1)) as the library's JSON "
            + "(JsonCodec.WORK_PLAN)."),
    /** The register with its history. */
    REGISTER("Register", "register", false, "The register (§1(3)) with its history as the library's JSON "
            + "(JsonCodec.REGISTER); personal data."),
    /** The portal listing. */
    PORTAL_LISTING("PortalListing", "portal-listing", true, "The organisations that consented to the portal listing: "
            + "[{organisation, city, workingGroups}], no personal data (JsonCodec.PORTAL_LISTING).");

    private final String component;
    private final String format;
    private final boolean array;
    private final String description;

    ApiFormats(String component, String format, boolean array, String description) {
        this.component = component;
        this.format = format;
        this.array = array;
        this.description = description;
    }

    /** @return the component's name in the OpenAPI description */
    String component() {
        return component;
    }

    /** @return the schema of the component: the format's name and description, for now without a JSON Schema */
    Schema<?> schema() {
        Schema<?> s = array ? new ArraySchema().items(new ObjectSchema()) : new ObjectSchema();
        s.description(description);
        s.addExtension("x-netzwerk-format", format);
        return s;
    }
}
