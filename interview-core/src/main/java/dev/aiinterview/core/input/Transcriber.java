package dev.aiinterview.core.input;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.event.EventBus;
import dev.aiinterview.core.llm.CallScope;
import dev.aiinterview.core.llm.Retries;
import dev.aiinterview.core.llm.RetryPolicy;
import dev.aiinterview.core.llm.SpeechGateway;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apiguardian.api.API;

/**
 * Transcribes one recording outside an interview, to try a speech-to-text provider out. The call goes through the
 * SDK's provider wrapper as it would in an interview, because providers make one attempt and leave retries to it;
 * there is no fallback, no accounting and no listener.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Transcriber {

    private Transcriber() {
    }

    /**
     * Transcribes and waits, retrying as {@code interview.stt.max-attempts}, {@code interview.stt.retry-delay} and
     * {@code interview.stt.max-time} in {@code config} say; a failure is thrown as the provider's exception.
     *
     * @param provider a provider the caller created and still owns (it is not closed here)
     */
    public static Transcript transcribe(SpeechToTextProvider provider, AudioInput audio, TranscriptionOptions options,
                                        ConfigSource config) {
        Objects.requireNonNull(provider, "provider");
        // A timer of its own for the waits between attempts, gone with the call: nothing outlives a one-off.
        ScheduledExecutorService retryTimer = Executors.newSingleThreadScheduledExecutor();
        try {
            var speech = new SpeechGateway(provider, null, new Retries(RetryPolicy.speechToText(config), retryTimer,
                    Runnable::run, Clock.systemUTC()), new EventBus(List.of()));
            return speech.transcribe(audio, options, CallScope.none());
        } finally {
            retryTimer.shutdownNow();
        }
    }
}
