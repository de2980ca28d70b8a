package dev.aiinterview.spi;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import java.util.Set;

/**
 * Turns recorded speech into a {@link Transcript}. Implementations must be thread-safe: interviews run
 * concurrently.
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
    Transcript transcribe(AudioInput audio, TranscriptionOptions options);

    @Override
    default void close() {
    }
}
