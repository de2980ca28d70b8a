package dev.aiinterview.web.partner.greenhouse;

import dev.aiinterview.web.invitation.InvitationRepository;
import dev.aiinterview.web.invitation.Invitations;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Greenhouse's "PATCH - Mark Test as Completed": once an interview sent through Greenhouse is completed and its
 * report written, a PATCH without a body goes to the {@code url} its send_test gave, and Greenhouse then calls
 * test_status. What is due is read from the database each round (the mapping row and the interview's status), so
 * a restart loses nothing; a failed PATCH is retried with backoff (1 minute, doubling, at most 6 hours) until
 * {@link #GIVE_UP_AFTER} after the test was sent, when Greenhouse stops polling too.
 */
public final class CompletionCallbacks implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CompletionCallbacks.class);
    /** Greenhouse polls test_status for 8 weeks; after that the result is of no use to it. */
    static final Duration GIVE_UP_AFTER = Duration.ofDays(56);
    private static final Duration MAX_BACKOFF = Duration.ofHours(6);
    private static final int BATCH = 50;

    private final GreenhouseInterviews mappings;
    private final InvitationRepository invitationRows;
    private final Invitations invitations;
    private final HttpClient http;
    private final Clock clock;
    private final Duration every;
    private ScheduledExecutorService timer;

    CompletionCallbacks(GreenhouseInterviews mappings, InvitationRepository invitationRows, Invitations invitations,
                        Clock clock, Duration every) {
        this.mappings = mappings;
        this.invitationRows = invitationRows;
        this.invitations = invitations;
        this.clock = clock;
        this.every = every;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Starts the rounds on a daemon thread of their own. */
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "greenhouse-callbacks");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::roundSafely, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void roundSafely() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("Greenhouse callbacks: a round failed; the next one retries", e);
        }
    }

    /**
     * Sends the PATCHes that are due now, after {@link GreenhouseInterviews#sweep}: rows past {@link #GIVE_UP_AFTER}
     * are given up whatever their status, and the credential of interviews that ended without completing is
     * erased. Returns how many PATCHes Greenhouse accepted.
     */
    int deliverDue() {
        Instant now = clock.instant();
        int swept = mappings.sweep(now, now.minus(GIVE_UP_AFTER));
        if (swept > 0) {
            LOG.info("Greenhouse callbacks: {} stored credential(s) sealed, erased or given up", swept);
        }
        int accepted = 0;
        for (var m : mappings.dueCallbacks(clock.instant(), BATCH)) {
            try {
                if (deliver(m)) {
                    accepted++;
                }
            } catch (RuntimeException e) {
                // One row that cannot be handled (its interview's data gone) must not hold up the others.
                LOG.warn("Interview {}: the PATCH to Greenhouse could not be prepared: {}", m.invitationId(),
                        e.toString());
                mappings.later(m.invitationId(), clock.instant().plus(Duration.ofMinutes(10)));
            }
        }
        return accepted;
    }

    private boolean deliver(GreenhouseInterviews.Mapping m) {
        Instant now = clock.instant();
        var inv = invitationRows.find(m.orgId(), m.invitationId());
        if (inv.isEmpty()) {
            return false; // deleted meanwhile; the row went with it
        }
        if (invitations.state(inv.get()).report() == null) {
            mappings.later(m.invitationId(), now.plus(Duration.ofMinutes(1))); // test_status would not say complete yet
            return false;
        }
        String error;
        try {
            var request = HttpRequest.newBuilder(URI.create(m.callbackUrl()))
                    .timeout(Duration.ofSeconds(20))
                    .method("PATCH", HttpRequest.BodyPublishers.noBody());
            if (m.callbackAuth() != null) {
                request.header("Authorization", m.callbackAuth());
            }
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                mappings.patched(m.invitationId(), clock.instant());
                LOG.info("Interview {}: Greenhouse told of the completed test (PATCH answered {})", m.invitationId(),
                        response.statusCode());
                return true;
            }
            error = "HTTP " + response.statusCode();
        } catch (java.io.IOException | IllegalArgumentException e) {
            error = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (now.isAfter(m.createdAt().plus(GIVE_UP_AFTER))) {
            mappings.gaveUp(m.invitationId(), error, now);
            LOG.warn("Interview {}: gave up telling Greenhouse of the completed test after {} attempts ({}); "
                    + "Greenhouse's polling of test_status still finds it", m.invitationId(), m.callbackAttempts() + 1,
                    error);
            return false;
        }
        Duration backoff = backoff(m.callbackAttempts());
        mappings.failed(m.invitationId(), error, now.plus(backoff));
        LOG.warn("Interview {}: the PATCH to Greenhouse failed ({}); retrying in {}", m.invitationId(), error, backoff);
        return false;
    }

    /** 1 minute after the first failure, doubling, at most 6 hours. */
    static Duration backoff(int failuresBefore) {
        Duration d = Duration.ofMinutes(1L << Math.min(failuresBefore, 20));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
