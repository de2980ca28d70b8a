package dev.aiinterview.gemini;

import com.google.genai.Client;
import com.google.genai.errors.GenAiIOException;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import dev.aiinterview.api.error.ConfigurationException;
import java.time.Duration;
import java.util.List;

/** Builds the google-genai {@link Client} from {@link GeminiConfig}. */
final class GeminiClientFactory {

    private GeminiClientFactory() {
    }

    /**
     * A client for the tasks a provider serves, once the API has said that their models are served (unless
     * {@link GeminiConfig#CHECK_MODELS} is off). The client is closed when the check fails.
     */
    static Client createChecked(GeminiConfig config, List<String> tasks) {
        Client client = create(config);
        if (config.checkModels()) {
            try {
                new GeminiModels(client, config).requireServed(tasks);
            } catch (RuntimeException e) {
                client.close();
                throw e;
            }
        }
        return client;
    }

    /** A timeout as the SDK takes it: whole milliseconds in an int. */
    static int millis(Duration timeout) {
        return (int) Math.min(timeout.toMillis(), Integer.MAX_VALUE);
    }

    /**
     * A client whose own retries are off: the SDK's wrapper retries every LLM and speech-to-text call, so client
     * retries would multiply attempts and hide the server's retry delay.
     */
    static Client create(GeminiConfig config) {
        HttpOptions.Builder http = HttpOptions.builder()
                .timeout(millis(config.timeout()))
                // google-genai 2.0.0 still sleeps its backoff (about 1 s) after the last attempt on 429/5xx, so the
                // initial delay must be zero as well for a failure to return at once.
                .retryOptions(HttpRetryOptions.builder().attempts(1).initialDelay(0.0).build());
        config.baseUrl().ifPresent(http::baseUrl);
        config.apiVersion().ifPresent(http::apiVersion);

        // vertexAI(...) is always set explicitly so GOOGLE_GENAI_USE_VERTEXAI in the environment cannot flip the mode.
        Client.Builder builder = Client.builder().httpOptions(http.build()).vertexAI(config.vertexMode());
        if (config.vertexMode()) {
            builder.project(config.vertexProject()).location(config.vertexLocation());
        } else {
            builder.apiKey(config.apiKey());
        }
        try {
            return builder.build();
        } catch (GenAiIOException e) {
            // The SDK loads Application Default Credentials while building a Vertex AI client.
            throw new ConfigurationException("Gemini on Vertex AI could not load Google Application Default "
                    + "Credentials: run 'gcloud auth application-default login' or set GOOGLE_APPLICATION_CREDENTIALS, "
                    + "or use an API key (GEMINI_API_KEY) instead of " + GeminiConfig.VERTEX_PROJECT, e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ConfigurationException("Gemini client settings were rejected: " + e.getMessage(), e);
        }
    }
}
