package dev.aiinterview.web.webhook;

import com.sun.net.httpserver.HttpServer;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/**
 * A webhook receiver on a local port, as strict as a real one: every request is checked with the Standard Webhooks
 * library against the endpoint's secret, and its answer is scripted per request number (0 first): a status, and a
 * delay before answering. Requests are recorded with the answer given.
 */
public final class Receiver implements AutoCloseable {

    /** One request received: its headers' values, its body, and what it was answered. */
    public record Request(String id, String timestamp, String signature, String body, int status, boolean verified) {}

    /** The answer to the n-th request. */
    public record Answer(int status, Duration delay) {
        public static Answer ok() {
            return new Answer(200, Duration.ZERO);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile String secret;

    private Receiver(HttpServer server) {
        this.server = server;
    }

    /** Starts a receiver on {@code port} (0 for any free one) answering as {@code script} says. */
    public static Receiver start(int port, IntFunction<Answer> script) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
            var receiver = new Receiver(server);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/hook", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                String text = new String(body, StandardCharsets.UTF_8);
                int n;
                synchronized (receiver) {
                    n = receiver.seen++;
                }
                receiver.arrived.add(exchange.getRequestHeaders().getFirst("webhook-id"));
                Answer answer = script.apply(n);
                boolean verified = receiver.verify(text, exchange.getRequestHeaders());
                if (!answer.delay().isZero()) {
                    try {
                        Thread.sleep(answer.delay().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                receiver.requests.add(new Request(exchange.getRequestHeaders().getFirst("webhook-id"),
                        exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                        exchange.getRequestHeaders().getFirst("webhook-signature"), text, answer.status(), verified));
                try {
                    exchange.sendResponseHeaders(answer.status(), -1);
                } catch (IOException gone) {
                    // the sender gave up waiting: it counts as no answer
                }
                exchange.close();
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int seen;
    private final List<String> arrived = new CopyOnWriteArrayList<>();

    /** The webhook-ids of the requests that arrived so far, answered or not yet, in order of arrival. */
    public List<String> arrived() {
        return List.copyOf(arrived);
    }

    private boolean verify(String body, Map<String, List<String>> headers) {
        var lower = new java.util.HashMap<String, List<String>>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
        try {
            new Webhook(secret).verify(body, lower);
            return true;
        } catch (WebhookVerificationException | EmptyWebhookSecretException | RuntimeException e) {
            return false;
        }
    }

    /** The secret requests must be signed with. */
    public void secret(String secret) {
        this.secret = secret;
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hook";
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The webhook-ids of the requests answered 2xx, in the order they were answered, repeats kept. */
    public List<String> acknowledged() {
        var ids = new ArrayList<String>();
        for (Request r : requests) {
            if (r.status() >= 200 && r.status() < 300) {
                ids.add(r.id());
            }
        }
        return ids;
    }

    /** Waits (at most {@code within}) until {@code count} distinct webhook-ids were acknowledged. */
    public void awaitAcknowledged(int count, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (new LinkedHashSet<>(acknowledged()).size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Expected " + count + " acknowledged events, got " + requests);
            }
            sleep(50);
        }
    }

    /** A local port nothing listens on (until a receiver is started on it). */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
