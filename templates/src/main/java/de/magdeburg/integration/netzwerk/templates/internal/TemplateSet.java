package de.magdeburg.integration.netzwerk.templates.internal;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled Mustache templates, loaded once from the class path.
 *
 * <p>HTML escaping is on for every {@code {{value}}}; the formatter additionally drops the
 * characters XML forbids (control characters), so user text can never break the XHTML parser.
 * Immutable and thread-safe after construction.
 */
public final class TemplateSet {
    /** Where the templates live on the class path. */
    public static final String BASE = "/de/magdeburg/integration/netzwerk/templates/templates/";

    /** Names of the document templates, without ".mustache". */
    public static final List<String> NAMES = List.of("attendance", "minutes", "workplan", "invitation",
            "overview", "portal");

    private final Map<String, Template> templates = new HashMap<>();

    /**
     * Compiles every template and the partials they use.
     *
     * @throws IllegalStateException if a template is missing or does not compile
     */
    public TemplateSet() {
        Mustache.Compiler compiler = Mustache.compiler()
                .escapeHTML(true)
                .nullValue("")
                .emptyStringIsFalse(true)
                .withFormatter(value -> XmlText.clean(String.valueOf(value)))
                .withLoader(TemplateSet::reader);
        for (String name : NAMES) {
            try (Reader r = reader(name)) {
                Template t = compiler.compile(r);
                templates.put(name, t);
            } catch (IOException | MustacheException e) {
                throw new IllegalStateException("template " + BASE + name + ".mustache: " + e.getMessage(), e);
            }
        }
    }

    private static Reader reader(String name) {
        InputStream in = TemplateSet.class.getResourceAsStream(BASE + name + ".mustache");
        if (in == null) {
            throw new IllegalStateException("template " + BASE + name + ".mustache is missing");
        }
        try {
            // Read fully now: partials are compiled lazily and must not hold a stream open.
            return new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                in.close();
            } catch (IOException ignored) {
                // read completely already
            }
        }
    }

    /**
     * @param name a name from {@link #NAMES}
     * @param model the view model
     * @return the rendered text
     */
    public String render(String name, Map<String, ?> model) {
        Template t = templates.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no template '" + name + "'");
        }
        return t.execute(model);
    }

}
