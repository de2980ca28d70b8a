package dev.aiinterview.web;

import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.Interviewer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A second interviewer that writes three questions per topic and skips the review, created on first use: the
 * source of "regenerate one question".
 */
final class AlternativesInterviewer implements Supplier<Interviewer>, AutoCloseable {

    private final EngineSelection engines;
    private Interviewer instance;

    AlternativesInterviewer(EngineSelection engines) {
        this.engines = engines;
    }

    @Override
    public synchronized Interviewer get() {
        if (instance == null) {
            ConfigSource base = engines.config();
            ConfigSource withoutSpeech = key -> key.equals(ConfigKeys.STT_PROVIDER)
                    || key.equals(ConfigKeys.STT_FALLBACK) ? Optional.empty() : base.get(key);
            instance = Interviewer.builder()
                    .config(ConfigSource.of(Map.of(ConfigKeys.QUESTIONS_PER_TOPIC, "3",
                            ConfigKeys.QUESTION_REVIEW, "off")).orElse(withoutSpeech))
                    .speechToTextProviders(List.of())
                    .build();
        }
        return instance;
    }

    @Override
    public synchronized void close() {
        if (instance != null) {
            instance.close();
        }
    }
}
