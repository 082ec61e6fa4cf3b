package de.magdeburg.integration.netzwerk.core;

/** The kinds of meeting the Geschäftsordnung knows (§4, §5). */
public enum MeetingKind {
    /** Zusammenkunft of one working group (AG), at most five a year (GO-5.2a). */
    WORKING_GROUP,
    /** Arbeitsgruppenübergreifendes Treffen of all groups, at least once a year (GO-5.2b). */
    CROSS_GROUP,
    /** The speakers' round with the coordinator, at least once a quarter (GO-5.3). */
    SPEAKERS_ROUND,
    /** A temporary project group, inside an AG or network-wide (GO-4.4). */
    PROJECT_GROUP
}
