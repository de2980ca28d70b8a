package dev.aiinterview.spi;

import java.time.Duration;
import java.util.Objects;

/** How to record: device, limits and silence detection. */
public final class CaptureOptions {

    private final String deviceId;
    private final Duration maxDuration;
    private final Duration stopAfterSilence;
    private final double silenceThreshold;

    private CaptureOptions(Builder b) {
        this.deviceId = b.deviceId;
        this.maxDuration = Objects.requireNonNull(b.maxDuration, "maxDuration");
        this.stopAfterSilence = b.stopAfterSilence;
        this.silenceThreshold = b.silenceThreshold;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The device to record from, or {@code null} for the default. */
    public String deviceId() {
        return deviceId;
    }

    /** Recording stops at this duration. Default 3 minutes. */
    public Duration maxDuration() {
        return maxDuration;
    }

    /** Recording stops after this much silence following speech, or never when {@code null}. */
    public Duration stopAfterSilence() {
        return stopAfterSilence;
    }

    /** RMS level (0-1) under which audio counts as silence. Default 0.01. */
    public double silenceThreshold() {
        return silenceThreshold;
    }

    /** Builds {@link CaptureOptions}. */
    public static final class Builder {
        private String deviceId;
        private Duration maxDuration = Duration.ofMinutes(3);
        private Duration stopAfterSilence;
        private double silenceThreshold = 0.01;

        private Builder() {
        }

        public Builder deviceId(String deviceId) {
            this.deviceId = deviceId;
            return this;
        }

        public Builder maxDuration(Duration maxDuration) {
            this.maxDuration = maxDuration;
            return this;
        }

        public Builder stopAfterSilence(Duration stopAfterSilence) {
            this.stopAfterSilence = stopAfterSilence;
            return this;
        }

        public Builder silenceThreshold(double silenceThreshold) {
            this.silenceThreshold = silenceThreshold;
            return this;
        }

        public CaptureOptions build() {
            return new CaptureOptions(this);
        }
    }
}
