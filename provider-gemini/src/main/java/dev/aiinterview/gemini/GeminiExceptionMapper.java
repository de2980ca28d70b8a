package dev.aiinterview.gemini;

import com.google.genai.errors.ApiException;
import com.google.genai.errors.GenAiIOException;
import dev.aiinterview.api.error.AuthenticationException;
import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.api.error.InvalidRequestException;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.api.error.ProviderTimeoutException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.api.error.RateLimitedException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps google-genai failures to the SDK's exceptions, so no vendor type escapes the module. Messages say what to
 * fix and name the setting.
 */
final class GeminiExceptionMapper {

    // google-genai 2.0.0's ApiException exposes only code(), status() and message(); message() appends each entry
    // of the error's details[] as JSON, so the RetryInfo delay is read from that text.
    private static final Pattern RETRY_INFO = Pattern.compile(
            "\"retryDelay\"\\s*:\\s*\"(\\d+(?:\\.\\d+)?)s\"");
    private static final Pattern RETRY_IN_MESSAGE = Pattern.compile(
            "retry in (\\d+(?:\\.\\d+)?)\\s*(ms|s)\\b", Pattern.CASE_INSENSITIVE);

    private final GeminiConfig config;
    private final Function<GeminiTask, String> suggestions;

    GeminiExceptionMapper(GeminiConfig config) {
        this(config, task -> "");
    }

    /** @param suggestions served models that could replace a task's model, as "; served models that fit: ..." */
    GeminiExceptionMapper(GeminiConfig config, Function<GeminiTask, String> suggestions) {
        this.config = config;
        this.suggestions = suggestions;
    }

    /** The SDK exception for a failed call made with a task's model. */
    InterviewException map(RuntimeException e, String task) {
        if (e instanceof InterviewException ie) {
            return ie;
        }
        if (e instanceof ApiException api) {
            return fromApi(api, task);
        }
        if (e instanceof GenAiIOException io) {
            return fromIo(io, task);
        }
        return new ProviderException(GeminiLlmProviderFactory.ID, "Gemini call failed unexpectedly: "
                + redact(e.toString()), e);
    }

    /** A message with the key taken out, should a library have quoted it (OkHttp quotes header values it refuses). */
    private String redact(String message) {
        String key = config.apiKey();
        return key == null || key.isEmpty() || message == null ? message : message.replace(key, "***");
    }

    private InterviewException fromApi(ApiException e, String task) {
        int code = e.code();
        String detail = "Gemini answered HTTP " + code + " " + e.status() + ": " + redact(firstLine(e.message()));
        String id = GeminiLlmProviderFactory.ID;
        if (code == 401 || code == 403 || isInvalidKey(e)) {
            return new AuthenticationException(id, detail + "; " + config.credentialsHint(), e);
        }
        if (code == 404) {
            GeminiTask t = config.task(task);
            return new InvalidRequestException(id, detail + "; model '" + t.model() + "' is not served with API "
                    + "version '" + config.apiVersion().orElse("sdk default") + "'" + suggestions.apply(t)
                    + ": set " + t.modelKey() + " to a served model (interview doctor checks every model)", e);
        }
        if (code == 400 && "FAILED_PRECONDITION".equals(e.status())) {
            // The Developer API's answer when the free tier is not offered where the caller is, or billing is off.
            return new AuthenticationException(id, detail + "; the Gemini API is not available to this project as "
                    + "it is: enable billing for the key's project (https://aistudio.google.com), or call from a "
                    + "supported region, or use Vertex AI (" + GeminiConfig.VERTEX_PROJECT + ")", e);
        }
        if (code == 402) {
            // Depleted prepaid credits: waiting does not help, topping up does.
            return new AuthenticationException(id, detail + "; the project's prepaid Gemini credits are used up: "
                    + "add credit or change billing in Google AI Studio (https://aistudio.google.com)", e);
        }
        if (code == 429) {
            Duration retryAfter = retryDelay(e.message()).orElse(null);
            return new RateLimitedException(id, detail + (retryAfter == null ? ""
                    : "; retry after " + retryAfter.toMillis() + " ms"), retryAfter, e);
        }
        if (code == 408 || code == 504) {
            return new ProviderTimeoutException(id, detail, e);
        }
        if (code >= 500) {
            return new ProviderUnavailableException(id, detail, e);
        }
        return new InvalidRequestException(id, detail, e);
    }

    private InterviewException fromIo(GenAiIOException e, String task) {
        String id = GeminiLlmProviderFactory.ID;
        String timeoutKey = GeminiConfig.TRANSCRIPTION_TASK.equals(task) ? GeminiConfig.TRANSCRIPTION_TIMEOUT
                : GeminiConfig.TIMEOUT;
        for (Throwable c = e; c != null; c = c.getCause()) {
            // OkHttp reports call, read and connect timeouts as InterruptedIOException (SocketTimeoutException).
            if (c instanceof InterruptedIOException) {
                return new ProviderTimeoutException(id, "Gemini did not answer within the timeout; raise "
                        + timeoutKey + " if calls are slow (" + redact(c.toString()) + ")", e);
            }
        }
        Throwable cause = e.getCause() instanceof IOException ? e.getCause() : e;
        return new ProviderUnavailableException(id, "Gemini could not be reached: " + redact(cause.toString())
                + "; check the network and " + GeminiConfig.BASE_URL, e);
    }

    /** The server's requested wait: RetryInfo's retryDelay, else "Please retry in 37.5s" in the message. */
    static Optional<Duration> retryDelay(String message) {
        if (message == null) {
            return Optional.empty();
        }
        Matcher info = RETRY_INFO.matcher(message);
        if (info.find()) {
            return Optional.of(seconds(info.group(1)));
        }
        Matcher text = RETRY_IN_MESSAGE.matcher(message);
        if (text.find()) {
            return Optional.of(text.group(2).equalsIgnoreCase("ms")
                    ? Duration.ofMillis(Math.round(Double.parseDouble(text.group(1))))
                    : seconds(text.group(1)));
        }
        return Optional.empty();
    }

    // The Developer API answers a wrong key with 400 INVALID_ARGUMENT and reason API_KEY_INVALID, not 401.
    private static boolean isInvalidKey(ApiException e) {
        String message = String.valueOf(e.message()).toLowerCase(Locale.ROOT);
        return e.code() == 400 && (message.contains("api_key_invalid") || message.contains("api key not valid"));
    }

    private static Duration seconds(String value) {
        return Duration.ofMillis(Math.round(Double.parseDouble(value) * 1000));
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /**
     * The client's own failure inside a future's wrapper, so the mapper sees what the blocking call throws; a
     * checked one stays wrapped.
     */
    static RuntimeException unwrap(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof RuntimeException runtime ? runtime : new CompletionException(cause);
    }
}
