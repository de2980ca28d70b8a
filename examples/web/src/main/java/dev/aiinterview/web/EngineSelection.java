package dev.aiinterview.web;

import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.registry.EngineDefaults;
import dev.aiinterview.core.registry.ProviderKind;
import dev.aiinterview.core.registry.ProviderRegistry;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which engines the app runs with, decided once at start. The policy is the SDK's, shared with the CLI
 * ({@link EngineDefaults#standard()}): an explicit setting always wins; else Gemini when it is configured, else the
 * offline engine; speech-to-text Gemini, else Vosk when a model is configured. What the app adds: without a
 * speech-to-text engine it runs with none (candidates then answer in writing) and says why, and unknown ids fail at
 * start with a message listing what exists. Adding {@code provider-stt-vosk} to the classpath is all Vosk needs.
 *
 * @param config        the SDK configuration with the choices written in, and the providers' environment aliases
 * @param llm           the LLM provider id
 * @param stt           the speech-to-text provider id, or {@code null} when spoken answers cannot be transcribed
 * @param sttFactories  the factories the interviewer may create speech-to-text providers from
 * @param noSttReason   why there is no speech-to-text, for the log; {@code null} when there is one
 */
record EngineSelection(ConfigSource config, String llm, String stt, List<SpeechToTextProviderFactory> sttFactories,
                       String noSttReason) {

    static EngineSelection choose(ConfigSource config, List<LlmProviderFactory> llms,
                                  List<SpeechToTextProviderFactory> stts) {
        EngineDefaults defaults = EngineDefaults.standard();
        ConfigSource withDefaults = defaults.apply(config, llms, stts);
        // An unknown id, or no LLM to be had, fails now with the registry's message listing what exists.
        String llm = new ProviderRegistry<>(ProviderKind.LLM, llms).select(withDefaults).id();

        var sttRegistry = new ProviderRegistry<>(ProviderKind.SPEECH_TO_TEXT, stts);
        String stt = withDefaults.get(ConfigKeys.STT_PROVIDER).orElse(null);
        String reason = stt != null ? null
                : "no speech-to-text engine is set up: " + defaults.whyNoSpeechToText(stts);
        var factories = new ArrayList<SpeechToTextProviderFactory>();
        if (stt != null) {
            factories.add(sttRegistry.require(stt));
        }
        config.get(ConfigKeys.STT_FALLBACK).filter(id -> !factories.isEmpty())
                .ifPresent(id -> factories.add(sttRegistry.require(id)));

        var chosen = new java.util.HashMap<String, String>();
        chosen.put(ConfigKeys.LLM_PROVIDER, llm);
        if (stt != null) {
            chosen.put(ConfigKeys.STT_PROVIDER, stt);
        }
        ConfigSource withChoices = ConfigSource.of(Map.copyOf(chosen)).orElse(withDefaults);
        return new EngineSelection(withChoices, llm, stt, List.copyOf(factories), reason);
    }
}
