package dev.aiinterview.googlespeech;

import dev.aiinterview.api.webm.WebmAudio;
import dev.aiinterview.api.webm.WebmDemuxer;
import com.google.cloud.speech.v1.RecognitionConfig.AudioEncoding;
import dev.aiinterview.api.AudioContainer;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.error.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * An answer as read from its file: a WAV becomes LINEAR16 (16-bit mono PCM without the header) at the sample rate
 * its header gives (8-48 kHz; others become 16 kHz); a WebM keeps its bytes, to go as {@code WEBM_OPUS} when it fits
 * one request, with its Opus track demuxed for the duration and, when it must be chunked, for decoding.
 *
 * @param encoding   what Google is told the content is
 * @param sampleRate the WAV's rate, or the WebM track's (48 kHz from browsers)
 * @param content    the bytes one request would carry
 * @param seconds    the duration
 * @param webm       the demuxed Opus track of a WebM, {@code null} for a WAV
 */
record SpeechAudio(AudioEncoding encoding, int sampleRate, byte[] content, double seconds, WebmAudio webm) {

    /** Google's cap on a request's inline audio (its message says "10485760 bytes"). */
    static final int MAX_INLINE_BYTES = 10 * 1024 * 1024;
    /** Larger files are refused before reading: an answer's WebM, even with video, is far smaller. */
    static final long MAX_FILE_BYTES = 512L * 1024 * 1024;
    static final String ACCEPTED = "WAV (PCM, any sample rate; sent as LINEAR16) or WebM/Opus";

    /**
     * The demuxer refuses malformed files with an {@link InvalidInputException}; should a case it does not foresee
     * still slip through as an index or argument error, it is the recording's fault all the same, not a server error.
     */
    private static WebmAudio demux(byte[] bytes, String source, Duration maxDuration) {
        try {
            return WebmDemuxer.read(bytes, source, maxDuration);
        } catch (WebmDemuxer.TooLong e) {
            throw tooLong(source, maxDuration);
        } catch (IndexOutOfBoundsException | IllegalArgumentException | ArithmeticException e) {
            throw WebmDemuxer.invalid(source, "is malformed (" + e.getMessage() + ")");
        }
    }

    static SpeechAudio read(AudioInput audio, Duration maxDuration) {
        try (InputStream in = new BufferedInputStream(audio.openStream())) {
            in.mark(16);
            AudioContainer container = AudioContainer.sniff(in.readNBytes(AudioContainer.SIGNATURE_LENGTH))
                    .orElse(null);
            in.reset();
            if (container == AudioContainer.WEBM) {
                byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) {
                    throw new InvalidInputException("The recording " + audio + " is larger than 512 MB, far more than "
                            + "an answer: " + WebmDemuxer.ADVICE);
                }
                WebmAudio webm = demux(bytes, audio.toString(), maxDuration);
                return new SpeechAudio(AudioEncoding.WEBM_OPUS, webm.sampleRate(), bytes, webm.seconds(), webm);
            }
            if (container != AudioContainer.WAV) {
                throw new InvalidInputException("Google Cloud Speech accepts " + ACCEPTED + ", but " + audio
                        + " is neither (it starts with no RIFF/WAVE or EBML signature)");
            }
            return wav(audio, AudioSystem.getAudioInputStream(in), maxDuration);
        } catch (UnsupportedAudioFileException e) {
            throw new InvalidInputException("Cannot read the WAV " + audio + " (" + e.getMessage() + "); Google Cloud "
                    + "Speech accepts " + ACCEPTED, e);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the audio " + audio + ": " + e.getMessage(), e);
        }
    }

    /** The answer lasts longer than {@code interview.google-speech.max-duration} allows. */
    static InvalidInputException tooLong(String source, Duration maxDuration) {
        return new InvalidInputException("The recording " + source + " lasts longer than " + maxDuration.toSeconds()
                + " s, the most " + GoogleSpeechConfig.MAX_DURATION + " allows: split the answer into shorter "
                + "recordings, or raise the setting");
    }

    /**
     * Whether one request can take the audio as it is: no longer than a chunk, and for WebM, audio only and within
     * the inline cap (a video track would be sent along for nothing).
     */
    boolean fitsOneRequest(Duration chunkLength) {
        return seconds <= chunkLength.toMillis() / 1000.0
                && (webm == null || !webm.hasVideo() && content.length <= MAX_INLINE_BYTES);
    }

    /** The audio as 16 kHz mono 16-bit PCM, to be cut into chunks. */
    short[] pcm16k(String source) {
        if (webm != null) {
            return OpusPcm.decode(webm, source);
        }
        byte[] pcm = content;
        if (sampleRate != OpusPcm.RATE) {
            AudioFormat from = new AudioFormat(sampleRate, 16, 1, true, false);
            try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(content), from,
                    content.length / 2)) {
                pcm = AudioSystem.getAudioInputStream(new AudioFormat(OpusPcm.RATE, 16, 1, true, false), in)
                        .readAllBytes();
            } catch (IOException e) {
                throw new InvalidInputException("Cannot resample " + source + " to 16 kHz: " + e.getMessage(), e);
            }
        }
        short[] samples = new short[pcm.length / 2];
        ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
        return samples;
    }

    private static SpeechAudio wav(AudioInput audio, AudioInputStream source, Duration maxDuration) throws IOException {
        AudioFormat from = source.getFormat();
        long maxFrames = (long) (maxDuration.toMillis() / 1000.0 * from.getFrameRate());
        if (source.getFrameLength() > maxFrames) {
            throw tooLong(audio.toString(), maxDuration);
        }
        int rate = Math.round(from.getSampleRate());
        // Google takes 8-48 kHz: a rate outside that becomes 16 kHz.
        int targetRate = rate < 8_000 || rate > 48_000 ? OpusPcm.RATE : rate;
        AudioFormat target = new AudioFormat(targetRate, 16, 1, true, false);
        AudioInputStream pcm = convert(audio, source, target);
        long maxBytes = (long) (maxDuration.toMillis() / 1000.0 * targetRate) * 2;
        // One frame past the limit: an AudioInputStream reads whole frames only, and readNBytes of a partial frame
        // would spin forever.
        byte[] content = pcm.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + target.getFrameSize()));
        if (content.length > maxBytes) {
            throw tooLong(audio.toString(), maxDuration);
        }
        return new SpeechAudio(AudioEncoding.LINEAR16, targetRate, content, content.length / 2.0 / targetRate, null);
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
}
