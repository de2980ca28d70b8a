package dev.aiinterview.web.webhook;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import java.time.Duration;

/**
 * How webhooks are delivered.
 *
 * @param enabled      whether this node runs the dispatcher ({@value #ENABLED}, default true); events are written to
 *                     the outbox either way, so a node with it off loses none
 * @param pollInterval how often the dispatcher looks for due deliveries ({@value #POLL_MS}, default 1000 ms)
 * @param retryWindow  how long a delivery is retried before it is marked failed ({@value #RETRY_HOURS}, default 26 h)
 * @param firstRetry   the first retry's delay; later ones are fixed multiples of it: 5 s, 30 s, 2 min, 10 min,
 *                     30 min, 1 h, then every 2.5 h at the default ({@value #RETRY_BASE_MS}, default 5000 ms; tests
 *                     shorten it)
 * @param concurrency  deliveries sent at once at most ({@value #CONCURRENCY}, default 8)
 * @param timeout      the time one delivery attempt may take, its answer's body included ({@value #TIMEOUT_SECONDS}, default 10 s)
 * @param allowPrivateNetworks whether receivers on loopback, private or link-local addresses are allowed
 *                     ({@value #ALLOW_PRIVATE_NETWORKS}, default false: an API client must not reach the app's own
 *                     network through a webhook); true for a receiver on the developer's machine
 */
public record WebhookSettings(boolean enabled, Duration pollInterval, Duration retryWindow, Duration firstRetry,
                              int concurrency, Duration timeout, boolean allowPrivateNetworks) {

    public static final String ENABLED = "interview.web.webhooks.enabled";
    public static final String POLL_MS = "interview.web.webhooks.poll-ms";
    public static final String RETRY_HOURS = "interview.web.webhooks.retry-hours";
    public static final String RETRY_BASE_MS = "interview.web.webhooks.retry-base-ms";
    public static final String CONCURRENCY = "interview.web.webhooks.concurrency";
    public static final String TIMEOUT_SECONDS = "interview.web.webhooks.timeout-seconds";
    public static final String ALLOW_PRIVATE_NETWORKS = "interview.web.webhooks.allow-private-networks";

    /** Reads and checks the settings; a bad value is a {@link ConfigurationException} naming the key. */
    public static WebhookSettings from(ConfigSource config) {
        return new WebhookSettings(config.getBoolean(ENABLED, true),
                Duration.ofMillis(range(config, POLL_MS, 1000, 20, 60_000)),
                Duration.ofHours(range(config, RETRY_HOURS, 26, 1, 24 * 7)),
                Duration.ofMillis(range(config, RETRY_BASE_MS, 5000, 10, 600_000)),
                range(config, CONCURRENCY, 8, 1, 64),
                Duration.ofSeconds(range(config, TIMEOUT_SECONDS, 10, 1, 60)),
                config.getBoolean(ALLOW_PRIVATE_NETWORKS, false));
    }

    /**
     * How long a claimed delivery stays with its worker: past it (the worker was killed) another takes it over.
     * Longer than a send can take, so a live worker never loses its claim.
     */
    public Duration lease() {
        return timeout.multipliedBy(3).plusSeconds(5);
    }

    private static int range(ConfigSource config, String key, int defaultValue, int min, int max) {
        int value = config.getInt(key, defaultValue);
        if (value < min || value > max) {
            throw new ConfigurationException("Setting '" + key + "' is " + value + " but must be from " + min
                    + " to " + max + " (system property -D" + key + " or environment variable "
                    + ConfigSource.environmentName(key) + ")");
        }
        return value;
    }
}
