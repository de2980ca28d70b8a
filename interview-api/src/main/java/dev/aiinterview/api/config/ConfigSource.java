package dev.aiinterview.api.config;

import dev.aiinterview.api.error.ConfigurationException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where settings come from. Keys are dotted lower-case names such as {@code interview.llm.provider}; see
 * {@link ConfigKeys}. A blank value counts as absent.
 *
 * <p>{@link #defaults()} reads system properties first, then environment variables, where a key maps to its
 * upper-case form with dots and dashes as underscores ({@code interview.llm.provider} ->
 * {@code INTERVIEW_LLM_PROVIDER}).
 *
 * <p>Conventional names such as {@code GEMINI_API_KEY} belong to the provider that reads them: each declares its
 * own ({@link dev.aiinterview.spi.ProviderFactory#environmentAliases()}) and applies them with
 * {@link #withAliases(Map)}, so a source built before any provider is found still resolves them for that provider.
 * The process environment ({@link #environment()}) also knows the aliases of every provider on the class path, so
 * a host's own source written over it resolves them too. The environment sources answer an alias after the derived
 * name; other sources only name it in messages.
 */
@FunctionalInterface
public interface ConfigSource {

    /** The value of a key, if set and not blank. */
    Optional<String> get(String key);

    /** The value, or a default. */
    default String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    /** The value, or a {@link ConfigurationException} that says how to set it. */
    default String require(String key) {
        return get(key).orElseThrow(() -> new ConfigurationException(
                "Missing setting '" + key + "': set the system property -D" + key + "=... or the environment "
                        + "variable " + environmentHint(key)));
    }

    /** An integer value, or a default; a value that is not an integer is an error naming the key. */
    default int getInt(String key, int defaultValue) {
        return get(key).map(v -> {
            try {
                return Integer.parseInt(v.trim());
            } catch (NumberFormatException e) {
                throw invalid(key, v, "a whole number");
            }
        }).orElse(defaultValue);
    }

    /** A decimal value, or a default. */
    default double getDouble(String key, double defaultValue) {
        return get(key).map(v -> {
            try {
                return Double.parseDouble(v.trim());
            } catch (NumberFormatException e) {
                throw invalid(key, v, "a number such as 0.7");
            }
        }).orElse(defaultValue);
    }

    /** {@code true}/{@code false} (also yes/no, on/off), or a default. */
    default boolean getBoolean(String key, boolean defaultValue) {
        return get(key).map(v -> switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw invalid(key, v, "true or false");
        }).orElse(defaultValue);
    }

    /**
     * A duration such as {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h} or ISO-8601 {@code PT30S}; a bare
     * number is milliseconds.
     */
    default Duration getDuration(String key, Duration defaultValue) {
        return get(key).map(v -> parseDuration(key, v.trim())).orElse(defaultValue);
    }

    /** This source, then another for the keys this one lacks. */
    default ConfigSource orElse(ConfigSource fallback) {
        return new LayeredConfigSource(this, fallback);
    }

    /**
     * This source, also reading conventional environment variables: {@code aliases} maps a key to one, such as
     * {@code interview.gemini.api-key} -> {@code GEMINI_API_KEY}. Within the environment an alias is read after the
     * key's derived name, so a layered source keeps its order; sources that are not the environment ignore the
     * alias for reading and name it in messages ({@link #require(String)}, invalid values). A key already given an
     * alias keeps its first one. A source written as a lambda over another hides that one's layers; the process
     * environment still answers the aliases of the providers on the class path.
     */
    default ConfigSource withAliases(Map<String, String> aliases) {
        return aliases.isEmpty() ? this : new AliasedConfigSource(this, aliases);
    }

    /** The conventional environment variable this source knows for a key, if any; used in messages. */
    default Optional<String> environmentAlias(String key) {
        return Optional.empty();
    }

    /** Settings held in a map, such as those a host application passes in code. */
    static ConfigSource of(Map<String, String> values) {
        var copy = Map.copyOf(values);
        return key -> nonBlank(copy.get(key));
    }

    /** No settings at all. */
    static ConfigSource empty() {
        return key -> Optional.empty();
    }

    /** JVM system properties. */
    static ConfigSource systemProperties() {
        return key -> nonBlank(System.getProperty(key));
    }

    /**
     * The process environment, also answering the conventional names that the providers on the class path declare
     * ({@code GEMINI_API_KEY}), wherever this source is read, even inside a host's own source.
     */
    static ConfigSource environment() {
        return new EnvironmentConfigSource(System.getenv(), Map.of(), true);
    }

    /**
     * Environment variables from a map, for tests and embedding; only the aliases given with
     * {@link #withAliases(Map)} apply.
     */
    static ConfigSource environment(Map<String, String> env) {
        return new EnvironmentConfigSource(new HashMap<>(env), Map.of(), false);
    }

    /** System properties, then the environment. */
    static ConfigSource defaults() {
        return systemProperties().orElse(environment());
    }

    /** The environment variable for a key: {@code interview.llm.provider} -> {@code INTERVIEW_LLM_PROVIDER}. */
    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The environment variable(s) that set a key, conventional name first. */
    private String environmentHint(String key) {
        return environmentAlias(key).map(alias -> alias + " (or " + environmentName(key) + ")")
                .orElseGet(() -> environmentName(key));
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private ConfigurationException invalid(String key, String value, String expected) {
        return new ConfigurationException("Setting '" + key + "' is '" + value + "' but must be " + expected
                + " (system property -D" + key + " or environment variable " + environmentHint(key) + ")");
    }

    private Duration parseDuration(String key, String v) {
        try {
            String lower = v.toLowerCase(Locale.ROOT);
            if (lower.startsWith("pt") || lower.startsWith("p")) {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            if (lower.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2).trim()));
            }
            char unit = lower.charAt(lower.length() - 1);
            if (Character.isDigit(unit)) {
                return Duration.ofMillis(Long.parseLong(lower));
            }
            long amount = Long.parseLong(lower.substring(0, lower.length() - 1).trim());
            return switch (unit) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> throw new NumberFormatException(v);
            };
        } catch (RuntimeException e) {
            throw invalid(key, v, "a duration such as 30s, 500ms or 2m");
        }
    }
}
