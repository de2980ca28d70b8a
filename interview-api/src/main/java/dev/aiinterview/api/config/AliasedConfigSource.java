package dev.aiinterview.api.config;

import java.util.Map;
import java.util.Optional;

/**
 * A source that does not read the environment, told the conventional names of its keys so that its messages
 * ({@link ConfigSource#require}) still name them.
 */
final class AliasedConfigSource implements ConfigSource {

    private final ConfigSource delegate;
    private final Map<String, String> aliases;

    AliasedConfigSource(ConfigSource delegate, Map<String, String> aliases) {
        this.delegate = delegate;
        this.aliases = Map.copyOf(aliases);
    }

    @Override
    public Optional<String> get(String key) {
        return delegate.get(key);
    }

    @Override
    public ConfigSource withAliases(Map<String, String> more) {
        return more.isEmpty() ? this
                : new AliasedConfigSource(delegate, EnvironmentConfigSource.merge(aliases, more));
    }

    @Override
    public Optional<String> environmentAlias(String key) {
        return Optional.ofNullable(aliases.get(key)).or(() -> delegate.environmentAlias(key));
    }
}
