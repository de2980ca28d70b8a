package dev.aiinterview.web;

import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.Interviewer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * Interviewers that plan with another number of questions per topic than the server's setting, for API clients
 * that ask for one (1 to 3, the SDK's range): one per number, created on first use, planning only (no
 * speech-to-text), with the server's engines and review.
 */
final class PlanningInterviewers implements IntFunction<Interviewer>, AutoCloseable {

    private final EngineSelection engines;
    private final Map<Integer, Interviewer> byCount = new ConcurrentHashMap<>();

    PlanningInterviewers(EngineSelection engines) {
        this.engines = engines;
    }

    @Override
    public Interviewer apply(int questionsPerTopic) {
        return byCount.computeIfAbsent(questionsPerTopic, n -> {
            ConfigSource base = engines.config();
            ConfigSource withoutSpeech = key -> key.equals(ConfigKeys.STT_PROVIDER)
                    || key.equals(ConfigKeys.STT_FALLBACK) ? Optional.empty() : base.get(key);
            return Interviewer.builder()
                    .config(ConfigSource.of(Map.of(ConfigKeys.QUESTIONS_PER_TOPIC, Integer.toString(n)))
                            .orElse(withoutSpeech))
                    .speechToTextProviders(List.of())
                    .build();
        });
    }

    @Override
    public void close() {
        byCount.values().forEach(Interviewer::close);
    }
}
