package de.magdeburg.integration.netzwerk.cli;

import de.magdeburg.integration.netzwerk.core.Guest;
import de.magdeburg.integration.netzwerk.core.Partner;
import de.magdeburg.integration.netzwerk.core.Representative;
import de.magdeburg.integration.netzwerk.core.SpeakerTerm;
import de.magdeburg.integration.netzwerk.samples.DemoData;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The words of the demo's data that a document must print whole: every word of a person's name,
 * an organisation, a street or a town of the register, of the speakers and guests, and every
 * e-mail address.
 */
final class RegisterWords {
    private RegisterWords() {
    }

    static Set<String> all() {
        Set<String> words = new TreeSet<>();
        for (Partner p : DemoData.register().partners()) {
            add(words, p.organisation().name(), p.organisation().street(), p.organisation().city());
            for (Representative r : p.representatives()) {
                add(words, r.firstName(), r.lastName());
                words.add(r.email());
            }
        }
        for (SpeakerTerm t : DemoData.speakerTerms()) {
            add(words, t.name(), t.organisation());
        }
        for (Guest g : DemoData.languageMeeting().guests()) {
            add(words, g.name(), g.organisation());
        }
        add(words, DemoData.languageMeeting().place());
        words.removeIf(w -> w.codePointCount(0, w.length()) < 3);
        return words;
    }

    private static void add(Set<String> words, String... values) {
        Stream.of(values).flatMap(v -> Stream.of(v.split("[\\s,()]+"))).forEach(words::add);
    }
}
