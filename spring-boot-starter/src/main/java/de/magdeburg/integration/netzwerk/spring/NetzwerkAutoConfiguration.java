package de.magdeburg.integration.netzwerk.spring;

import de.magdeburg.integration.netzwerk.Netzwerk;
import de.magdeburg.integration.netzwerk.core.RulesProfile;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configures one {@link Netzwerk} from {@link NetzwerkProperties}; backs off when the
 * application defines its own {@code Netzwerk} bean.
 */
@AutoConfiguration
@EnableConfigurationProperties(NetzwerkProperties.class)
public class NetzwerkAutoConfiguration {

    /** Creates the auto-configuration; Spring calls it. */
    public NetzwerkAutoConfiguration() {
    }

    /**
     * The application's {@code Netzwerk}: immutable and thread-safe, shared by every request. Its
     * clock is the system clock in {@code netzwerk.time-zone} if set, else in the profile's time zone.
     *
     * @param properties the {@code netzwerk.*} properties
     * @return the configured facade
     */
    @Bean
    @ConditionalOnMissingBean
    public Netzwerk netzwerk(NetzwerkProperties properties) {
        Netzwerk.Builder builder = Netzwerk.builder().limits(properties.readLimits().toReadLimits());
        if (properties.profile() != null) {
            builder.profile(RulesProfile.read(properties.profile()));
        }
        // without netzwerk.time-zone the facade keeps its default, the system clock in the profile's zone
        if (properties.timeZone() != null) {
            builder.clock(Clock.system(properties.timeZone()));
        }
        return builder.build();
    }
}
