package dev.aiinterview.capture;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.spi.CaptureListener;
import dev.aiinterview.spi.CaptureOptions;
import dev.aiinterview.spi.Recording;
import dev.aiinterview.spi.Recording.StopReason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One recording: reads the source in short chunks, reports each chunk's level, stops at the maximum duration, after
 * the configured silence following speech, at the end of input or when the host stops it, then converts what it
 * recorded to a 16 kHz mono 16-bit WAV. The raw audio is kept in the device's format until the end, so conversion
 * works on a finished buffer rather than on a live line.
 */
final class Recorder {

    private static final Logger LOG = LoggerFactory.getLogger(Recorder.class);

    private final CaptureSource source;
    private final CaptureOptions options;
    private final CaptureListener listener;
    private final Duration chunk;
    private final Duration stallLimit;
    private volatile boolean stopRequested;
    private boolean listenerFailed;

    Recorder(CaptureSource source, CaptureOptions options, CaptureListener listener, Duration chunk,
             Duration stallLimit) {
        this.source = source;
        this.options = options;
        this.listener = listener;
        this.chunk = chunk;
        this.stallLimit = stallLimit;
    }

    /** Asks the recording to stop after the chunk being read; thread-safe. */
    void stop() {
        stopRequested = true;
    }

    Recording run() {
        AudioFormat format = source.format();
        int frameSize = format.getFrameSize();
        float rate = format.getSampleRate();
        long maxFrames = Math.round(rate * options.maxDuration().toNanos() / 1e9);
        long silenceFrames = options.stopAfterSilence() == null ? -1
                : Math.round(rate * options.stopAfterSilence().toNanos() / 1e9);
        byte[] buffer = new byte[Math.max(1, Math.round(rate * chunk.toMillis() / 1000f)) * frameSize];
        var raw = new ByteArrayOutputStream();
        long frames = 0;
        long silentFrames = 0;
        boolean heardSpeech = false;
        StopReason reason = null;
        while (reason == null) {
            if (stopRequested || Thread.currentThread().isInterrupted()) {
                reason = StopReason.STOPPED_BY_HOST;
                break;
            }
            int wanted = (int) Math.min(buffer.length, (maxFrames - frames) * frameSize);
            int n = wanted <= 0 ? 0 : fill(buffer, wanted, frameSize);
            if (n <= 0) {
                reason = wanted <= 0 ? StopReason.MAX_DURATION
                        : stopRequested ? StopReason.STOPPED_BY_HOST : StopReason.END_OF_INPUT;
                break;
            }
            raw.write(buffer, 0, n);
            frames += n / frameSize;
            double[] level = Levels.of(buffer, n, format);
            report(level);
            if (level[0] >= options.silenceThreshold()) {
                heardSpeech = true;
                silentFrames = 0;
            } else if (heardSpeech) {
                silentFrames += n / frameSize;
            }
            if (frames >= maxFrames) {
                reason = StopReason.MAX_DURATION;
            } else if (silenceFrames >= 0 && heardSpeech && silentFrames >= silenceFrames) {
                reason = StopReason.SILENCE;
            }
        }
        return recording(raw.toByteArray(), format, reason);
    }

    /** Reads up to {@code wanted} bytes, whole frames only; 0 or less at the end of input. */
    private int fill(byte[] buffer, int wanted, int frameSize) {
        int got = 0;
        long stalledSince = 0;
        while (got < wanted && !stopRequested && !Thread.currentThread().isInterrupted()) {
            int n = source.read(buffer, got, wanted - got);
            if (n < 0) {
                break;
            }
            if (n > 0) {
                got += n;
                stalledSince = 0;
                if (got % frameSize == 0) {
                    break;  // a source that hands over less than asked has no more now: report levels already
                }
                continue;
            }
            long now = System.nanoTime();
            if (stalledSince == 0) {
                stalledSince = now;
            } else if (now - stalledSince > stallLimit.toNanos()) {
                LOG.warn("The microphone delivered no audio for {} ms; ending the recording", stallLimit.toMillis());
                break;
            }
            pause();
        }
        return got - got % frameSize;
    }

    private void report(double[] level) {
        try {
            listener.onLevel(level[0], level[1]);
        } catch (RuntimeException e) {
            if (!listenerFailed) {
                listenerFailed = true;  // a broken level meter must not cost the candidate's answer
                LOG.warn("The capture listener failed; recording goes on without it", e);
            }
        }
    }

    private static Recording recording(byte[] raw, AudioFormat format, StopReason reason) {
        byte[] pcm = format.matches(FormatNegotiator.TARGET) ? raw : convert(raw, format);
        var wav = new ByteArrayOutputStream(pcm.length + 44);
        try {
            AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), FormatNegotiator.TARGET,
                    pcm.length / 2), AudioFileFormat.Type.WAVE, wav);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Recording(AudioInput.ofBytes(wav.toByteArray(), "audio/wav"), Duration.ofMillis(pcm.length / 32L),
                reason);
    }

    private static byte[] convert(byte[] raw, AudioFormat format) {
        var in = new AudioInputStream(new ByteArrayInputStream(raw), format, raw.length / format.getFrameSize());
        try (AudioInputStream out = AudioSystem.getAudioInputStream(FormatNegotiator.TARGET, in)) {
            return out.readAllBytes();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Cannot convert audio recorded as " + format + " to 16 kHz mono", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
