package dev.aiinterview.googlespeech;

import com.google.api.gax.longrunning.OperationFuture;
import com.google.api.gax.rpc.ApiException;
import com.google.cloud.speech.v1.LongRunningRecognizeMetadata;
import com.google.cloud.speech.v1.LongRunningRecognizeResponse;
import com.google.cloud.speech.v1.RecognitionAudio;
import com.google.cloud.speech.v1.RecognitionConfig;
import com.google.cloud.speech.v1.SpeechClient;
import com.google.cloud.speech.v1.SpeechRecognitionResult;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.api.error.ProviderTimeoutException;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transcribes answers with Google Cloud Speech-to-Text v1: {@code recognize} for audio up to
 * {@code interview.google-speech.sync-limit} (60 s), {@code longRunningRecognize} above it, both with the audio
 * inline (up to 10 MB). WAV goes as LINEAR16 at its own sample rate, WebM/Opus as WEBM_OPUS; the interview language,
 * the job's skills as phrase hints, word time offsets and word confidence are requested. A WebM recording of unknown
 * length that the short call refuses as too long is retried as long-running. Thread-safe.
 */
public final class GoogleSpeechToTextProvider implements SpeechToTextProvider {

    private static final Logger LOG = LoggerFactory.getLogger(GoogleSpeechToTextProvider.class);

    private final SpeechClient client;
    private final GoogleSpeechConfig config;
    private final GoogleSpeechRequests requests;
    private final GoogleSpeechExceptions exceptions;

    GoogleSpeechToTextProvider(SpeechClient client, GoogleSpeechConfig config) {
        this.client = client;
        this.config = config;
        this.requests = new GoogleSpeechRequests(config);
        this.exceptions = new GoogleSpeechExceptions(config);
    }

    @Override
    public String id() {
        return GoogleSpeechToTextProviderFactory.ID;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.WORD_TIMINGS, Capability.WORD_CONFIDENCE, Capability.WEBM_AUDIO);
    }

    @Override
    public Transcript transcribe(AudioInput audio, TranscriptionOptions options) {
        SpeechAudio speech = SpeechAudio.read(audio);
        RecognitionConfig request = requests.config(speech, options);
        RecognitionAudio content = GoogleSpeechRequests.audio(speech);
        long started = System.nanoTime();
        boolean longRunning = speech.longerThan(config.syncLimit().toMillis() / 1000.0);
        List<SpeechRecognitionResult> results = longRunning ? longRunning(request, content) : shortCall(request, content);
        LOG.debug("Google Cloud Speech transcribed {} ({} {} Hz, {}) in {} ms", audio, speech.encoding(),
                speech.sampleRate(), longRunning ? "long-running" : "short", (System.nanoTime() - started) / 1_000_000);
        return GoogleSpeechResponses.transcript(results, options);
    }

    private List<SpeechRecognitionResult> shortCall(RecognitionConfig request, RecognitionAudio content) {
        try {
            return client.recognize(request, content).getResultsList();
        } catch (ApiException e) {
            if (GoogleSpeechExceptions.isTooLongForShortCall(e)) {
                LOG.debug("The short call refused the audio as too long; using long-running recognition");
                return longRunning(request, content);
            }
            throw exceptions.map(e);
        } catch (RuntimeException e) {
            throw exceptions.map(e);
        }
    }

    private List<SpeechRecognitionResult> longRunning(RecognitionConfig request, RecognitionAudio content) {
        OperationFuture<LongRunningRecognizeResponse, LongRunningRecognizeMetadata> operation;
        try {
            operation = client.longRunningRecognizeAsync(request, content);
        } catch (RuntimeException e) {
            throw exceptions.map(e);
        }
        try {
            return operation.get(config.longRunningTimeout().toMillis(), TimeUnit.MILLISECONDS).getResultsList();
        } catch (ExecutionException e) {
            throw exceptions.map(e.getCause() == null ? e : e.getCause());
        } catch (TimeoutException | CancellationException e) {
            // gax cancels the operation itself once its polling runs past the same limit
            operation.cancel(true);
            throw new ProviderTimeoutException(id(), "Google Cloud Speech's long-running recognition took longer than "
                    + config.longRunningTimeout() + " (" + GoogleSpeechConfig.LONG_RUNNING_TIMEOUT + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            operation.cancel(true);
            throw new ProviderException(id(), "Interrupted while waiting for Google Cloud Speech", e);
        }
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
