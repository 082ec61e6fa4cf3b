package de.magdeburg.integration.netzwerk.cli;

import static de.magdeburg.integration.netzwerk.cli.NetzwerkCli.OK;

import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.core.Finding;
import de.magdeburg.integration.netzwerk.core.JsonCodec;
import de.magdeburg.integration.netzwerk.core.Output;
import de.magdeburg.integration.netzwerk.core.Register;
import de.magdeburg.integration.netzwerk.forms.DeclarationReading;
import de.magdeburg.integration.netzwerk.forms.Input;
import de.magdeburg.integration.netzwerk.samples.DemoData;
import de.magdeburg.integration.netzwerk.templates.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code netzwerk demo}: every document the library makes, from the embedded fictional network. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Erzeugt alle Dokumente aus eingebetteten Beispieldaten (fiktives Netzwerk mit 32 Organisationen).")
final class DemoCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Zielordner (Standard: ./demo-output).")
    Path dir = Path.of("demo-output");

    private final List<String[]> written = new ArrayList<>();

    @Override
    public Integer call() {
        // a fixed clock: the demo's documents are the same on every run and machine
        Clock clock = Clock.fixed(DemoData.TODAY.atTime(9, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant(),
                ZoneId.of("Europe/Berlin"));
        Netzwerk nw = Netzwerk.builder().clock(clock).build();
        // the demo's own folder, made when missing (other commands write only into existing folders)
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Register register = DemoData.register();

        pdf("erklaerung-leer.pdf", "Erklärung, leer (ausfüllbar)", nw.blankDeclaration());
        Declaration change = DemoData.changeDeclaration();
        Output prefilled = nw.prefilledDeclaration(change);
        pdf("erklaerung-aenderung.pdf", "Erklärung, vorausgefüllt (Änderung)", prefilled);
        DeclarationReading reading = nw.readDeclaration(Input.of(prefilled.bytes()));
        text("erklaerung-aenderung-gelesen.json", "Erklärung, zurückgelesen", JsonCodec.readingToJson(reading.declaration(), reading.findings()));
        var applied = nw.apply(register, reading.declaration(), DemoData.TODAY);
        text("register.json", "Übersicht (Register) mit Historie", json(out -> JsonCodec.REGISTER.write(applied.register(), out)));
        register = applied.register();
        Register r = register;

        pdf("anwesenheitsliste-ag-sprache.pdf", "Anwesenheitsliste AG Sprache",
                nw.generate(new Document.AttendanceSheet(DemoData.languageMeeting(), r)));
        pdf("protokoll-entwurf.pdf", "Protokoll (Entwurf)", nw.generate(Document.MinutesDocument.of(DemoData.minutesDraft(), r)));
        pdf("protokoll-genehmigt.pdf", "Protokoll (genehmigt)",
                nw.generate(Document.MinutesDocument.of(DemoData.minutesApproved(), r)));
        pdf("arbeitsplan-ag-sprache-2027.pdf", "Jahresarbeitsplan AG Sprache 2027",
                nw.generate(new Document.WorkPlanDocument(DemoData.languagePlan2027())));
        Output networkPlan = nw.generate(new Document.WorkPlanDocument(DemoData.networkPlan2027()));
        pdf("arbeitsplan-netzwerk-2027.pdf", "Jahresarbeitsplan Netzwerk 2027 (mit Regelverstößen)", networkPlan);
        List<Finding> networkFindings = networkPlan.findings();
        text("arbeitsplan-netzwerk-2027-befunde.json", "Befunde zum Netzwerk-Arbeitsplan", JsonCodec.FINDINGS.toJson(networkFindings));
        pdf("einladung-ag-sprache.pdf", "Einladung mit Tagesordnung AG Sprache",
                nw.generate(new Document.Invitation(DemoData.languageMeeting(), r, true)));
        pdf("einladung-ag-sprache.ics", "Termin (iCalendar)", nw.generate(new Document.InvitationCalendar(DemoData.languageMeeting())));
        pdf("uebersicht-netzwerkpartner.pdf", "Übersicht der Netzwerkpartner*innen", nw.generate(new Document.PartnerOverview(r)));
        text("portal.json", "Portal-Liste (JSON)", JsonCodec.PORTAL_LISTING.toJson(r.portalListing()));
        pdf("portal.html", "Portal-Liste (HTML-Fragment)", nw.generate(new Document.PortalListing(r)));
        pdf("verteiler.csv", "Verteiler (alle AGs)", nw.generate(Document.MailingList.wholeNetwork(r)));
        pdf("verteiler-sprache.csv", "Verteiler AG Sprache", nw.generate(Document.MailingList.ofGroup(r, "language")));
        text("inaktiv-go-1-4.json", "GO-1.4: Kandidat*innen für die Löschung", JsonCodec.PARTNERS.toJson(
                r.inactiveCandidates(nw.settings().profile(), DemoData.attendance(), DemoData.TODAY)));

        var sb = new StringBuilder();
        sb.append(String.format("%-44s %9s  %s%n", "Datei", "Bytes", "Inhalt"));
        for (String[] w : written) {
            sb.append(String.format("%-44s %9s  %s%n", w[0], w[1], w[2]));
        }
        sb.append("Netzwerk-Arbeitsplan 2027: ").append(networkFindings.stream().filter(Finding::isError).count())
                .append(" Regelverstöße (siehe arbeitsplan-netzwerk-2027-befunde.json)\n");
        NetzwerkCli.stdout(sb.toString());
        return OK;
    }

    private void pdf(String name, String what, Output content) {
        save(name, what, content.bytes());
    }

    private void text(String name, String what, String content) {
        save(name, what, content.getBytes(StandardCharsets.UTF_8));
    }

    private void save(String name, String what, byte[] content) {
        System.err.println("demo: " + what + " → " + dir.resolve(name));
        NetzwerkCli.writeAtomically(dir.resolve(name), content);
        written.add(new String[] {name, String.valueOf(content.length), what});
    }

    private static String json(java.util.function.Consumer<java.io.OutputStream> w) {
        var out = new ByteArrayOutputStream();
        w.accept(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
