package dev.aiinterview.web.webhook;

import com.sun.net.httpserver.HttpServer;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
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

    /**
     * The answer to the n-th request: a status after a delay; with {@code stalledBody}, the status line and the
     * first bytes of a body are sent, and the body is then held open until the receiver closes.
     */
    public record Answer(int status, Duration delay, boolean stalledBody) {
        public Answer(int status, Duration delay) {
            this(status, delay, false);
        }

        public static Answer ok() {
            return new Answer(200, Duration.ZERO);
        }

        /** Sends the status and the start of a body at once, then never ends the body. */
        public static Answer stalledBody(int status) {
            return new Answer(status, Duration.ZERO, true);
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
                if (receiver.down) {
                    // Like a receiver that is not running: the connection is closed without an answer.
                    receiver.refused.incrementAndGet();
                    exchange.close();
                    return;
                }
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
                    if (answer.stalledBody()) {
                        exchange.sendResponseHeaders(answer.status(), 0);
                        exchange.getResponseBody().write("partial".getBytes(StandardCharsets.UTF_8));
                        exchange.getResponseBody().flush();
                        receiver.closed.await();
                    } else {
                        exchange.sendResponseHeaders(answer.status(), -1);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
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
    private volatile boolean down;
    private final java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

    /**
     * Starts a receiver that is down: its port stays bound (no other program can take it) but every connection is
     * closed without an answer until {@link #up()}.
     */
    public static Receiver startDown(IntFunction<Answer> script) {
        Receiver receiver = start(0, script);
        receiver.down = true;
        return receiver;
    }

    /** Answers from now on, as the script says. */
    public void up() {
        down = false;
    }

    /** How many requests were turned away while the receiver was down. */
    public int refused() {
        return refused.get();
    }
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
        closed.countDown();
        server.stop(0);
    }
}
