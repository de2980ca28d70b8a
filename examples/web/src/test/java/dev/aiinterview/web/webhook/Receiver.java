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
final class Receiver implements AutoCloseable {

    /** One request received: its headers' values, its body, and what it was answered. */
    record Request(String id, String timestamp, String signature, String body, int status, boolean verified) {}

    /** The answer to the n-th request. */
    record Answer(int status, Duration delay) {
        static Answer ok() {
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
    static Receiver start(int port, IntFunction<Answer> script) {
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
    void secret(String secret) {
        this.secret = secret;
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/hook";
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The webhook-ids of the requests answered 2xx, in the order they were answered, repeats kept. */
    List<String> acknowledged() {
        var ids = new ArrayList<String>();
        for (Request r : requests) {
            if (r.status() >= 200 && r.status() < 300) {
                ids.add(r.id());
            }
        }
        return ids;
    }

    /** Waits (at most {@code within}) until {@code count} distinct webhook-ids were acknowledged. */
    void awaitAcknowledged(int count, Duration within) {
        Instant deadline = Instant.now().plus(within);
        while (new LinkedHashSet<>(acknowledged()).size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Expected " + count + " acknowledged events, got " + requests);
            }
            sleep(50);
        }
    }

    /** A local port nothing listens on (until a receiver is started on it). */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
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
