package dev.aiinterview.web.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Sends one delivery: a POST of the event's JSON with the Standard Webhooks headers, signed afresh with the current
 * time on every attempt (receivers refuse old timestamps). Redirects are not followed; at most {@value #MAX_BODY}
 * bytes of the answer are read, for the error shown to the recruiter. A receiver whose name resolves to a private
 * or local address is not contacted (see {@link ReceiverAddress}).
 */
final class WebhookSender {

    /** What came of one attempt: {@code statusCode} null when no answer came. */
    record Outcome(boolean delivered, Integer statusCode, String error) {}

    static final int MAX_BODY = 1024;

    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;
    private final boolean allowPrivate;

    WebhookSender(Duration timeout, Clock clock, boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
        this.clock = clock;
    }

    Outcome send(DeliveryQueue.Claimed d) {
        URI uri = URI.create(d.url());
        var refused = ReceiverAddress.refusedResolved(uri.getHost(), allowPrivate);
        if (refused.isPresent()) {
            return new Outcome(false, null, refused.get());
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("content-type", "application/json")
                .header("user-agent", "interview-web-webhooks")
                .header("webhook-id", d.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", Signature.sign(d.secret(), d.messageId(), timestamp, d.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String body;
            try (InputStream in = response.body()) {
                body = new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8).strip();
            }
            int code = response.statusCode();
            if (code >= 200 && code < 300) {
                return new Outcome(true, code, null);
            }
            return new Outcome(false, code, "HTTP " + code + (body.isEmpty() ? "" : ": " + body));
        } catch (HttpTimeoutException e) {
            return new Outcome(false, null, "No answer within " + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            return new Outcome(false, null, "Could not connect: " + (e.getMessage() == null ? "refused" : e.getMessage()));
        } catch (IOException e) {
            return new Outcome(false, null, "Connection failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "Interrupted: the app was stopping");
        }
    }
}
