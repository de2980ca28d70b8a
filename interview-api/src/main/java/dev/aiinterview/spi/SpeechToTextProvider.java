package dev.aiinterview.spi;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Turns recorded speech into a {@link Transcript}. Implementations must be thread-safe: interviews run
 * concurrently.
 *
 * <p>A provider overrides at least one of {@link #transcribe} and {@link #transcribeAsync}; each default adapts to
 * the other, and overriding neither fails with an {@link UnsupportedOperationException} on the first call. The SDK
 * retries, times, books and falls back around either, so a provider makes one attempt per call.
 */
public interface SpeechToTextProvider extends AutoCloseable {

    /** The id of the factory that made it. */
    String id();

    /** The recognition model used, where the provider names one, for reports and checks; else {@code null}. */
    default String model() {
        return null;
    }

    /** What this provider can do. */
    Set<Capability> capabilities();

    /**
     * Transcribes audio. An unsupported format is an {@link dev.aiinterview.api.error.InvalidInputException}
     * naming the formats accepted; provider failures are other {@link dev.aiinterview.api.error.InterviewException}s.
     */
    default Transcript transcribe(AudioInput audio, TranscriptionOptions options) {
        return AsyncAdapter.fromAsync(this, "transcribe", () -> transcribeAsync(audio, options));
    }

    /**
     * Transcribes audio without waiting: the future completes with the transcript, or exceptionally with an
     * {@link dev.aiinterview.api.error.InterviewException} subtype. The default runs {@link #transcribe} on the
     * calling thread.
     */
    default CompletableFuture<Transcript> transcribeAsync(AudioInput audio, TranscriptionOptions options) {
        return AsyncAdapter.fromBlocking(this, "transcribe", () -> transcribe(audio, options));
    }

    /** Releases clients and threads. */
    @Override
    default void close() {
    }
}
