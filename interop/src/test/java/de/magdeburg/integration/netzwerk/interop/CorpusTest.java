package de.magdeburg.integration.netzwerk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import de.magdeburg.integration.netzwerk.core.RequestType;
import java.nio.file.Files;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CorpusTest {

    @Test
    void coversEveryRequestTypeAndEveryGroupCombinationWithAndWithoutCrossGroupMeetings() {
        assertThat(Corpus.all()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(Corpus.all().stream().map(Corpus.Entry::id).distinct()).hasSize(Corpus.all().size());
        for (RequestType r : RequestType.values()) {
            var combos = Corpus.all().stream().map(Corpus.Entry::declaration)
                    .filter(d -> d.request() == r)
                    .map(d -> d.workingGroups() + "/" + d.crossGroupMeetings())
                    .collect(Collectors.toSet());
            assertThat(combos).as(r.name()).hasSize(16);
        }
    }

    @Test
    void containsTheUnicodeNamesOfTheDesign() {
        String all = Corpus.all().stream().map(e -> FieldValues.of(e.declaration()).texts().values().toString())
                .collect(Collectors.joining());
        assertThat(all).contains("Şükrü", "Yılmaz", "Олена", "Шевченко", "Nguyễn", "Văn An", "Łukasz", "Żółć",
                "محمد");
    }

    @Test
    void ourOwnPrefilledFormReadsBackEqual() throws Exception {
        Files.write(Forms.workDir("").resolve("blank.pdf"), Forms.blank());
        for (Corpus.Entry e : Corpus.all()) {
            byte[] pdf = Forms.form().prefilled(e.declaration());
            Files.write(Forms.workDir("prefilled").resolve(e.id() + ".pdf"), pdf);
            assertThat(Forms.form().read(pdf)).as(e.id()).isEqualTo(e.declaration());
        }
    }
}
