package dev.aiinterview.vosk;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sound.sampled.AudioInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transcribes answers offline with Vosk. The WAV is converted to 16 kHz mono 16-bit on the fly and streamed to a
 * recognizer in quarter-second chunks; each finished utterance and the final remainder come back as JSON with
 * per-word start, end and confidence. The model is shared; every call opens its own recognizer, so concurrent
 * interviews are safe. Vosk models know one language and take no phrase hints, so
 * {@link TranscriptionOptions#language()} is only reported back and the hints are ignored.
 */
public final class VoskSpeechToTextProvider implements SpeechToTextProvider {

    private static final Logger LOG = LoggerFactory.getLogger(VoskSpeechToTextProvider.class);

    private final Recognition.Source model;
    private final int sampleRate;
    private final int chunkBytes;

    VoskSpeechToTextProvider(Recognition.Source model, int sampleRate) {
        this.model = model;
        this.sampleRate = sampleRate;
        this.chunkBytes = sampleRate / 4 * 2;  // 250 ms of 16-bit mono: Vosk's examples feed 4000-8000 bytes
    }

    @Override
    public String id() {
        return VoskSpeechToTextProviderFactory.ID;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.OFFLINE, Capability.WORD_TIMINGS, Capability.WORD_CONFIDENCE, Capability.STREAMING);
    }

    @Override
    public Transcript transcribe(AudioInput audio, TranscriptionOptions options) {
        long started = System.nanoTime();
        long bytes = 0;
        List<String> results = new ArrayList<>();
        try (AudioInputStream pcm = PcmAudio.open(audio, sampleRate);
             Recognition recognizer = model.open(sampleRate)) {
            byte[] chunk = new byte[chunkBytes];
            int n;
            while ((n = pcm.readNBytes(chunk, 0, chunk.length)) > 0) {
                bytes += n;
                if (recognizer.accept(chunk, n)) {
                    results.add(recognizer.result());
                }
            }
            results.add(recognizer.finalResult());
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the audio " + audio + ": " + e.getMessage(), e);
        }
        Transcript transcript = VoskResults.transcript(results, options.language(), id());
        if (LOG.isDebugEnabled()) {
            long audioMs = bytes * 1000 / (2L * sampleRate);
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            LOG.debug("Vosk transcribed {} ({} ms of audio, {} utterances, {} words) in {} ms", audio, audioMs,
                    results.size(), transcript.words().size(), tookMs);
        }
        return transcript;
    }

    /** Releases this provider's use of the shared model; the last one to close frees it. */
    @Override
    public void close() {
        model.close();
    }

    @Override
    public String toString() {
        return "VoskSpeechToTextProvider[" + model + ", " + sampleRate + " Hz]";
    }
}
