package de.magdeburg.integration.netzwerk.core;

import java.util.HashSet;
import java.util.List;

/**
 * The founding of a further thematic working group (Etablierung weiterer Arbeitsgruppen, §4(2)),
 * as the register records it.
 *
 * <p>Immutable. That at least {@code minOrganisationsForNewGroup} organisations declared their
 * readiness (GO-4.2) is checked by {@link Register#record(RulesProfile, NetworkChange)}, not here.
 *
 * @param groupId the new group's stable id, lower case letters, digits and underscores; not empty
 * @param name the German name without the "AG" prefix, e.g. "Gesundheit"; not empty
 * @param founders the organisations whose representatives declared their readiness, in order;
 *     not empty, no organisation twice
 */
public record WorkingGroupFounding(String groupId, String name, List<String> founders) {
    /** Validates. */
    public WorkingGroupFounding {
        name = Text.require("group.name", name, 200);
        groupId = new WorkingGroup(groupId, name).id();
        founders = Text.list("group.founders", founders).stream().map(f -> Text.require("group.founders", f, 200))
                .toList();
        if (founders.isEmpty()) {
            throw Text.invalid("group.founders", "die AG „" + name + "“ nennt keine Gründungsorganisation",
                    "working group '" + name + "' names no founding organisation");
        }
        var keys = new HashSet<String>();
        for (String f : founders) {
            if (!keys.add(Organisation.key(f))) {
                throw Text.invalid("group.founders", "„" + f + "“ steht zweimal unter den Gründungsorganisationen",
                        "'" + f + "' is listed twice among the founding organisations");
            }
        }
    }

    /** @return the group as the documents name it */
    public WorkingGroup workingGroup() {
        return new WorkingGroup(groupId, name);
    }
}
