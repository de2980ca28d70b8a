package dev.aiinterview.gemini;

import com.google.genai.Client;
import com.google.genai.types.Content;
import com.google.genai.types.File;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.Part;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.api.error.RefusalException;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.LlmResponse;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transcribes answers with Gemini: the audio goes inline up to {@code interview.gemini.inline-audio-limit} and through
 * the Files API above it. Google's transcription model ({@value GeminiConfig#DEFAULT_TRANSCRIPTION_MODEL}, the
 * default) gets its {@code audioTranscriptionConfig} and returns words with timings ({@link TranscribeModel}); a
 * general model (such as a Flash model set with {@code interview.gemini.model.transcription}) gets a
 * verbatim-transcription instruction and a JSON reply schema, and gives text and language only. Neither gives word
 * confidence. Each call has its own timeout, {@code interview.gemini.transcription-timeout}. One attempt per call: the
 * SDK's wrapper retries retriable failures ({@code interview.stt.max-attempts}), re-sending the audio. Thread-safe.
 */
public final class GeminiSpeechToTextProvider implements SpeechToTextProvider {

    private static final Logger LOG = LoggerFactory.getLogger(GeminiSpeechToTextProvider.class);

    private final Client client;
    private final GeminiConfig config;
    private final GeminiExceptionMapper exceptions;
    private final GeminiFileUploader uploader;
    private final AtomicBoolean closed = new AtomicBoolean();

    GeminiSpeechToTextProvider(Client client, GeminiConfig config, GeminiFileUploader.Pause sleeper) {
        this.client = client;
        this.config = config;
        GeminiModels models = new GeminiModels(client, config);
        this.exceptions = new GeminiExceptionMapper(config, models::suggestions);
        this.uploader = new GeminiFileUploader(client, config, exceptions, sleeper);
    }

    @Override
    public String id() {
        return GeminiSpeechToTextProviderFactory.ID;
    }

    /** The transcription model. */
    @Override
    public String model() {
        return config.modelFor(GeminiConfig.TRANSCRIPTION_TASK);
    }

    @Override
    public Set<Capability> capabilities() {
        return TranscribeModel.handles(model()) ? Set.of(Capability.WEBM_AUDIO, Capability.WORD_TIMINGS)
                : Set.of(Capability.WEBM_AUDIO);
    }

    /**
     * Inline audio goes with google-genai's asynchronous client, so no thread waits while Gemini transcribes. Audio
     * above the inline limit goes through the Files API, whose upload and wait block: that runs on the calling
     * thread.
     */
    @Override
    public CompletableFuture<Transcript> transcribeAsync(AudioInput audio, TranscriptionOptions options) {
        Part inline;
        try {
            AudioKind kind = AudioKind.of(audio);
            if (audio.size() > config.inlineAudioLimit()) {
                return SpeechToTextProvider.super.transcribeAsync(audio, options);
            }
            inline = Part.fromBytes(read(audio), kind.mimeType());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return send(model(), inline, options);
    }

    @Override
    public Transcript transcribe(AudioInput audio, TranscriptionOptions options) {
        AudioKind kind = AudioKind.of(audio);
        long size = audio.size();
        if (size <= config.inlineAudioLimit()) {
            return await(transcribeAsync(audio, options));
        }
        File file = upload(audio, kind, size);
        try {
            return await(send(model(), Part.fromUri(file.uri().orElseThrow(), kind.mimeType()), options));
        } finally {
            uploader.deleteQuietly(file);
        }
    }

    /** One generateContent call with the audio part; fails with the SDK's exceptions. */
    private CompletableFuture<Transcript> send(String model, Part audioPart, TranscriptionOptions options) {
        boolean dedicated = TranscribeModel.handles(model);
        GenerateContentConfig.Builder generation = dedicated
                ? TranscribeModel.config(options, TranscriptionPrompt.hints(options.phraseHints()))
                : promptConfig(options);
        generation.httpOptions(HttpOptions.builder()
                .timeout(GeminiClientFactory.millis(config.transcriptionTimeout())).build());
        List<Content> contents = dedicated ? TranscribeModel.contents(audioPart)
                : List.of(GeminiRequestMapper.userContent(Part.fromText(TranscriptionPrompt.userText(options)),
                        audioPart));
        long started = System.nanoTime();
        CompletableFuture<GenerateContentResponse> call;
        try {
            call = client.async.models.generateContent(model, contents, generation.build());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(exceptions.map(e, GeminiConfig.TRANSCRIPTION_TASK));
        }
        return call.handle((response, error) -> {
            if (error != null) {
                throw exceptions.map(GeminiExceptionMapper.unwrap(error), GeminiConfig.TRANSCRIPTION_TASK);
            }
            LOG.debug("Gemini {} transcribed in {} ms", model, (System.nanoTime() - started) / 1_000_000);
            return read(model, dedicated, response, options);
        });
    }

    private Transcript read(String model, boolean dedicated, GenerateContentResponse response,
                            TranscriptionOptions options) {
        LlmResponse reply = GeminiResponseMapper.toLlmResponse(response, model);
        switch (reply.finishReason()) {
            case SAFETY, RECITATION, OTHER -> throw new RefusalException(id(), reply.finishReason().name(),
                    "Gemini refused to transcribe the audio (" + reply.finishReason() + ")");
            case MAX_TOKENS -> throw new ProviderException(id(), "Gemini's transcript was cut off at its output "
                    + "limit; the recording may be too long for one call");
            default -> {
            }
        }
        return dedicated ? TranscribeModel.read(response, model, options)
                : TranscriptionPrompt.read(reply.text(), options);
    }

    /** Waits for a call and throws its failure as it was thrown inside the future. */
    private static Transcript await(CompletableFuture<Transcript> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            throw GeminiExceptionMapper.unwrap(e);
        }
    }

    /** A general model transcribes by instruction, with its family's thinking setting and no low temperature. */
    private GenerateContentConfig.Builder promptConfig(TranscriptionOptions options) {
        GeminiTask task = config.task(GeminiConfig.TRANSCRIPTION_TASK);
        GenerateContentConfig.Builder generation = GenerateContentConfig.builder()
                .systemInstruction(Content.fromParts(Part.fromText(TranscriptionPrompt.systemInstruction(options))))
                .responseMimeType("application/json")
                .responseJsonSchema(TranscriptionPrompt.schema(options))
                .candidateCount(1);
        GeminiRequestMapper.temperature(generation, task, config.temperature().orElse(0.0));
        GeminiRequestMapper.thinking(generation, task);
        return generation;
    }

    private File upload(AudioInput audio, AudioKind kind, long size) {
        if (config.vertexMode()) {
            throw new InvalidInputException("Audio of " + size + " bytes is above " + GeminiConfig.INLINE_AUDIO_LIMIT
                    + " (" + config.inlineAudioLimit() + ") and the Files API is not available on Vertex AI; send "
                    + "shorter recordings or use an API key (GEMINI_API_KEY)");
        }
        return uploader.upload(audio, kind);
    }

    private static byte[] read(AudioInput audio) {
        try {
            return audio.readAllBytes();
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the audio " + audio + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            client.close();
        }
    }

    @Override
    public String toString() {
        return "GeminiSpeechToTextProvider[" + config + "]";
    }
}
