package dev.aiinterview.web.webhook;

import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one delivery: a POST of the event's JSON with the Standard Webhooks headers, signed afresh with the current
 * time on every attempt (receivers refuse old timestamps). Redirects are not followed; the whole exchange, the
 * answer's body included, must end within the timeout; at most {@value #MAX_BODY} bytes of a failure's answer are
 * read, for the error shown to the recruiter, and none of a success's. A receiver whose name resolves to a private
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
        // The JVM's proxy settings (https.proxyHost...) apply: an egress proxy is the way to close the gap the
        // address check leaves (the client resolves the name again; see docs/webhooks.md, DNS rebinding).
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        ProxySelector proxies = ProxySelector.getDefault();
        this.client = (proxies == null ? builder : builder.proxy(proxies)).build();
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
        // The whole exchange, headers and body, is bounded by the timeout: HttpRequest.timeout covers the headers
        // only, and a receiver that holds its body open must not keep this sender past the delivery's lease.
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, WebhookSender::body);
        try {
            HttpResponse<byte[]> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            int code = response.statusCode();
            if (code >= 200 && code < 300) {
                return new Outcome(true, code, null);
            }
            String body = new String(response.body(), StandardCharsets.UTF_8).strip();
            return new Outcome(false, code, "HTTP " + code + (body.isEmpty() ? "" : ": " + body));
        } catch (TimeoutException e) {
            exchange.cancel(true); // closes the connection
            return noAnswer();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return noAnswer();
            }
            if (cause instanceof ConnectException) {
                return new Outcome(false, null, "Could not connect: "
                        + (cause.getMessage() == null ? "refused" : cause.getMessage()));
            }
            return new Outcome(false, null, "Connection failed: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "Interrupted: the app was stopping");
        }
    }

    private Outcome noAnswer() {
        return new Outcome(false, null, "No answer within " + timeout.toSeconds() + " s");
    }

    /**
     * Reads no body for a 2xx answer (the connection is closed as soon as its headers are in) and at most
     * {@value #MAX_BODY} bytes of any other, for the error shown to the recruiter.
     */
    private static HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
        boolean success = info.statusCode() >= 200 && info.statusCode() < 300;
        return new LimitedBody(success ? 0 : MAX_BODY);
    }
}
