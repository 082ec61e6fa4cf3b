package de.magdeburg.integration.netzwerk.spring;

import de.magdeburg.integration.netzwerk.forms.ReadLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code netzwerk.*} properties of a city application, e.g. in {@code application.properties}:
 * <pre>
 * netzwerk.profile=/etc/netzwerk/stendal-2027.json
 * netzwerk.time-zone=Europe/Berlin
 * netzwerk.read-limits.max-bytes=20MB
 * </pre>
 * Immutable. An IDE completes and documents these properties from the starter's
 * {@code META-INF/spring-configuration-metadata.json}.
 *
 * @param profile the rules profile file; null for the Magdeburg 2016 rules
 * @param timeZone the zone of the documents' dates and of "today"; null for the profile's
 *     {@linkplain de.magdeburg.integration.netzwerk.core.RulesProfile#timeZone() time zone}, so a
 *     city's profile needs no second setting
 * @param readLimits the limits for reading untrusted PDFs; defaults as {@link ReadLimits#defaults()}
 */
@ConfigurationProperties("netzwerk")
public record NetzwerkProperties(Path profile, ZoneId timeZone, @DefaultValue Limits readLimits) {

    /**
     * The limits for reading declaration forms and attendance sheets from outside.
     *
     * @param maxBytes the largest file; default 20 MB
     * @param maxPages the most pages; default 50
     * @param maxParseTime the longest time to parse one form; default 5 s
     */
    // an annotation takes only literals: NetzwerkAutoConfigurationTest keeps these equal to ReadLimits.defaults()
    public record Limits(@DefaultValue("20MB") DataSize maxBytes, @DefaultValue("50") int maxPages,
            @DefaultValue("5s") Duration maxParseTime) {

        /** @return these limits as the library's value; validated there */
        public ReadLimits toReadLimits() {
            return new ReadLimits(maxBytes.toBytes(), maxPages, maxParseTime);
        }
    }
}
