package dev.aiinterview.testkit;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.spi.CaptureDevice;
import dev.aiinterview.spi.CaptureListener;
import dev.aiinterview.spi.CaptureOptions;
import dev.aiinterview.spi.MediaCapture;
import dev.aiinterview.spi.Recording;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * A "microphone" that plays a WAV file: converts it to 16 kHz mono 16-bit with javax.sound, reports levels per
 * 100 ms chunk, stops at the maximum duration, and returns the WAV it recorded.
 */
public final class WavPlaybackCapture implements MediaCapture {

    /** The format every capture returns. */
    public static final AudioFormat TARGET = new AudioFormat(16_000, 16, 1, true, false);

    private final byte[] source;

    /** @param wav the WAV file to play, any PCM format javax.sound can read */
    public WavPlaybackCapture(byte[] wav) {
        this.source = wav.clone();
    }

    @Override
    public String id() {
        return "wav-playback";
    }

    @Override
    public List<CaptureDevice> devices() {
        return List.of(new CaptureDevice("wav", "WAV playback", true));
    }

    @Override
    public Recording record(CaptureOptions options, CaptureListener listener) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(source));
             AudioInputStream pcm = AudioSystem.getAudioInputStream(TARGET, in)) {
            long maxBytes = options.maxDuration().toMillis() * 32;  // 16 000 frames/s * 2 bytes
            var out = new ByteArrayOutputStream();
            byte[] chunk = new byte[3200];  // 100 ms
            Recording.StopReason reason = Recording.StopReason.END_OF_INPUT;
            int n;
            while ((n = readChunk(pcm, chunk)) > 0) {
                if (out.size() + n > maxBytes) {
                    n = (int) (maxBytes - out.size());
                    reason = Recording.StopReason.MAX_DURATION;
                }
                out.write(chunk, 0, n);
                report(chunk, n, listener);
                if (reason == Recording.StopReason.MAX_DURATION) {
                    break;
                }
            }
            byte[] data = out.toByteArray();
            var wav = new ByteArrayOutputStream();
            AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(data), TARGET, data.length / 2),
                    AudioFileFormat.Type.WAVE, wav);
            return new Recording(AudioInput.ofBytes(wav.toByteArray(), "audio/wav"),
                    Duration.ofMillis(data.length / 32), reason);
        } catch (UnsupportedAudioFileException | IllegalArgumentException e) {
            throw new InvalidInputException("WavPlaybackCapture cannot play this file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int readChunk(InputStream in, byte[] chunk) throws IOException {
        return in.readNBytes(chunk, 0, chunk.length);
    }

    private static void report(byte[] chunk, int length, CaptureListener listener) {
        double sum = 0;
        double peak = 0;
        int samples = length / 2;
        for (int i = 0; i + 1 < length; i += 2) {
            double v = (short) ((chunk[i] & 0xff) | (chunk[i + 1] << 8)) / 32768.0;
            sum += v * v;
            peak = Math.max(peak, Math.abs(v));
        }
        listener.onLevel(samples == 0 ? 0 : Math.sqrt(sum / samples), peak);
    }
}
