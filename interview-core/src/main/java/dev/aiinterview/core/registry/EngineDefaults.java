package dev.aiinterview.core.registry;

import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.ProviderFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apiguardian.api.API;

/**
 * The engines an application runs with when its user chose none, for hosts that bundle several providers (the
 * {@code interview} CLI and the web app). An explicit setting ({@code interview.llm.provider},
 * {@code interview.stt.provider}) always wins; otherwise the first id of a preference order whose provider is on
 * the classpath and {@linkplain ProviderFactory#isConfigured configured} is chosen. The standard order makes a key
 * all it takes to use Gemini, and needs nothing for the offline engine:
 * <ul>
 *   <li>LLM: {@code gemini} (an API key or Vertex AI settings), else {@code offline};</li>
 *   <li>speech-to-text: {@code gemini}, else {@code vosk} (a model folder, or downloads allowed).</li>
 * </ul>
 * When nothing in the order qualifies no default is written, and the SDK's own rule applies (the single provider
 * present, or an error listing them). Each provider judges its own settings, so this class reads none of them.
 *
 * <p>The SDK's {@link dev.aiinterview.core.Interviewer} does not use this class: a library never guesses between
 * providers; an application may, and says so.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class EngineDefaults {

    /** The standard LLM order: Gemini when it is configured, else the offline engine. */
    public static final List<String> LLM_ORDER = List.of("gemini", "offline");
    /** The standard speech-to-text order: Gemini when it is configured, else Vosk when a model is. */
    public static final List<String> SPEECH_TO_TEXT_ORDER = List.of("gemini", "vosk");

    private static final Logger LOG = LoggerFactory.getLogger(EngineDefaults.class);

    private final List<String> llmOrder;
    private final List<String> speechToTextOrder;

    private EngineDefaults(List<String> llmOrder, List<String> speechToTextOrder) {
        this.llmOrder = List.copyOf(llmOrder);
        this.speechToTextOrder = List.copyOf(speechToTextOrder);
    }

    /** The standard orders, {@link #LLM_ORDER} and {@link #SPEECH_TO_TEXT_ORDER}. */
    public static EngineDefaults standard() {
        return new EngineDefaults(LLM_ORDER, SPEECH_TO_TEXT_ORDER);
    }

    /** Other orders of provider ids, most preferred first. */
    public static EngineDefaults preferring(List<String> llmOrder, List<String> speechToTextOrder) {
        return new EngineDefaults(llmOrder, speechToTextOrder);
    }

    /** The default LLM among {@code present}, ignoring any explicit setting; empty leaves the choice to the SDK. */
    public Optional<String> llm(ConfigSource config, List<? extends LlmProviderFactory> present) {
        return firstConfigured(llmOrder, config, present);
    }

    /** The default speech-to-text among {@code present}, ignoring any explicit setting; empty when none qualifies. */
    public Optional<String> speechToText(ConfigSource config, List<? extends SpeechToTextProviderFactory> present) {
        return firstConfigured(speechToTextOrder, config, present);
    }

    /**
     * {@code config} with the default LLM and speech-to-text written under it, for each kind it does not set, and
     * with the {@linkplain ProviderFactory#environmentAliases() environment aliases} of every provider given. The
     * ids are not checked here: the SDK's registry fails on an unknown one with a message that lists what exists.
     */
    public ConfigSource apply(ConfigSource config, List<? extends LlmProviderFactory> llms,
                              List<? extends SpeechToTextProviderFactory> speechToText) {
        var defaults = new HashMap<String, String>();
        if (config.get(ConfigKeys.LLM_PROVIDER).isEmpty()) {
            llm(config, llms).ifPresent(id -> defaults.put(ConfigKeys.LLM_PROVIDER, id));
        }
        if (config.get(ConfigKeys.STT_PROVIDER).isEmpty()) {
            speechToText(config, speechToText).ifPresent(id -> defaults.put(ConfigKeys.STT_PROVIDER, id));
        }
        ConfigSource chosen = defaults.isEmpty() ? config : config.orElse(ConfigSource.of(defaults));
        // Providers apply their aliases themselves, but a host that wraps this source in a lambda hides its
        // environment layer from them; applied here, GEMINI_API_KEY and the like reach through such wrappers.
        return chosen.withAliases(aliasesOf(llms)).withAliases(aliasesOf(speechToText));
    }

    private static Map<String, String> aliasesOf(List<? extends ProviderFactory<?>> factories) {
        var aliases = new HashMap<String, String>();
        factories.forEach(f -> f.environmentAliases().forEach(aliases::putIfAbsent));
        return aliases;
    }

    /**
     * What would give a default speech-to-text, for a message when there is none: each id of the order with its
     * provider's {@linkplain ProviderFactory#setupHint() setup hint}, or the artifact to add when it is absent.
     */
    public String whyNoSpeechToText(List<? extends SpeechToTextProviderFactory> present) {
        var registry = new ProviderRegistry<SpeechToTextProviderFactory>(ProviderKind.SPEECH_TO_TEXT, present);
        var ways = new ArrayList<String>();
        for (String id : speechToTextOrder) {
            Optional<SpeechToTextProviderFactory> factory = registry.find(id);
            if (factory.isPresent()) {
                String hint = factory.get().setupHint();
                ways.add((hint.isBlank() ? "configure it" : hint) + " (" + id + ")");
            } else {
                ways.add("add " + registry.artifact(id).orElse("a provider with the id '" + id + "'") + " (" + id
                        + ")");
            }
        }
        return ways.isEmpty() ? "no speech-to-text provider is preferred" : String.join(", or ", ways);
    }

    private static Optional<String> firstConfigured(List<String> order, ConfigSource config,
                                                    List<? extends ProviderFactory<?>> present) {
        Objects.requireNonNull(config, "config");
        for (String id : order) {
            for (ProviderFactory<?> factory : present) {
                if (factory.id().equals(id) && configured(factory, config)) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    /** A provider whose own check crashes is not a default: it would fail at start all the same. */
    private static boolean configured(ProviderFactory<?> factory, ConfigSource config) {
        try {
            return factory.isConfigured(config.withAliases(factory.environmentAliases()));
        } catch (RuntimeException e) {
            LOG.warn("The {} provider could not tell whether it is configured ({}); it is not used by default",
                    factory.id(), e.toString());
            return false;
        }
    }
}
