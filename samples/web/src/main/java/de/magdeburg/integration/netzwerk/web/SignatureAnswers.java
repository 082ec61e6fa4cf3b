package de.magdeburg.integration.netzwerk.web;

import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.Declaration;
import de.magdeburg.integration.netzwerk.forms.FormReadException;
import de.magdeburg.integration.netzwerk.forms.Input;
import de.magdeburg.integration.netzwerk.forms.SignatureReading;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The signature answer for the coordinator's page of a received form (issue 25): per signature the
 * library's integrity answer ({@code DeclarationReading.signatures()}: signer, time, revision,
 * changes after signing with the fields and the values as signed) and, when configured,
 * EU DSS's verdict ({@link TrustVerdicts}). The one place this page calls the library.
 */
@Service
class SignatureAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(SignatureAnswers.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss 'Uhr'")
            .withZone(ZoneId.of("Europe/Berlin"));

    private final Netzwerk netzwerk;
    private final ObjectProvider<TrustVerdicts> trust;

    SignatureAnswers(Netzwerk netzwerk, ObjectProvider<TrustVerdicts> trust) {
        this.netzwerk = netzwerk;
        this.trust = trust;
    }

    /**
     * One signature as the page shows it.
     *
     * @param kind „Signatur“ or „Dokumentzeitstempel“
     * @param signer the signer's name from the certificate
     * @param time the signing time (a timestamp's if there is one), or „unbekannt“
     * @param revision which revision of the file it covers
     * @param intact „ja“ when the signature's bytes verify, else the German reason
     * @param changes none / allowed / not allowed, in German
     * @param changedFields the fields changed after signing that the signature does not permit
     * @param asSigned the values as signed (label, value), when there were such changes
     * @param trust EU DSS's verdict, when configured
     */
    record Answer(String kind, String signer, String time, int revision, String intact, String changes,
            List<String> changedFields, List<String[]> asSigned, Optional<TrustVerdicts.TrustVerdict> trust) {
    }

    /** What the page shows: the answers, and whether trust was judged at all. */
    record Answers(List<Answer> signatures, boolean trustJudged) {
    }

    /**
     * @param pdf the received file, already read as a declaration; not null
     * @return the answers, empty when the file carries no signature
     */
    Answers of(byte[] pdf) {
        List<SignatureReading> readings;
        try {
            readings = netzwerk.readDeclaration(Input.of(pdf)).signatures();
        } catch (FormReadException e) {
            return new Answers(List.of(), false);
        }
        TrustVerdicts judge = trust.getIfAvailable();
        List<TrustVerdicts.TrustVerdict> verdicts = List.of();
        if (judge != null && !readings.isEmpty()) {
            try {
                verdicts = judge.judge(pdf);
            } catch (RuntimeException e) {
                // the integrity answer stands without the verdict; the coordinator sees that none came
                LOG.warn("signature validation failed: {}", e.toString());
            }
        }
        List<Answer> out = new ArrayList<>();
        int signature = 0;
        for (SignatureReading r : readings) {
            boolean person = r.kind() == SignatureReading.Kind.SIGNATURE;
            Optional<TrustVerdicts.TrustVerdict> verdict = person && signature < verdicts.size()
                    ? Optional.of(verdicts.get(signature)) : Optional.empty();
            signature += person ? 1 : 0;
            out.add(new Answer(person ? "Signatur" : "Dokumentzeitstempel", r.signer().isEmpty() ? "–" : r.signer(),
                    r.signingTime().map(TIME::format).orElse("unbekannt"), r.revision(),
                    r.intact() ? "ja" : "nein – die signierten Bytes passen nicht zur Signatur",
                    changes(r), r.changedFields(), r.asSigned().map(SignatureAnswers::values).orElse(List.of()),
                    verdict));
        }
        return new Answers(out, judge != null);
    }

    private static String changes(SignatureReading r) {
        return switch (r.changes()) {
            case NONE -> "keine – die Signatur deckt die ganze Datei";
            case ALLOWED -> "nur erlaubte (Prüfdaten, Zeitstempel, weitere Signaturen)";
            case NOT_ALLOWED -> "nicht erlaubte: " + (r.changedFields().isEmpty() ? "" : "Felder "
                    + String.join(", ", r.changedFields())) + (r.changedPages().isEmpty() ? "" : (r.changedFields()
                    .isEmpty() ? "" : "; ") + "Seiten " + r.changedPages());
        };
    }

    /** @return the declaration's main values as signed, for comparison with what the file says now */
    private static List<String[]> values(Declaration d) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"Organisation", d.organisation().name()});
        out.add(new String[] {"Anschrift", d.organisation().street() + ", " + d.organisation().postalCode() + " "
                + d.organisation().city()});
        if (d.representative() != null) {
            out.add(new String[] {"Vertreter*in", d.representative().displayName()});
            out.add(new String[] {"Kontakt", d.representative().email() + " · " + d.representative().phone()});
        }
        out.add(new String[] {"Unterzeichnet", d.place() + ", " + (d.date() == null ? "–" : d.date()) + ", "
                + d.signatoryName()});
        return out;
    }
}
