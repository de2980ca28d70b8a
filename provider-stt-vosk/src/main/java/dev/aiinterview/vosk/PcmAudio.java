package dev.aiinterview.vosk;

import dev.aiinterview.api.AudioContainer;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.error.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Opens a WAV recording as the stream Vosk wants: 16-bit signed little-endian mono PCM at the model's sample rate.
 * Any PCM WAV javax.sound reads (8 to 32 bits, integer or float, mono or stereo, μ-law/A-law, any rate) is converted
 * on the fly, so long recordings never sit whole in memory.
 */
final class PcmAudio {

    /** What Vosk accepts, for error messages. */
    static final String ACCEPTED = "WAV audio (PCM at any sample rate, mono or stereo; it is converted to 16 kHz "
            + "mono)";

    /** The format fed to a recognizer at this sample rate. */
    static AudioFormat target(float sampleRate) {
        return new AudioFormat(sampleRate, 16, 1, true, false);
    }

    /** The audio as a converted stream; the caller closes it. Not WAV, or WAV javax.sound cannot decode, is invalid. */
    static AudioInputStream open(AudioInput audio, float sampleRate) {
        InputStream in = null;
        try {
            in = new BufferedInputStream(audio.openStream());
            in.mark(16);
            AudioContainer container = AudioContainer.sniff(in.readNBytes(AudioContainer.SIGNATURE_LENGTH))
                    .orElse(null);
            in.reset();
            checkContainer(audio, container);
            return convert(AudioSystem.getAudioInputStream(in), target(sampleRate), audio);
        } catch (UnsupportedAudioFileException e) {
            closeQuietly(in);
            throw new InvalidInputException("Vosk cannot read " + audio + ": its WAV header is not one javax.sound "
                    + "understands (" + e.getMessage() + "); Vosk accepts " + ACCEPTED, e);
        } catch (IOException e) {
            closeQuietly(in);
            throw new InvalidInputException("Cannot read the audio " + audio + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    /** Converts in one step where javax.sound can; μ-law and A-law need decoding to PCM first. */
    static AudioInputStream convert(AudioInputStream source, AudioFormat target, Object name) {
        AudioFormat from = source.getFormat();
        if (from.matches(target)) {
            return source;
        }
        try {
            return AudioSystem.getAudioInputStream(target, source);
        } catch (IllegalArgumentException direct) {
            AudioFormat pcm = new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, from.getSampleRate(), 16,
                    from.getChannels(), from.getChannels() * 2, from.getSampleRate(), false);
            try {
                return AudioSystem.getAudioInputStream(target, AudioSystem.getAudioInputStream(pcm, source));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Vosk cannot convert " + name + " from " + from + " to 16-bit mono "
                        + "PCM; Vosk accepts " + ACCEPTED + ", e.g. `sox in.wav -r 16000 -c 1 -b 16 answer.wav`", e);
            }
        }
    }

    private static void checkContainer(AudioInput audio, AudioContainer container) {
        if (container == AudioContainer.WEBM) {
            throw new InvalidInputException("Vosk cannot read WebM audio (" + audio + "): it accepts " + ACCEPTED
                    + ". Convert it first (`ffmpeg -i answer.webm -ar 16000 -ac 1 answer.wav`), or use the "
                    + "google-speech or gemini provider, which accept WebM");
        }
        if (container != AudioContainer.WAV) {
            throw new InvalidInputException("Vosk accepts " + ACCEPTED + ", but " + audio + " is not WAV (it does "
                    + "not start with RIFF....WAVE)");
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the original failure is what matters
            }
        }
    }

    private PcmAudio() {
    }
}
