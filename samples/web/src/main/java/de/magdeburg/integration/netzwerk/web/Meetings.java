package de.magdeburg.integration.netzwerk.web;

import de.magdeburg.integration.netzwerk.core.AgendaItem;
import de.magdeburg.integration.netzwerk.core.Meeting;
import de.magdeburg.integration.netzwerk.core.MeetingKind;
import de.magdeburg.integration.netzwerk.core.Minutes;
import de.magdeburg.integration.netzwerk.core.MinutesItem;
import de.magdeburg.integration.netzwerk.core.ReviewState;
import de.magdeburg.integration.netzwerk.core.SpeakerTerm;
import de.magdeburg.integration.netzwerk.core.Task;
import de.magdeburg.integration.netzwerk.core.WorkPlan;
import de.magdeburg.integration.netzwerk.core.WorkingGroup;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The meetings, minutes and work plans of the sample network for the coming year. A city
 * application keeps these in its own calendar; the sample holds them in code.
 */
@Component
public class Meetings {
    private final List<Meeting> meetings;
    private final LibraryAdapter library;
    private final int year;

    Meetings(LibraryAdapter library, java.time.Clock clock) {
        this.library = library;
        this.year = LocalDate.now(clock).getYear();
        List<Meeting> m = new ArrayList<>();
        int month = 2;
        for (WorkingGroup g : library.profile().workingGroups()) {
            m.add(new Meeting("ag-" + g.id() + "-" + year + "-1", MeetingKind.WORKING_GROUP, g.id(),
                    "Sitzung der AG " + g.name(), LocalDateTime.of(year, month, 10, 14, 0), LocalTime.of(16, 0),
                    "Rathaus Magdeburg, Alter Markt 6, Raum 1.12", agenda(), List.of()));
            month += 1;
        }
        m.add(new Meeting("netzwerk-" + year + "-1", MeetingKind.CROSS_GROUP, "",
                "Arbeitsgruppenübergreifendes Netzwerktreffen", LocalDateTime.of(year, 9, 17, 15, 0),
                LocalTime.of(18, 0), "Altes Rathaus, Festsaal", agenda(), List.of()));
        this.meetings = List.copyOf(m);
    }

    private static List<AgendaItem> agenda() {
        return List.of(new AgendaItem("Begrüßung und Protokollkontrolle", "", "Netzwerkkoordination"),
                new AgendaItem("Berichte aus den Projekten", "", ""),
                new AgendaItem("Jahresarbeitsplan", "", "Sprecher*innen"),
                new AgendaItem("Verschiedenes", "", ""));
    }

    /** @return all meetings of the year, in order */
    public List<Meeting> all() {
        return meetings;
    }

    /** @return the meeting with this id */
    public Optional<Meeting> find(String id) {
        return meetings.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** @return the (draft) minutes of a meeting */
    public Minutes minutes(Meeting meeting) {
        return new Minutes(meeting, "Netzwerkkoordination", List.of("Sprecher*innen der AG"),
                List.of("Beispiel e. V.", "Verein Brücke"), List.of(), List.of(),
                List.of(new MinutesItem("Berichte aus den Projekten", "Die Projekte berichten über das laufende Jahr.",
                        List.of("Der Jahresarbeitsplan wird in der nächsten Sitzung beschlossen."), List.of(),
                        List.of(new Task("Entwurf des Jahresarbeitsplans verschicken", "Sprecher*innen",
                                meeting.start().toLocalDate().plusWeeks(2))))),
                meeting.start().plusMonths(3), ReviewState.DRAFT, "", "", null);
    }

    /** @return the work plans: one per AG, then the network-wide one */
    public List<WorkPlan> workPlans() {
        List<WorkPlan> plans = new ArrayList<>();
        for (WorkingGroup g : library.profile().workingGroups()) {
            plans.add(new WorkPlan(year, g.id(), meetings.stream().filter(m -> g.id().equals(m.groupId())).toList(),
                    List.of(), List.of(new SpeakerTerm(g.id(), "Sprecherin der AG", "Beispiel e. V.",
                            LocalDate.of(year - 1, 1, 1), LocalDate.of(year, 12, 31)))));
        }
        plans.add(new WorkPlan(year, "", meetings.stream().filter(m -> m.kind() == MeetingKind.CROSS_GROUP)
                .toList(), List.of(), List.of()));
        return plans;
    }

    /** @return the year of the meetings */
    public int year() {
        return year;
    }
}
