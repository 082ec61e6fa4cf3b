package de.magdeburg.integration.netzwerk.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Keeps Boot's Mustache auto-configuration off unless the application has Mustache templates of
 * its own under {@code templates/}: the library renders its documents with JMustache, and that jar
 * on the class path alone would otherwise switch on Boot's view resolver and its warning
 * "Cannot find template location: classpath:/templates/".
 */
public final class MustacheAutoConfigurationFilter implements AutoConfigurationImportFilter, BeanClassLoaderAware {
    static final String MUSTACHE_AUTO_CONFIGURATION = "org.springframework.boot.autoconfigure.mustache.MustacheAutoConfiguration";

    private ClassLoader classLoader;

    /** Creates the filter; Spring Boot calls it. */
    public MustacheAutoConfigurationFilter() {
    }

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] match = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < match.length; i++) {
            match[i] = !MUSTACHE_AUTO_CONFIGURATION.equals(autoConfigurationClasses[i]) || applicationHasMustacheTemplates();
        }
        return match;
    }

    private boolean applicationHasMustacheTemplates() {
        try {
            return new PathMatchingResourcePatternResolver(classLoader)
                    .getResources("classpath*:templates/**/*.mustache").length > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for templates/**/*.mustache on the class path", e);
        }
    }
}
