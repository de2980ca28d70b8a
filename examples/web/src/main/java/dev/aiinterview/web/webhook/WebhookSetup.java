package dev.aiinterview.web.webhook;

import dev.aiinterview.web.storage.Database;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhooks assembled: the events written with the changes that cause them ({@link #events()}, given to the session
 * store and the invitations), the service the pages and the API call ({@link #webhooks()}), and the dispatcher,
 * started by {@link #start()} when the settings enable it and stopped by {@link #close()}.
 */
public final class WebhookSetup implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSetup.class);

    private final InterviewEvents events;
    private final Webhooks webhooks;
    private final Dispatcher dispatcher;
    private final WebhookSettings settings;

    /** Wires webhooks on this database; nothing runs until {@link #start()}. */
    public WebhookSetup(Database db, Clock clock, WebhookSettings settings) {
        this.settings = settings;
        var outbox = new Outbox(clock);
        this.events = new InterviewEvents(outbox);
        this.webhooks = new Webhooks(db, clock, outbox, settings.allowPrivateNetworks());
        var queue = new DeliveryQueue(db, clock, new RetrySchedule(settings.firstRetry(), settings.retryWindow()),
                settings.lease());
        this.dispatcher = new Dispatcher(queue, new WebhookSender(settings.timeout(), clock, settings.allowPrivateNetworks()), settings);
    }

    /** Writes the events of interviews, in the transactions of their changes. */
    public InterviewEvents events() {
        return events;
    }

    /** The organizations' endpoints and deliveries. */
    public Webhooks webhooks() {
        return webhooks;
    }

    /** Starts sending due deliveries, unless the settings turn the dispatcher off on this node. */
    public void start() {
        if (settings.enabled()) {
            dispatcher.start();
        } else {
            LOG.info("Webhook dispatcher off on this node ({}=false): events are queued, not sent",
                    WebhookSettings.ENABLED);
        }
    }

    @Override
    public void close() {
        dispatcher.close();
    }
}
