package dev.aiinterview.api.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Environment variables: a key's derived name ({@code INTERVIEW_LLM_PROVIDER}), then the conventional name a
 * provider declared for it ({@code GEMINI_API_KEY}).
 */
final class EnvironmentConfigSource implements ConfigSource {

    private final Map<String, String> env;
    private final Map<String, String> aliases;

    EnvironmentConfigSource(Map<String, String> env, Map<String, String> aliases) {
        this.env = env;
        this.aliases = aliases;
    }

    @Override
    public Optional<String> get(String key) {
        Optional<String> direct = nonBlank(env.get(ConfigSource.environmentName(key)));
        if (direct.isPresent()) {
            return direct;
        }
        String alias = aliases.get(key);
        return alias == null ? Optional.empty() : nonBlank(env.get(alias));
    }

    @Override
    public ConfigSource withAliases(Map<String, String> more) {
        return more.isEmpty() ? this : new EnvironmentConfigSource(env, merge(aliases, more));
    }

    @Override
    public Optional<String> environmentAlias(String key) {
        return Optional.ofNullable(aliases.get(key));
    }

    /** The aliases known so far, then new ones; a key keeps its first alias. */
    static Map<String, String> merge(Map<String, String> known, Map<String, String> more) {
        var merged = new HashMap<>(known);
        more.forEach(merged::putIfAbsent);
        return Map.copyOf(merged);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
