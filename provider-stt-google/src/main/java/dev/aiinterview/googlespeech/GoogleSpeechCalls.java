package dev.aiinterview.googlespeech;

import com.google.api.core.ApiFuture;
import com.google.api.core.ApiFutures;
import com.google.cloud.speech.v1.RecognizeRequest;
import com.google.cloud.speech.v1.RecognizeResponse;
import com.google.cloud.speech.v1.SpeechClient;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.api.error.ProviderTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends Recognize requests at the same time and waits for all of them within the timeout. The first failure fails
 * the whole transcription (the other calls are cancelled): a transcript with a silent hole is worse than none.
 */
final class GoogleSpeechCalls {

    /** Beyond the per-call timeout, so gax's own DEADLINE_EXCEEDED (with Google's message) arrives first. */
    private static final long GRACE_MS = 5_000;

    private final SpeechClient client;
    private final GoogleSpeechConfig config;
    private final GoogleSpeechExceptions exceptions;

    GoogleSpeechCalls(SpeechClient client, GoogleSpeechConfig config, GoogleSpeechExceptions exceptions) {
        this.client = client;
        this.config = config;
        this.exceptions = exceptions;
    }

    /** The responses in the order of the requests. */
    List<RecognizeResponse> recognize(List<RecognizeRequest> requests) {
        List<ApiFuture<RecognizeResponse>> calls = new ArrayList<>(requests.size());
        try {
            for (RecognizeRequest request : requests) {
                calls.add(client.recognizeCallable().futureCall(request));
            }
        } catch (RuntimeException e) {
            cancel(calls);
            throw exceptions.map(e);
        }
        try {
            return ApiFutures.allAsList(calls).get(config.timeout().toMillis() + GRACE_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            cancel(calls);
            throw exceptions.map(e.getCause() == null ? e : e.getCause());
        } catch (TimeoutException e) {
            cancel(calls);
            throw new ProviderTimeoutException(GoogleSpeechToTextProviderFactory.ID, "Google Cloud Speech did not "
                    + "answer " + requests.size() + " request(s) within " + config.timeout() + " ("
                    + GoogleSpeechConfig.TIMEOUT + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel(calls);
            throw new ProviderException(GoogleSpeechToTextProviderFactory.ID,
                    "Interrupted while waiting for Google Cloud Speech", e);
        }
    }

    private static void cancel(List<ApiFuture<RecognizeResponse>> calls) {
        calls.forEach(call -> call.cancel(true));
    }
}
