package de.magdeburg.integration.netzwerk.core;

import java.util.List;

/**
 * What the minutes record for one agenda item.
 *
 * <p>Immutable.
 *
 * @param title the agenda item's title; not empty
 * @param discussion summary of the discussion; may be empty
 * @param decisions decisions taken; not null
 * @param recommendations professional recommendations reached by consensus (§3, §5(1)); not null
 * @param tasks tasks agreed; not null
 */
public record MinutesItem(String title, String discussion, List<String> decisions,
        List<String> recommendations, List<Task> tasks) {
    /** Validates. */
    public MinutesItem {
        title = Text.require("minutesItem.title", title, 500);
        discussion = Text.clean("minutesItem.discussion", discussion, 50_000);
        decisions = Text.list("minutesItem.decisions", decisions);
        recommendations = Text.list("minutesItem.recommendations", recommendations);
        tasks = Text.list("minutesItem.tasks", tasks);
    }
}
