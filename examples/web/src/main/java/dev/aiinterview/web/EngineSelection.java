package dev.aiinterview.web;

import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.registry.EngineDefaults;
import dev.aiinterview.core.registry.ProviderKind;
import dev.aiinterview.core.registry.ProviderRegistry;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import dev.aiinterview.web.speech.SpeechSettings;
import dev.aiinterview.web.speech.SpeechSetup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which engines the app runs with, decided once at start. The policy is the SDK's, shared with the CLI
 * ({@link EngineDefaults#standard()}): an explicit setting always wins; else Gemini when it is configured, else the
 * offline engine; speech-to-text Gemini, else Vosk when a model is configured. What the app adds: with no
 * speech-to-text configured it fetches the default engine's model in the background ({@link SpeechSettings}; its
 * provider is {@link #modelFor}); {@code interview.stt.provider=none} or that download turned off means none
 * (candidates then answer in writing), and says why. Unknown ids fail at start with a message listing what exists.
 *
 * @param config        the SDK configuration with the choices written in, and the providers' environment aliases
 * @param llm           the LLM provider id
 * @param stt           the speech-to-text provider id, or {@code null} when spoken answers cannot be transcribed
 * @param sttFactories  the factories the interviewer may create speech-to-text providers from
 * @param noSttReason   why there is no speech-to-text and what setting changes that; {@code null} when there is one
 * @param modelFor      the provider to make from the model downloaded at start, or {@code null} for no download
 */
record EngineSelection(ConfigSource config, String llm, String stt, List<SpeechToTextProviderFactory> sttFactories,
                       String noSttReason, SpeechToTextProviderFactory modelFor) {

    static EngineSelection choose(ConfigSource config, List<LlmProviderFactory> llms,
                                  List<SpeechToTextProviderFactory> stts) {
        EngineDefaults defaults = EngineDefaults.standard();
        SpeechSettings speech = SpeechSettings.from(config);
        boolean turnedOff = config.get(ConfigKeys.STT_PROVIDER).filter(SpeechSettings.NONE::equalsIgnoreCase)
                .isPresent();
        ConfigSource withDefaults = withoutNone(defaults.apply(config, llms, stts), turnedOff);
        // An unknown id, or no LLM to be had, fails now with the registry's message listing what exists.
        String llm = new ProviderRegistry<>(ProviderKind.LLM, llms).select(withDefaults).id();

        var sttRegistry = new ProviderRegistry<>(ProviderKind.SPEECH_TO_TEXT, stts);
        String stt = withDefaults.get(ConfigKeys.STT_PROVIDER).orElse(null);
        SpeechToTextProviderFactory modelFor = null;
        if (stt == null && !turnedOff && speech.download()) {
            // A default named in the settings must exist; the built-in one may have been left out of the build.
            modelFor = config.get(SpeechSettings.DEFAULT_PROVIDER).isPresent()
                    ? sttRegistry.require(speech.defaultProvider())
                    : sttRegistry.find(speech.defaultProvider()).orElse(null);
            stt = modelFor == null ? null : modelFor.id();
        }
        String reason = stt != null ? null : turnedOff
                ? "speech-to-text is turned off (" + ConfigKeys.STT_PROVIDER + "=none); remove that setting to "
                        + "use the default engine, or set it to one of " + sttRegistry.ids()
                : speech.download() ? "no speech-to-text engine is set up: " + defaults.whyNoSpeechToText(stts)
                : "no speech-to-text engine is set up and " + SpeechSettings.DOWNLOAD + "=false stops the download "
                        + "of the default model: " + defaults.whyNoSpeechToText(stts) + ", or remove that setting";
        var factories = new ArrayList<SpeechToTextProviderFactory>();
        if (stt != null && modelFor == null) {
            factories.add(sttRegistry.require(stt));
            config.get(ConfigKeys.STT_FALLBACK).ifPresent(id -> factories.add(sttRegistry.require(id)));
        }

        var chosen = new HashMap<String, String>();
        chosen.put(ConfigKeys.LLM_PROVIDER, llm);
        if (stt != null) {
            chosen.put(ConfigKeys.STT_PROVIDER, stt);
        }
        ConfigSource withChoices = ConfigSource.of(Map.copyOf(chosen)).orElse(withDefaults);
        return new EngineSelection(withChoices, llm, stt, List.copyOf(factories), reason, modelFor);
    }

    /** The speech-to-text this selection gives, with its model download when it needs one. */
    SpeechSetup speech(Path dataDir) {
        return modelFor != null ? SpeechSetup.downloading(modelFor, config, dataDir)
                : SpeechSetup.configured(stt, sttFactories, noSttReason);
    }

    /** {@code none} is the app's word for no speech-to-text, not a provider id: the SDK never sees it. */
    private static ConfigSource withoutNone(ConfigSource config, boolean turnedOff) {
        if (!turnedOff) {
            return config;
        }
        return key -> key.equals(ConfigKeys.STT_PROVIDER) || key.equals(ConfigKeys.STT_FALLBACK) ? Optional.empty()
                : config.get(key);
    }
}
