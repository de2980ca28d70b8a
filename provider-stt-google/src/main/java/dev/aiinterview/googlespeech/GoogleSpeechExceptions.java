package dev.aiinterview.googlespeech;

import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.StatusCode;
import com.google.rpc.RetryInfo;
import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.error.AuthenticationException;
import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.api.error.InvalidRequestException;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.api.error.ProviderTimeoutException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.api.error.RateLimitedException;
import java.time.Duration;
import java.util.Locale;

/**
 * Maps gRPC/gax failures to the SDK's exceptions, so no vendor type escapes the module. Messages name the setting to
 * fix where there is one.
 */
final class GoogleSpeechExceptions {

    private static final String ID = GoogleSpeechToTextProviderFactory.ID;

    private final GoogleSpeechConfig config;

    GoogleSpeechExceptions(GoogleSpeechConfig config) {
        this.config = config;
    }

    InterviewException map(Throwable e) {
        if (e instanceof InterviewException ie) {
            return ie;
        }
        if (!(e instanceof ApiException api)) {
            return new ProviderException(ID, "Google Cloud Speech call failed unexpectedly: " + e, e);
        }
        StatusCode.Code code = api.getStatusCode().getCode();
        String detail = "Google Cloud Speech answered " + code + ": " + message(api);
        return switch (code) {
            case UNAUTHENTICATED, PERMISSION_DENIED -> new AuthenticationException(ID,
                    detail + "; " + config.credentialsHint(), e);
            case RESOURCE_EXHAUSTED -> {
                Duration retryAfter = retryDelay(api);
                yield new RateLimitedException(ID, detail + "; the project's Speech-to-Text quota is used up"
                        + (retryAfter == null ? "" : ", retry after " + retryAfter.toMillis() + " ms"), retryAfter, e);
            }
            case DEADLINE_EXCEEDED -> new ProviderTimeoutException(ID, detail + "; a longer "
                    + GoogleSpeechConfig.TIMEOUT + " may help", e);
            case UNAVAILABLE, INTERNAL, UNKNOWN, ABORTED -> new ProviderUnavailableException(ID, detail, e);
            case INVALID_ARGUMENT, OUT_OF_RANGE, FAILED_PRECONDITION, NOT_FOUND, UNIMPLEMENTED ->
                    new InvalidRequestException(ID, detail + invalidHint(detail), e);
            default -> new ProviderException(ID, detail, e);
        };
    }

    private static String invalidHint(String detail) {
        String lower = detail.toLowerCase(Locale.ROOT);
        if (lower.contains("model")) {
            return " (check " + GoogleSpeechConfig.MODEL + ")";
        }
        if (lower.contains("too long") || lower.contains("duration limit") || lower.contains("payload size")) {
            return " (lower " + GoogleSpeechConfig.CHUNK_LENGTH + ")";
        }
        if (lower.contains("language")) {
            return " (check the interview language, " + ConfigKeys.LANGUAGE + ")";
        }
        return "";
    }

    /** The gRPC description without the exception class name gRPC puts in front. */
    private static String message(ApiException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int statusAt = m.indexOf(e.getStatusCode().getCode() + ": ");
        return statusAt >= 0 ? m.substring(statusAt + e.getStatusCode().getCode().toString().length() + 2) : m;
    }

    private static Duration retryDelay(ApiException e) {
        RetryInfo info = e.getErrorDetails() == null ? null : e.getErrorDetails().getRetryInfo();
        if (info == null || !info.hasRetryDelay()) {
            return null;
        }
        return Duration.ofSeconds(info.getRetryDelay().getSeconds(), info.getRetryDelay().getNanos());
    }
}
