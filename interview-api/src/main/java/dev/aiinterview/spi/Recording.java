package dev.aiinterview.spi;

import dev.aiinterview.api.AudioInput;
import java.time.Duration;
import java.util.Objects;

/**
 * A finished recording.
 *
 * @param audio      16 kHz mono 16-bit WAV
 * @param duration   how long it is
 * @param stopReason why recording stopped
 */
public record Recording(AudioInput audio, Duration duration, StopReason stopReason) {

    public Recording {
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(stopReason, "stopReason");
    }

    /** Why a recording stopped. */
    public enum StopReason {
        MAX_DURATION,
        SILENCE,
        STOPPED_BY_HOST,
        END_OF_INPUT
    }
}
