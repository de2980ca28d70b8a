package dev.aiinterview.spi;

import dev.aiinterview.api.config.ConfigSource;
import java.util.Map;
import java.util.Optional;

/**
 * Creates providers of one kind. Implementations need a public no-argument constructor that does nothing
 * heavy: discovery instantiates every factory on the classpath. Clients, models and connections are made in
 * {@link #create(ConfigSource)}.
 *
 * <p>A provider declares its own configuration, so that the SDK's core names no provider: the conventional
 * environment variables it reads ({@link #environmentAliases()}), whether a configuration holds what it needs
 * ({@link #isConfigured(ConfigSource)}, with {@link #setupHint()} saying how to get there) and the Maven artifact
 * that brings it ({@link #artifact()}). Every one has a default, for providers that need nothing.
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
     * {@link dev.aiinterview.api.error.ConfigurationException} naming the key. Implementations that declare
     * {@link #environmentAliases()} apply them to {@code config} first ({@link ConfigSource#withAliases}), so that
     * a source made before discovery, such as {@link ConfigSource#defaults()}, resolves them.
     */
    P create(ConfigSource config);

    /**
     * The conventional environment variables this provider reads besides the derived names, by key: for example
     * {@code interview.gemini.api-key} -> {@code GEMINI_API_KEY}. Keys are the provider's own
     * ({@code interview.<id>.*}). Default: none.
     */
    default Map<String, String> environmentAliases() {
        return Map.of();
    }

    /**
     * Whether {@code config} holds what this provider needs to start, such as a key or a model folder, judged from
     * the settings alone: no network, no model loading, no exception for a missing setting. Hosts use it to choose
     * a default engine; {@link #create(ConfigSource)} stays the judge of whether the settings are valid.
     * Implementations apply their {@link #environmentAliases()} as in {@code create}. Default: {@code true}, for
     * providers that need no settings.
     */
    default boolean isConfigured(ConfigSource config) {
        return true;
    }

    /**
     * What to set so that {@link #isConfigured(ConfigSource)} holds, as a short phrase for messages, such as
     * {@code "set GEMINI_API_KEY"}. Never contains a secret. Default: empty, for providers that need nothing.
     */
    default String setupHint() {
        return "";
    }

    /**
     * The Maven coordinates ({@code groupId:artifactId}) of the artifact that brings this provider, for messages
     * that tell a user which dependency to add or keep. Default: empty (unknown).
     */
    default Optional<String> artifact() {
        return Optional.empty();
    }
}
