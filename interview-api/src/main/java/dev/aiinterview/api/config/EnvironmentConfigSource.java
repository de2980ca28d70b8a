package dev.aiinterview.api.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Environment variables: a key's derived name ({@code INTERVIEW_LLM_PROVIDER}), then the conventional name a
 * provider declared for it ({@code GEMINI_API_KEY}): given with {@link #withAliases}, or, for the process
 * environment, declared by a provider on the class path ({@link DeclaredAliases}).
 */
final class EnvironmentConfigSource implements ConfigSource {

    private final Map<String, String> env;
    private final Map<String, String> aliases;
    private final boolean classPathAliases;

    /**
     * @param classPathAliases whether the aliases of the providers on the class path apply too: for the process
     *                         environment, not for a map a test or host passes
     */
    EnvironmentConfigSource(Map<String, String> env, Map<String, String> aliases, boolean classPathAliases) {
        this.env = env;
        this.aliases = aliases;
        this.classPathAliases = classPathAliases;
    }

    @Override
    public Optional<String> get(String key) {
        Optional<String> direct = nonBlank(env.get(ConfigSource.environmentName(key)));
        if (direct.isPresent()) {
            return direct;
        }
        return environmentAlias(key).flatMap(alias -> nonBlank(env.get(alias)));
    }

    @Override
    public ConfigSource withAliases(Map<String, String> more) {
        return more.isEmpty() ? this : new EnvironmentConfigSource(env, merge(aliases, more), classPathAliases);
    }

    @Override
    public Optional<String> environmentAlias(String key) {
        String alias = aliases.get(key);
        if (alias == null && classPathAliases) {
            alias = DeclaredAliases.onClassPath().get(key);
        }
        return Optional.ofNullable(alias);
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
