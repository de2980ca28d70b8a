package dev.aiinterview.core.llm;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.Provenance;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.TranscriptWord;
import dev.aiinterview.core.event.EventBus;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/**
 * Wraps every speech-to-text call in the SDK's one provider wrapper, as {@link LlmGateway} does LLM calls: retries
 * with the speech-to-text policy, the switch to {@code interview.stt.fallback} (and the circuit), accounting of
 * calls, time and audio per provider, and a {@code SpeechToTextCallFinished} event per attempt.
 */
public final class SpeechGateway {

    private final ProviderGateway<SpeechToTextProvider, Request, Transcript> gateway;

    /**
     * @param primary  the configured provider
     * @param fallback the provider to switch to when the primary keeps failing, or {@code null}
     * @param retries  the retry loop, with the speech-to-text policy
     * @param events   where call events go
     */
    public SpeechGateway(SpeechToTextProvider primary, SpeechToTextProvider fallback, Retries retries,
                         EventBus events) {
        this.gateway = new ProviderGateway<>(new Kind(retries.clock(), events), primary, fallback, retries, events);
    }

    /** The configured provider. */
    public SpeechToTextProvider primary() {
        return gateway.primary();
    }

    /** Transcribes and waits; a failure is thrown as the provider's exception. */
    public Transcript transcribe(AudioInput audio, TranscriptionOptions options, CallScope scope) {
        return gateway.call(new Request(audio, options), scope);
    }

    /** Transcribes without holding a thread while an asynchronous provider works. */
    public CompletableFuture<Transcript> transcribeAsync(AudioInput audio, TranscriptionOptions options,
                                                         CallScope scope) {
        return gateway.callAsync(new Request(audio, options), scope);
    }

    private record Request(AudioInput audio, TranscriptionOptions options) {}

    private static final class Kind extends CallKind<SpeechToTextProvider, Request, Transcript> {

        Kind(Clock clock, EventBus events) {
            super("stt", "Speech-to-text", SpeechToTextProvider::id, SpeechToTextProvider::model, clock, events);
        }

        @Override
        String describe(Request request) {
            return "transcription of " + request.audio();
        }

        @Override
        CompletableFuture<Transcript> attempt(SpeechToTextProvider provider, Lane<Request> lane, CallScope scope,
                                              Provenance provenance) {
            Request request = lane.current();
            long started = System.nanoTime();
            return start(() -> provider.transcribeAsync(request.audio(), request.options())).handle((t, error) -> {
                if (error == null) {
                    record(scope, provider, started, audioMillis(t), true);
                    return CompletableFuture.completedFuture(t);
                }
                record(scope, provider, started, 0, false);
                return this.<Transcript>failure(provider, Retries.unwrap(error));
            }).thenCompose(f -> f);
        }

        /** The end of the last word: providers without word timings report no audio length. */
        private static long audioMillis(Transcript t) {
            if (t.words().isEmpty()) {
                return 0;
            }
            TranscriptWord last = t.words().get(t.words().size() - 1);
            return last.endMs() == null ? 0 : last.endMs();
        }

        private void record(CallScope scope, SpeechToTextProvider provider, long startedNanos, long audioMillis,
                            boolean success) {
            long millis = millisSince(startedNanos);
            scope.onSttCall(provider.id(), millis, audioMillis);
            events.publish(new InterviewEvent.SpeechToTextCallFinished(scope.sessionId(), clock.instant(),
                    provider.id(), millis, audioMillis, success));
        }
    }
}
