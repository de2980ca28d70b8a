package dev.aiinterview.web.webhook;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loop that sends due deliveries: every poll interval it claims as many as it has free senders (at most the
 * configured concurrency) and sends each on a sender thread. The claiming and recording is {@link DeliveryQueue}'s.
 */
final class Dispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final DeliveryQueue queue;
    private final WebhookSender sender;
    private final WebhookSettings settings;
    private final Semaphore free;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r ->
            daemon(r, "webhook-dispatcher"));
    private final ExecutorService senders;

    Dispatcher(DeliveryQueue queue, WebhookSender sender, WebhookSettings settings) {
        this.queue = queue;
        this.sender = sender;
        this.settings = settings;
        this.free = new Semaphore(settings.concurrency());
        var counter = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(settings.concurrency(), r ->
                daemon(r, "webhook-sender-" + counter.incrementAndGet()));
    }

    void start() {
        timer.scheduleWithFixedDelay(this::pollSafely, 0, settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Claims and starts sending what is due and fits; returns how many were started. */
    int poll() {
        int slots = free.availablePermits();
        if (slots == 0) {
            return 0;
        }
        var claimed = queue.claim(slots);
        for (var d : claimed) {
            free.acquireUninterruptibly();
            senders.execute(() -> {
                try {
                    deliver(d);
                } finally {
                    free.release();
                }
            });
        }
        return claimed.size();
    }

    private void deliver(DeliveryQueue.Claimed d) {
        try {
            var outcome = sender.send(d);
            boolean recorded = outcome.delivered() ? queue.delivered(d, outcome.statusCode())
                    : queue.attemptFailed(d, outcome.statusCode(), outcome.error());
            if (!outcome.delivered()) {
                LOG.info("Webhook {} delivery {} attempt {} failed: {}", d.messageId(), d.id(), d.attempts() + 1,
                        outcome.error());
            }
            if (!recorded) {
                LOG.warn("Webhook delivery {} was taken over by another worker while being sent", d.id());
            }
        } catch (RuntimeException e) {
            // The lease lapses and the delivery is sent again.
            LOG.warn("Webhook delivery {} could not be completed; it will be retried", d.id(), e);
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("Webhook dispatch failed; will try again", e);
        }
    }

    /**
     * Stops polling and interrupts the sends in progress, waiting briefly for them to record their outcome before
     * the database closes; one that does not is sent again once its lease lapses.
     */
    @Override
    public void close() {
        timer.shutdownNow();
        senders.shutdownNow();
        try {
            if (!senders.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Stopping with webhook deliveries in flight; they are sent again after the restart");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
