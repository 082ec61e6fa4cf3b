package de.magdeburg.integration.netzwerk.core;

import java.time.LocalDate;

/**
 * A task agreed in a meeting: what, who, by when.
 *
 * <p>Immutable.
 *
 * @param what the task; not empty
 * @param who who does it; may be empty
 * @param due due date; null if none
 */
public record Task(String what, String who, LocalDate due) {
    /** Validates. */
    public Task {
        what = Text.require("task.what", what, 2_000);
        who = Text.clean("task.who", who, 200);
    }
}
