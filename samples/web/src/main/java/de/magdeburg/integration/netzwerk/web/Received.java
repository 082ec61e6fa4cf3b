package de.magdeburg.integration.netzwerk.web;

import java.time.OffsetDateTime;

/**
 * A file a partner sent, as stored: the receipt number, its hash and what reading it gave.
 *
 * @param id database id
 * @param receipt the receipt number shown to the partner
 * @param receivedAt when it arrived
 * @param channel BROWSER (filled in the page) or UPLOAD
 * @param sizeBytes the file's size
 * @param sha256 the file's SHA-256, hex
 * @param status STORED, READ, UNREADABLE or APPLIED
 * @param reason the library's reason code when UNREADABLE, else null
 * @param message the German message when UNREADABLE, else null
 * @param readingJson the declaration and findings as JSON when READ or APPLIED, else null
 * @param organisation the organisation's name when read, else null
 * @param errorCount the number of ERROR findings when read, else null
 * @param historySequence the register history entry it became, when APPLIED
 */
public record Received(long id, String receipt, OffsetDateTime receivedAt, String channel, long sizeBytes,
        String sha256, Status status, String reason, String message, String readingJson, String organisation,
        Integer errorCount, Integer historySequence) {

    /** Where a received file stands. */
    public enum Status {
        /** stored, not yet read */
        STORED,
        /** read; see findings */
        READ,
        /** could not be read as our declaration */
        UNREADABLE,
        /** applied to the register */
        APPLIED
    }
}
