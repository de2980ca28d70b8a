package dev.aiinterview.googlespeech;

import com.google.cloud.speech.v1.RecognitionConfig.AudioEncoding;
import com.google.cloud.speech.v1.RecognizeRequest;
import com.google.cloud.speech.v1.RecognizeResponse;
import com.google.cloud.speech.v1.SpeechClient;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transcribes answers of any length (up to {@code interview.google-speech.max-duration}) with Google Cloud
 * Speech-to-Text v1 {@code Recognize}, the audio inline. Google refuses inline audio over a minute (long-running
 * recognition too, unless the audio is in Cloud Storage), so an answer up to
 * {@code interview.google-speech.chunk-length} goes as one request (WAV as LINEAR16 at its rate, WebM/Opus as
 * WEBM_OPUS untouched), and a longer one is decoded to 16 kHz PCM, cut at its quietest moments into chunks, sent as
 * concurrent LINEAR16 requests and stitched back with every word's times shifted by its chunk's start. The interview
 * language, the job's skills as phrase hints, word time offsets and (where the model's is real) word confidence are
 * requested. Thread-safe.
 */
public final class GoogleSpeechToTextProvider implements SpeechToTextProvider {

    private static final Logger LOG = LoggerFactory.getLogger(GoogleSpeechToTextProvider.class);

    private final SpeechClient client;
    private final GoogleSpeechConfig config;
    private final GoogleSpeechRequests requests;
    private final GoogleSpeechCalls calls;

    GoogleSpeechToTextProvider(SpeechClient client, GoogleSpeechConfig config) {
        this.client = client;
        this.config = config;
        this.requests = new GoogleSpeechRequests(config);
        this.calls = new GoogleSpeechCalls(client, config, new GoogleSpeechExceptions(config));
    }

    @Override
    public String id() {
        return GoogleSpeechToTextProviderFactory.ID;
    }

    /** The configured recognition model, or {@code default}: Google's choice when none is set. */
    @Override
    public String model() {
        return config.model().orElse("default");
    }

    /** Word confidence only where the model's is real (see {@link GoogleSpeechConfig#WORD_CONFIDENCE}). */
    @Override
    public Set<Capability> capabilities() {
        Set<Capability> capabilities = EnumSet.of(Capability.WORD_TIMINGS, Capability.WEBM_AUDIO);
        if (config.wordConfidence()) {
            capabilities.add(Capability.WORD_CONFIDENCE);
        }
        return Set.copyOf(capabilities);
    }

    @Override
    public Transcript transcribe(AudioInput audio, TranscriptionOptions options) {
        long started = System.nanoTime();
        SpeechAudio speech = SpeechAudio.read(audio, config.maxDuration());
        List<SpeechChunk> chunks = chunks(speech, audio.toString());
        List<RecognizeRequest> batch = chunks.stream().map(chunk -> requests.request(chunk, options)).toList();
        long sent = System.nanoTime();
        List<RecognizeResponse> responses = calls.recognize(batch);
        LOG.debug("Google Cloud Speech transcribed {} ({} s, {} {} Hz) in {} request(s): {} ms to prepare, {} ms "
                        + "to recognise", audio, String.format(Locale.ROOT, "%.1f", speech.seconds()),
                chunks.get(0).encoding(), chunks.get(0).sampleRate(), chunks.size(), (sent - started) / 1_000_000,
                (System.nanoTime() - sent) / 1_000_000);
        return GoogleSpeechResponses.transcript(chunks, responses, options, config.wordConfidence());
    }

    private List<SpeechChunk> chunks(SpeechAudio speech, String source) {
        if (speech.fitsOneRequest(config.chunkLength())) {
            return List.of(new SpeechChunk(0, speech.encoding(), speech.sampleRate(), speech.content()));
        }
        long started = System.nanoTime();
        short[] pcm = speech.pcm16k(source);
        List<PcmChunker.Span> spans = PcmChunker.split(pcm, OpusPcm.RATE, config.chunkLength().toMillis());
        List<SpeechChunk> chunks = new ArrayList<>(spans.size());
        for (PcmChunker.Span span : spans) {
            ByteBuffer bytes = ByteBuffer.allocate((span.end() - span.start()) * 2).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asShortBuffer().put(pcm, span.start(), span.end() - span.start());
            chunks.add(new SpeechChunk(span.start() * 1000L / OpusPcm.RATE, AudioEncoding.LINEAR16, OpusPcm.RATE,
                    bytes.array()));
        }
        LOG.debug("Cut {} ({} s, chunk length {}) into {} chunk(s) starting at {} ms, in {} ms", source,
                String.format(Locale.ROOT, "%.1f", speech.seconds()), config.chunkLength(), chunks.size(),
                chunks.stream().map(SpeechChunk::offsetMs).toList(), (System.nanoTime() - started) / 1_000_000);
        return chunks;
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "GoogleSpeechToTextProvider[" + config + "]";
    }
}
