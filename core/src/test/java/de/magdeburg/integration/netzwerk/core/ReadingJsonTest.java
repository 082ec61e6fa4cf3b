package de.magdeburg.integration.netzwerk.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingJsonTest {

    @Test
    void readingJsonHasTheDeclarationAndFindingsOfTheFormContract() throws Exception {
        Declaration d = Declaration.of(RequestType.DELETION, new Organisation("Verein X", "", "", ""));
        Finding f = new Finding(Severity.ERROR, "GO-1.2", "signatory_name", "Name fehlt.", "Name missing.");

        var tree = new ObjectMapper().readTree(JsonCodec.readingToJson(d, List.of(f)));

        assertThat(tree.path("declaration").path("request").asText()).isEqualTo("DELETION");
        assertThat(tree.path("declaration").path("organisation").path("name").asText()).isEqualTo("Verein X");
        var finding = tree.path("findings").get(0);
        assertThat(finding.path("severity").asText()).isEqualTo("ERROR");
        assertThat(finding.path("rule").asText()).isEqualTo("GO-1.2");
        assertThat(finding.path("field").asText()).isEqualTo("signatory_name");
        assertThat(finding.path("message").asText()).isEqualTo("Name fehlt.");
        // the declaration part reads back as what `form fill` takes
        assertThat(JsonCodec.DECLARATION.read(tree.path("declaration").toString().getBytes("UTF-8"))).isEqualTo(d);
    }

    @Test
    void partnersJsonListsEveryPartner() {
        Register r = Register.empty().apply(Fixtures.entry("Verein Y"), Fixtures.DAY).register();
        assertThat(JsonCodec.PARTNERS.toJson(r.activePartners())).contains("\"name\" : \"Verein Y\"");
    }
}
