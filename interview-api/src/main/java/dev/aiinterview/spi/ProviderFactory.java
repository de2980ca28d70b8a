package dev.aiinterview.spi;

import dev.aiinterview.api.config.ConfigSource;

/**
 * Creates providers of one kind. Implementations need a public no-argument constructor that does nothing
 * heavy: discovery instantiates every factory on the classpath. Clients, models and connections are made in
 * {@link #create(ConfigSource)}.
 *
 * @param <P> the provider type
 */
public interface ProviderFactory<P> {

    /** A unique, stable, lower-case id such as {@code gemini}; used in configuration. */
    String id();

    /** One line saying what this provider is, for listings and error messages. */
    default String description() {
        return id();
    }

    /**
     * Creates a provider from configuration. A missing or invalid setting is a
     * {@link dev.aiinterview.api.error.ConfigurationException} naming the key.
     */
    P create(ConfigSource config);
}
