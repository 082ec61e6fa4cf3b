package de.magdeburg.integration.netzwerk.forms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the seed corpus of {@link DeclarationFormFuzzTest} (committed; rerun only to change it):
 * {@code java -cp <test classpath> de.magdeburg.integration.netzwerk.forms.FuzzSeeds forms/src/test/resources}.
 */
final class FuzzSeeds {
    private FuzzSeeds() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0], "de/magdeburg/integration/netzwerk/forms/DeclarationFormFuzzTestInputs",
                "readGivesAReadingOrAFormReadException");
        Files.createDirectories(dir);
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put("ours-prefilled.pdf", Samples.FORM.prefilled(Samples.complete()).bytes());
        seeds.put("other-producer.pdf", HostileInputs.otherProducer());
        seeds.put("bomb-in-field-value.pdf", HostileInputs.bombInFieldValue());
        seeds.put("nested-arrays.pdf", HostileInputs.nestedArrays(2_000));
        seeds.put("nested-dictionaries.pdf", HostileInputs.nestedDictionaries(2_000));
        seeds.put("field-tree-cycles.pdf", HostileInputs.fieldTreeCycles());
        seeds.put("many-fields.pdf", HostileInputs.manyFields(200));
        seeds.put("control-characters.pdf", HostileInputs.controlCharactersInNames());
        seeds.put("javascript-launch.pdf", HostileInputs.javaScriptAndLaunch());
        seeds.put("xfa.pdf", HostileInputs.xfaForm());
        seeds.put("xfa-only.pdf", HostileInputs.xfaOnly());
        seeds.put("pages-60.pdf", HostileInputs.pages(60));
        seeds.put("truncated-50.pdf", HostileInputs.truncated(HostileInputs.otherProducer(), 50));
        seeds.put("png.pdf", HostileInputs.png());
        seeds.put("zip.pdf", HostileInputs.zip());
        seeds.put("empty.pdf", new byte[0]);
        seeds.putAll(HostileStructures.seeds(HostileStructures.declaration()));
        for (var seed : seeds.entrySet()) {
            Files.write(dir.resolve(seed.getKey()), seed.getValue());
        }
    }
}
