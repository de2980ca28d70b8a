package dev.aiinterview.web;

import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.registry.ProviderKind;
import dev.aiinterview.core.registry.ProviderRegistry;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.ProviderFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which engines the app runs with, decided once at start through the SDK's registry rules. An explicit setting
 * always wins. Otherwise: LLM Gemini when a key is set and the provider is present, else the offline engine;
 * speech-to-text Gemini when a key is set, else Vosk when its jar is present and a model is configured, else none
 * (candidates then answer in writing). Adding {@code provider-stt-vosk} to the classpath is all Vosk needs.
 *
 * @param config        the SDK configuration with the choices written in
 * @param llm           the LLM provider id
 * @param stt           the speech-to-text provider id, or {@code null} when spoken answers cannot be transcribed
 * @param sttFactories  the factories the interviewer may create speech-to-text providers from
 * @param noSttReason   why there is no speech-to-text, for the log; {@code null} when there is one
 */
record EngineSelection(ConfigSource config, String llm, String stt, List<SpeechToTextProviderFactory> sttFactories,
                       String noSttReason) {

    static final String GEMINI_API_KEY = "interview.gemini.api-key";
    static final String VOSK_MODEL_PATH = "interview.vosk.model-path";

    static EngineSelection choose(ConfigSource config, List<LlmProviderFactory> llms,
                                  List<SpeechToTextProviderFactory> stts) {
        List<String> llmIds = ids(llms);
        List<String> sttIds = ids(stts);
        boolean geminiKey = config.get(GEMINI_API_KEY).isPresent();

        String llm = config.get(ConfigKeys.LLM_PROVIDER).orElse(
                llmIds.contains("gemini") && geminiKey ? "gemini" : "offline");
        new ProviderRegistry<>(ProviderKind.LLM, llms).require(llm); // unknown id: fail now, listing what exists

        var sttRegistry = new ProviderRegistry<>(ProviderKind.SPEECH_TO_TEXT, stts);
        String stt = config.get(ConfigKeys.STT_PROVIDER).orElse(null);
        String reason = null;
        if (stt == null) {
            if (sttIds.contains("gemini") && geminiKey) {
                stt = "gemini";
            } else if (sttIds.contains("vosk") && config.get(VOSK_MODEL_PATH).isPresent()) {
                stt = "vosk";
            } else {
                reason = "no speech-to-text engine is set up: set GEMINI_API_KEY, or set " + VOSK_MODEL_PATH
                        + " (VOSK_MODEL_PATH) to a downloaded Vosk model"
                        + (sttIds.contains("vosk") ? "" : " and add dev.aiinterview:provider-stt-vosk");
            }
        }
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
        ConfigSource withChoices = ConfigSource.of(Map.copyOf(chosen)).orElse(config);
        return new EngineSelection(withChoices, llm, stt, List.copyOf(factories), reason);
    }

    private static List<String> ids(List<? extends ProviderFactory<?>> factories) {
        return factories.stream().map(ProviderFactory::id).toList();
    }
}
