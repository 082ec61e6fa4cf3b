package de.magdeburg.integration.netzwerk.cli;

import static de.magdeburg.integration.netzwerk.cli.NetzwerkCli.netzwerk;

import de.magdeburg.integration.netzwerk.core.GuestNotice;
import de.magdeburg.integration.netzwerk.core.NetworkChange;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.core.RegisterUpdate;
import de.magdeburg.integration.netzwerk.core.SpeakerTerm;
import de.magdeburg.integration.netzwerk.core.WorkingGroupFounding;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code netzwerk register speaker | guest | found-group}: the coordinator records the network
 * beyond its partners — speakers (§4(3)), guests (§1(5)), new working groups (§4(2)) — without
 * writing JSON. Each command reads the register, records one change through the library and
 * writes the new register; the findings go to stderr like those of {@code register apply}.
 */
final class NetworkCommands {
    private NetworkCommands() {
    }

    /** What every one of these commands takes: the register in, the new register out, the day, who. */
    static final class Change {
        @Parameters(index = "0", paramLabel = "REGISTER.json",
                description = "Die Übersicht der Netzwerkpartner*innen (Beispiel: register.json).") Path registerFile;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "NEW.json",
                description = "Die neue Übersicht (Pflicht; darf REGISTER.json selbst sein).") Path output;
        @Option(names = "--on", paramLabel = "YYYY-MM-DD", description = "Tag der Wahl, Anmeldung, Zustimmung usw. "
                + "(Standard: heute).") LocalDate on;
        @Option(names = "--by", paramLabel = "NAME", description = "Wer entschieden oder eingetragen hat, für die "
                + "Historie (bei --approve: die zustimmende Sprecher*in).") String by;
        @Option(names = "--note", paramLabel = "TEXT", description = "Vermerk für die Historie.") String note;

        LocalDate day() {
            return on != null ? on : netzwerk().settings().today();
        }

        /** Records the change, reports, writes the new register (the old one if refused) and returns the exit code. */
        int record(Function<Register, NetworkChange> change) {
            Register register = NetzwerkCli.read(registerFile, JsonCodec.REGISTER::read);
            RegisterUpdate u = netzwerk().record(register, change.apply(register));
            int code = NetzwerkCli.report(u.findings());
            System.err.println(u.rejected() ? "nicht übernommen / not recorded" : "übernommen / recorded");
            NetzwerkCli.write(output, out -> JsonCodec.REGISTER.write(u.register(), out));
            return code;
        }
    }

    @Command(name = "speaker", mixinStandardHelpOptions = true,
            description = "Sprecher*innen einer AG (§ 4 Abs. 3): Wahl/Benennung (--elect, auch als Nachfolge mit "
                    + "--succeeds) oder vorzeitiges Ende der Amtszeit (--end).")
    static final class Speaker implements Callable<Integer> {
        @Mixin Change change = new Change();
        @Option(names = "--group", required = true, paramLabel = "ID", description = "Die Arbeitsgruppe, z. B. language (Pflicht).") String group;
        @ArgGroup(exclusive = true, multiplicity = "1") What what;
        @Option(names = "--organisation", paramLabel = "NAME", description = "Mit --elect: die Organisation der Sprecher*in.") String organisation;
        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Mit --elect: erster Tag der Amtszeit (Pflicht).") LocalDate from;
        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Mit --elect: letzter Tag (Standard: volle Amtszeit, zwei Jahre).") LocalDate to;
        @Option(names = "--succeeds", paramLabel = "NAME", description = "Mit --elect: die abgelöste Sprecher*in; ihre Amtszeit endet am Tag vor --from.") String succeeds;
        @Option(names = "--last-day", paramLabel = "YYYY-MM-DD", description = "Mit --end: letzter Tag im Amt (Pflicht).") LocalDate lastDay;

        static final class What {
            @Option(names = "--elect", paramLabel = "NAME", description = "Gewählte/benannte Sprecher*in.") String elect;
            @Option(names = "--end", paramLabel = "NAME", description = "Sprecher*in, deren Amtszeit vorzeitig endet.") String end;
        }

        @Override
        public Integer call() {
            if (what.elect != null ? from == null : lastDay == null) {
                System.err.println("netzwerk: register speaker " + (what.elect != null
                        ? "--elect braucht / needs --from YYYY-MM-DD" : "--end braucht / needs --last-day YYYY-MM-DD"));
                return NetzwerkCli.UNUSABLE;
            }
            return change.record(r -> {
                if (what.elect != null) {
                    SpeakerTerm t = to != null ? new SpeakerTerm(group, what.elect, organisation, from, to)
                            : SpeakerTerm.fullTerm(netzwerk().settings().profile(), group, what.elect, organisation, from);
                    return new NetworkChange.ElectSpeaker(t, succeeds, change.day(), change.by, change.note);
                }
                return new NetworkChange.EndTerm(group, what.end, lastDay, change.day(), change.by, change.note);
            });
        }
    }

    @Command(name = "guest", mixinStandardHelpOptions = true,
            description = "Gäste einer Sitzung (§ 1 Abs. 5): Anmeldung bei der Netzwerkkoordination (--register) oder "
                    + "Zustimmung einer Sprecher*in (--approve).")
    static final class Guest implements Callable<Integer> {
        @Mixin Change change = new Change();
        @Option(names = "--meeting", required = true, paramLabel = "ID", description = "Die id der Sitzung, wie in MEETING.json (Pflicht).") String meeting;
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Der Name des Gastes (Pflicht).") String name;
        @ArgGroup(exclusive = true, multiplicity = "1") What what;
        @Option(names = "--organisation", paramLabel = "NAME", description = "Mit --register: die Organisation des Gastes.") String organisation;
        @Option(names = "--contribution", paramLabel = "TEXT", description = "Mit --register: der Beitrag zur Tagesordnung.") String contribution;

        static final class What {
            @Option(names = "--register", description = "Trägt die Anmeldung des Gastes ein.") boolean register;
            @Option(names = "--approve", paramLabel = "SPRECHER*IN", description = "Trägt die Zustimmung dieser Sprecher*in ein.") String approve;
        }

        @Override
        public Integer call() {
            return change.record(r -> what.approve != null
                    ? new NetworkChange.ApproveGuest(meeting, name, what.approve, change.day(), change.note)
                    : new NetworkChange.RegisterGuest(new GuestNotice(meeting, name, organisation, contribution),
                            change.day(), change.by, change.note));
        }
    }

    @Command(name = "found-group", mixinStandardHelpOptions = true,
            description = "Gründet eine weitere thematische AG (§ 4 Abs. 2: mindestens fünf Organisationen erklären "
                    + "ihre Bereitschaft).")
    static final class FoundGroup implements Callable<Integer> {
        @Mixin Change change = new Change();
        @Option(names = "--id", required = true, paramLabel = "ID", description = "Die neue id, Kleinbuchstaben, z. B. health (Pflicht).") String id;
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Der Name ohne „AG“, z. B. Gesundheit (Pflicht).") String name;
        @Option(names = "--founder", required = true, paramLabel = "ORGANISATION",
                description = "Eine Organisation, die ihre Bereitschaft erklärt hat; einmal je Organisation (Pflicht).") List<String> founders;

        @Override
        public Integer call() {
            return change.record(r -> new NetworkChange.FoundGroup(new WorkingGroupFounding(id, name, founders),
                    change.day(), change.by, change.note));
        }
    }
}
