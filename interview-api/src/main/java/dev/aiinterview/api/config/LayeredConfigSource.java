package dev.aiinterview.api.config;

import java.util.Map;
import java.util.Optional;

/** One source over another ({@link ConfigSource#orElse}); aliases are handed to both, so each layer keeps its place. */
final class LayeredConfigSource implements ConfigSource {

    private final ConfigSource first;
    private final ConfigSource fallback;

    LayeredConfigSource(ConfigSource first, ConfigSource fallback) {
        this.first = first;
        this.fallback = fallback;
    }

    @Override
    public Optional<String> get(String key) {
        Optional<String> value = first.get(key);
        return value.isPresent() ? value : fallback.get(key);
    }

    @Override
    public ConfigSource withAliases(Map<String, String> aliases) {
        return aliases.isEmpty() ? this
                : new LayeredConfigSource(first.withAliases(aliases), fallback.withAliases(aliases));
    }

    @Override
    public Optional<String> environmentAlias(String key) {
        return first.environmentAlias(key).or(() -> fallback.environmentAlias(key));
    }
}
