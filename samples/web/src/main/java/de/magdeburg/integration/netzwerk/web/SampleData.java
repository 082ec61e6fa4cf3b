package de.magdeburg.integration.netzwerk.web;

import de.magdeburg.integration.netzwerk.core.AttendanceRecord;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.MeetingKind;
import de.magdeburg.integration.netzwerk.core.Organisation;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.RequestType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Fills an empty register with a fictional network when {@code netzwerk.web.sample-data} is set. */
@Component
class SampleData implements ApplicationRunner {
    private static final String[][] PARTNERS = {
        // organisation, first name, last name, email, groups
        {"Beispiel e. V.", "Anna", "Schmidt", "anna.schmidt@beispiel-ev.example", "work_and_training language"},
        {"Verein Brücke", "Olena", "Shevchenko", "o.shevchenko@bruecke.example", "interculture_and_social"},
        {"Sprachcafé Elbe", "Nguyễn", "Văn An", "an@sprachcafe-elbe.example", "language"},
        {"Kulturhaus Nord", "Mehmet", "Demir", "demir@kulturhaus-nord.example", "interculture_and_social language"},
        {"Ausbildungsverbund Mitte", "Łukasz", "Żółć", "zolc@ausbildung-mitte.example", "work_and_training"},
        {"Frauenzentrum Ost", "Amina", "Haddad", "haddad@frauenzentrum-ost.example",
            "interculture_and_social work_and_training"},
    };

    private final WebProperties properties;
    private final RegisterStore store;
    private final LibraryAdapter library;
    private final Clock clock;

    SampleData(WebProperties properties, RegisterStore store, LibraryAdapter library, Clock clock) {
        this.properties = properties;
        this.store = store;
        this.library = library;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.sampleData() || !store.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate joined = today.minusYears(2);
        Register register = Register.empty();
        List<AttendanceRecord> attendance = new ArrayList<>();
        for (int i = 0; i < PARTNERS.length; i++) {
            String[] p = PARTNERS[i];
            List<String> groups = List.of(p[4].split(" "));
            Declaration d = Declaration.of(RequestType.ENTRY, new Organisation(p[0], "Breiter Weg " + (10 + i),
                            "39104", "Magdeburg"))
                    .withRepresentative(new Representative(p[2], p[1], "Projektleitung", "0391 540" + i, p[3]))
                    .withWorkingGroups(groups, i % 2 == 0)
                    .withListOnPortal(true)
                    .withSigning("Magdeburg", joined, p[1] + " " + p[2]);
            RegisterUpdate u = library.apply(register, d, joined);
            if (u.rejected()) {
                throw new IllegalStateException("sample declaration " + i + " rejected: " + u.findings());
            }
            register = u.register();
            // the last two partners have not attended for over a year: GO-1.4 candidates
            LocalDate last = i < PARTNERS.length - 2 ? today.minusMonths(3) : today.minusMonths(15);
            attendance.add(new AttendanceRecord("ag-" + groups.get(0) + "-" + last, last, MeetingKind.WORKING_GROUP,
                    groups.get(0), p[0], p[1] + " " + p[2], true));
        }
        store.append(Register.empty(), register);
        store.recordAttendance(attendance);
    }
}
