package dev.aiinterview.googlespeech;

import com.google.cloud.speech.v1.RecognitionConfig.AudioEncoding;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.error.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * The audio as Cloud Speech takes it inline: a WAV becomes LINEAR16 (16-bit mono PCM without the header) at the
 * sample rate its header gives; WebM/Opus goes as it is, as {@code WEBM_OPUS}.
 *
 * @param encoding   what Google is told the bytes are
 * @param sampleRate the rate from the WAV header, or the WebM track's (48 kHz for browsers)
 * @param content    the bytes to send
 * @param seconds    the duration for WAV, {@code null} for WebM (not decoded on the JVM)
 */
record SpeechAudio(AudioEncoding encoding, int sampleRate, byte[] content, Double seconds) {

    /** Google's cap on audio sent inline, for both the short and the long-running call. */
    static final int MAX_INLINE_BYTES = 10 * 1024 * 1024;
    static final String ACCEPTED = "WAV (PCM, any sample rate; sent as LINEAR16) or WebM/Opus";

    private static final byte[] EBML = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};
    private static final Set<Integer> OPUS_RATES = Set.of(8_000, 12_000, 16_000, 24_000, 48_000);

    static SpeechAudio read(AudioInput audio) {
        try (InputStream in = new BufferedInputStream(audio.openStream())) {
            in.mark(16);
            byte[] head = in.readNBytes(12);
            in.reset();
            if (head.length >= 4 && head[0] == EBML[0] && head[1] == EBML[1] && head[2] == EBML[2] && head[3] == EBML[3]) {
                return webm(audio, in.readAllBytes());
            }
            if (head.length < 12 || !"RIFF".equals(ascii(head, 0)) || !"WAVE".equals(ascii(head, 8))) {
                throw new InvalidInputException("Google Cloud Speech accepts " + ACCEPTED + ", but " + audio
                        + " is neither (it starts with no RIFF/WAVE or EBML signature)");
            }
            return wav(audio, AudioSystem.getAudioInputStream(in));
        } catch (UnsupportedAudioFileException e) {
            throw new InvalidInputException("Cannot read the WAV " + audio + " (" + e.getMessage() + "); Google Cloud "
                    + "Speech accepts " + ACCEPTED, e);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the audio " + audio + ": " + e.getMessage(), e);
        }
    }

    /** Whether the audio is known to need long-running recognition, or may (WebM of unknown length). */
    boolean longerThan(double limitSeconds) {
        // Opus from a browser runs at 16-128 kbit/s, so this many bytes cannot be under the limit at 128 kbit/s.
        return seconds != null ? seconds > limitSeconds : content.length > limitSeconds * 128_000 / 8;
    }

    private static SpeechAudio wav(AudioInput audio, AudioInputStream source) throws IOException {
        AudioFormat from = source.getFormat();
        int rate = Math.round(from.getSampleRate());
        // Google takes 8-48 kHz: a rate outside that, or above 16 kHz in audio too big to send inline, becomes 16 kHz.
        long monoBytes = source.getFrameLength() * 2;
        boolean outside = rate < 8_000 || rate > 48_000;
        int targetRate = outside || monoBytes > MAX_INLINE_BYTES && rate > 16_000 ? 16_000 : rate;
        AudioFormat target = new AudioFormat(targetRate, 16, 1, true, false);
        AudioInputStream pcm = convert(audio, source, target);
        // One frame past the limit: an AudioInputStream reads whole frames only, and readNBytes of a partial frame
        // would spin forever.
        byte[] content = pcm.readNBytes(MAX_INLINE_BYTES + target.getFrameSize());
        if (content.length > MAX_INLINE_BYTES) {
            throw new InvalidInputException("The recording " + audio + " is too long for Google Cloud Speech's inline "
                    + "limit of 10 MB (about 5 minutes at 16 kHz mono): split the answer into shorter recordings");
        }
        return new SpeechAudio(AudioEncoding.LINEAR16, targetRate, content, content.length / 2.0 / targetRate);
    }

    private static AudioInputStream convert(AudioInput audio, AudioInputStream source, AudioFormat target) {
        if (source.getFormat().matches(target)) {
            return source;
        }
        AudioFormat from = source.getFormat();
        try {
            return AudioSystem.getAudioInputStream(target, source);
        } catch (IllegalArgumentException direct) {
            try {  // μ-law and A-law decode to PCM first
                AudioFormat pcm = new AudioFormat(from.getSampleRate(), 16, from.getChannels(), true, false);
                return AudioSystem.getAudioInputStream(target, AudioSystem.getAudioInputStream(pcm, source));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Cannot convert " + audio + " from " + from + " to 16-bit mono PCM "
                        + "for Google Cloud Speech; it accepts " + ACCEPTED, e);
            }
        }
    }

    private static SpeechAudio webm(AudioInput audio, byte[] content) {
        if (content.length > MAX_INLINE_BYTES) {
            throw new InvalidInputException("The recording " + audio + " is " + content.length + " bytes, above "
                    + "Google Cloud Speech's inline limit of 10 MB: split the answer into shorter recordings");
        }
        return new SpeechAudio(AudioEncoding.WEBM_OPUS, webmSampleRate(content), content, null);
    }

    /**
     * The audio track's SamplingFrequency element (EBML id 0xB5, a 4- or 8-byte float) near the start of the file;
     * browsers write 48000. Google requires one of Opus's rates, so anything else falls back to 48 kHz.
     */
    static int webmSampleRate(byte[] webm) {
        int end = Math.min(webm.length, 64 * 1024);
        for (int i = 0; i + 2 < end; i++) {
            if ((webm[i] & 0xff) != 0xB5) {
                continue;
            }
            int size = webm[i + 1] & 0xff;
            double value;
            if (size == 0x84 && i + 6 <= end) {
                value = ByteBuffer.wrap(webm, i + 2, 4).getFloat();
            } else if (size == 0x88 && i + 10 <= end) {
                value = ByteBuffer.wrap(webm, i + 2, 8).getDouble();
            } else {
                continue;
            }
            if (value == Math.rint(value) && OPUS_RATES.contains((int) value)) {
                return (int) value;
            }
        }
        return 48_000;
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.ISO_8859_1);
    }
}
