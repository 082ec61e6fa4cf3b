package de.magdeburg.integration.netzwerk.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the sample ({@code netzwerk.web.*}).
 *
 * @param sampleData whether to fill an empty register with the fictional sample network
 */
@ConfigurationProperties("netzwerk.web")
public record WebProperties(boolean sampleData) {
}
