package dev.aiinterview.core.registry;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.api.error.ProviderSelectionException;
import dev.aiinterview.spi.ProviderFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The providers of one kind that are available, and the rule that picks one: an explicit id wins; else the id
 * configured under the kind's key; else the single provider present. None, several without a choice, or an
 * unknown id is a {@link ProviderSelectionException} that lists the ids found and names the setting or Maven
 * artifact that fixes it. Duplicate ids are an error too: the registry never "picks the first".
 *
 * <p>Candidates are passed in, so the rule is testable without static state; {@link ServiceLoaderProviders}
 * finds them on the classpath. What a message says about a provider comes from its factory (its artifact, its
 * environment variables); only for a provider that is absent does the registry fall back to the table of the
 * SDK's own modules in {@link KnownProviders}.
 *
 * @param <F> the factory type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ProviderRegistry<F extends ProviderFactory<?>> {

    private final ProviderKind kind;
    private final Map<String, F> factories;

    public ProviderRegistry(ProviderKind kind, List<? extends F> candidates) {
        this.kind = kind;
        var byId = new LinkedHashMap<String, F>();
        for (F f : candidates) {
            F previous = byId.putIfAbsent(f.id(), f);
            if (previous != null && previous.getClass() != f.getClass()) {
                throw new ProviderSelectionException("Two " + kind.label() + " providers have the id '" + f.id()
                        + "': " + previous.getClass().getName() + " and " + f.getClass().getName()
                        + ". Remove one of the two jars from the classpath.", List.copyOf(byId.keySet()));
            }
        }
        this.factories = byId;
    }

    /** Providers of this kind found on the classpath through {@link java.util.ServiceLoader}. */
    public static <F extends ProviderFactory<?>> ProviderRegistry<F> fromClasspath(ProviderKind kind, Class<F> type) {
        return new ProviderRegistry<>(kind, ServiceLoaderProviders.load(type));
    }

    /** The ids available, in discovery order. */
    public List<String> ids() {
        return List.copyOf(factories.keySet());
    }

    /** The factory with this id. */
    public Optional<F> find(String id) {
        return Optional.ofNullable(factories.get(id));
    }

    /**
     * The Maven artifact that brings a provider of this kind: what its factory declares when it is present, else
     * the SDK's own module for a known id, else empty.
     */
    public Optional<String> artifact(String id) {
        F present = factories.get(id);
        Optional<String> declared = present == null ? Optional.empty() : present.artifact();
        return declared.isPresent() ? declared : KnownProviders.artifact(kind, id);
    }

    /** The factory with this id, or an error that lists what is available and how to add it. */
    public F require(String id) {
        F f = factories.get(id);
        if (f == null) {
            throw new ProviderSelectionException(unknown(id, "'" + id + "' was requested"), ids());
        }
        return f;
    }

    /**
     * The factory chosen by configuration: {@link ProviderKind#configKey()} if set, else the only one present.
     */
    public F select(ConfigSource config) {
        Optional<String> configured = config.get(kind.configKey());
        if (configured.isPresent()) {
            F f = factories.get(configured.get());
            if (f == null) {
                throw new ProviderSelectionException(unknown(configured.get(), "Setting " + kind.configKey() + " is '"
                        + configured.get() + "'"), ids());
            }
            return f;
        }
        if (factories.size() == 1) {
            return factories.values().iterator().next();
        }
        if (factories.isEmpty()) {
            throw new ProviderSelectionException("No " + kind.label() + " provider is on the classpath. Add one as a "
                    + "Maven dependency, for example " + KnownProviders.suggestion(kind) + ".", List.of());
        }
        throw new ProviderSelectionException("Several " + kind.label() + " providers are on the classpath: " + ids()
                + ". Choose one with " + kind.configKey() + " (environment variable "
                + ConfigSource.environmentName(kind.configKey()) + "), for example " + kind.configKey() + "="
                + ids().get(0) + ".", ids());
    }

    /**
     * Creates a provider with the given factory, turning a crash in its setup into a clear error. The factory's
     * {@link ProviderFactory#environmentAliases()} are applied to {@code config} first, so a provider reads its
     * conventional variables even if it forgets to apply them itself.
     */
    public <P> P create(ProviderFactory<P> factory, ConfigSource config) {
        try {
            return factory.create(config.withAliases(factory.environmentAliases()));
        } catch (InterviewException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw new ConfigurationException("The " + kind.label() + " provider '" + factory.id()
                    + "' could not be created: " + e, e);
        }
    }

    private String unknown(String id, String prefix) {
        var message = new StringBuilder(prefix).append(" but no ").append(kind.label())
                .append(" provider has that id. Available: ").append(ids().isEmpty() ? "none" : ids()).append('.');
        Optional<String> artifact = artifact(id);
        if (artifact.isPresent()) {
            message.append(" Add the Maven dependency ").append(artifact.get()).append(" to use '").append(id)
                    .append("'.");
        } else {
            List<String> known = new ArrayList<>(ids());
            KnownProviders.artifacts(kind).keySet().stream().sorted().filter(k -> !known.contains(k))
                    .forEach(known::add);
            message.append(" Known ids: ").append(known).append('.');
        }
        return message.toString();
    }
}
