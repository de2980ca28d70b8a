package dev.aiinterview.gemini;

import com.google.genai.Client;
import com.google.genai.types.GenerateContentResponse;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmRequest;
import dev.aiinterview.spi.LlmResponse;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves prompt contracts with Gemini's generateContent: the contract's system instruction, its user prompt as the
 * user turn and, when it has one, its JSON Schema as {@code responseJsonSchema}. Makes exactly one HTTP attempt per
 * call; the SDK's gateway owns retries, truncation and refusal handling. Thread-safe.
 */
public final class GeminiLlmProvider implements LlmProvider {

    private static final Logger LOG = LoggerFactory.getLogger(GeminiLlmProvider.class);

    private final Client client;
    private final GeminiConfig config;
    private final GeminiRequestMapper requests;
    private final GeminiExceptionMapper exceptions;
    private final AtomicBoolean closed = new AtomicBoolean();

    GeminiLlmProvider(Client client, GeminiConfig config) {
        this.client = client;
        this.config = config;
        this.requests = new GeminiRequestMapper(config);
        GeminiModels models = new GeminiModels(client, config);
        this.exceptions = new GeminiExceptionMapper(config, models::suggestions);
    }

    @Override
    public String id() {
        return GeminiLlmProviderFactory.ID;
    }

    /** The default model; a task may use another through {@code interview.gemini.model.<task>}. */
    @Override
    public String model() {
        return config.model();
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.STRUCTURED_OUTPUT, Capability.AUDIO_INPUT);
    }

    /**
     * Sends the request with google-genai's asynchronous client, so no thread waits for Gemini while it works; the
     * blocking {@code generate} waits for this.
     */
    @Override
    public CompletableFuture<LlmResponse> generateAsync(LlmRequest request) {
        String model = config.modelFor(request.task());
        long started = System.nanoTime();
        CompletableFuture<GenerateContentResponse> call;
        try {
            call = client.async.models.generateContent(model, requests.contents(request),
                    requests.generationConfig(request));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(exceptions.map(e, request.task()));
        }
        return call.handle((response, error) -> {
            if (error != null) {
                throw exceptions.map(GeminiExceptionMapper.unwrap(error), request.task());
            }
            LlmResponse reply = GeminiResponseMapper.toLlmResponse(response, model);
            LOG.debug("Gemini {} answered {} in {} ms: {}, {}", model, request,
                    (System.nanoTime() - started) / 1_000_000, reply.finishReason(), reply.usage());
            return reply;
        });
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            client.close();
        }
    }

    @Override
    public String toString() {
        return "GeminiLlmProvider[" + config + "]";
    }
}
