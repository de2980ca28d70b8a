package dev.aiinterview.core.session;

import dev.aiinterview.core.llm.ContractRunner;
import dev.aiinterview.core.event.EventBus;
import dev.aiinterview.core.llm.SpeechGateway;
import dev.aiinterview.core.report.ReportBuilder;
import dev.aiinterview.spi.InterviewStore;
import dev.aiinterview.spi.SpeechToTextProvider;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * What every session of an interviewer shares.
 *
 * @param runner      the contract pipeline
 * @param stt         the speech-to-text provider, or {@code null} when none is configured
 * @param sttFallback the speech-to-text fallback, or {@code null}
 * @param reports     writes reports
 * @param store       where sessions are persisted
 * @param events      where events go
 * @param clock       the time source
 * @param executor    runs answer processing
 * @param settings    session settings
 * @param llmProvider the configured LLM provider id, for the report's engine list
 * @param sttMissing  why there is no speech-to-text provider (such as "Gemini needs an API key ..."), or
 *                    {@code null}; said when a spoken answer arrives
 * @param speech      every speech-to-text call goes through it (retries, fallback, accounting, events); {@code null}
 *                    when there is no speech-to-text provider
 */
public record SessionContext(
        ContractRunner runner,
        SpeechToTextProvider stt,
        SpeechToTextProvider sttFallback,
        ReportBuilder reports,
        InterviewStore store,
        EventBus events,
        Clock clock,
        Executor executor,
        SessionSettings settings,
        String llmProvider,
        String sttMissing,
        SpeechGateway speech) {}
