package dev.aiinterview.core.input;

import dev.aiinterview.api.AudioContainer;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.error.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.apiguardian.api.API;

/**
 * Checks that audio is what it claims to be before it is stored or sent anywhere: a WAV header that
 * {@code javax.sound} can parse, or the WebM (EBML) signature.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AudioFiles {

    /**
     * What was found in an audio input.
     *
     * @param mimeType   {@code audio/wav} or {@code audio/webm}
     * @param durationMs duration for WAV, {@code null} for WebM (not decoded on the JVM)
     * @param format     the WAV format, {@code null} for WebM
     */
    public record Probe(String mimeType, Long durationMs, AudioFormat format) {}

    /** Probes audio, or throws an {@link InvalidInputException} that names the accepted formats. */
    public static Probe probe(AudioInput audio) {
        try (InputStream in = new BufferedInputStream(audio.openStream())) {
            in.mark(64);
            AudioContainer container = AudioContainer.sniff(in.readNBytes(AudioContainer.SIGNATURE_LENGTH))
                    .orElse(null);
            in.reset();
            if (container == AudioContainer.WEBM) {
                return new Probe(AudioContainer.WEBM.mimeType(), null, null);
            }
            if (container != AudioContainer.WAV) {
                throw notAudio(audio, null);
            }
            AudioFileFormat format = AudioSystem.getAudioFileFormat(in);
            AudioFormat af = format.getFormat();
            Long duration = null;
            if (format.getFrameLength() > 0 && af.getFrameRate() > 0) {
                duration = (long) (format.getFrameLength() * 1000.0 / af.getFrameRate());
            }
            return new Probe(AudioContainer.WAV.mimeType(), duration, af);
        } catch (UnsupportedAudioFileException e) {
            throw notAudio(audio, e);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the audio " + name(audio) + ": " + e.getMessage(), e);
        }
    }

    private static InvalidInputException notAudio(AudioInput audio, Exception cause) {
        return new InvalidInputException("The file " + name(audio) + " is not WAV or WebM audio: record the answer "
                + "as WAV (16-bit PCM, e.g. `sox in.mp3 -r 16000 -c 1 -b 16 answer.wav`) or WebM, or answer in text.",
                cause);
    }

    private static String name(AudioInput audio) {
        return audio.path().map(p -> p.getFileName().toString()).orElse("(" + audio.size() + " bytes)");
    }

    private AudioFiles() {
    }
}
