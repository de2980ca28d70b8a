package dev.aiinterview.core.llm;

import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.Provenance;
import dev.aiinterview.api.TokenUsage;
import dev.aiinterview.api.error.AuthenticationException;
import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.api.error.RateLimitedException;
import dev.aiinterview.api.error.RefusalException;
import dev.aiinterview.core.event.EventBus;
import dev.aiinterview.spi.FinishReason;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmRequest;
import dev.aiinterview.spi.LlmResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps every LLM provider call: retries with backoff and jitter for retriable failures (bounded in attempts and
 * time), one retry with a doubled budget for a truncated reply, refusals mapped to {@link RefusalException},
 * accounting, events, and the switch to a fallback provider when the configured one keeps failing: after
 * {@value #FAILURES_BEFORE_SKIPPING} failed calls in a row the fallback answers directly for a minute, then the
 * primary is tried again.
 */
public final class LlmGateway implements LlmCaller {

    private static final Logger LOG = LoggerFactory.getLogger(LlmGateway.class);

    private final LlmProvider primary;
    private final LlmProvider fallback;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final EventBus events;

    /** After this many calls in a row that the primary failed, the fallback answers directly for a while. */
    static final int FAILURES_BEFORE_SKIPPING = 2;
    static final Duration SKIP_PRIMARY_FOR = Duration.ofSeconds(60);
    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private volatile long skipPrimaryUntil;
    private volatile String lastFailure = "";

    public LlmGateway(LlmProvider primary, LlmProvider fallback, RetryPolicy policy, Sleeper sleeper, Clock clock,
                      EventBus events) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.fallback = fallback;
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** The configured provider. */
    public LlmProvider primary() {
        return primary;
    }

    @Override
    public LlmCall call(LlmRequest request, CallScope scope) {
        if (fallback != null && clock.millis() < skipPrimaryUntil) {
            // The primary failed call after call: don't make every answer wait out its retries again.
            return callFallback(request, scope, lastFailure + " (skipping it for up to "
                    + SKIP_PRIMARY_FOR.toSeconds() + " s after " + FAILURES_BEFORE_SKIPPING + " failed calls)");
        }
        try {
            LlmCall call = callWithRetries(primary, request, scope, Provenance.of(primary.id(), primary.model()));
            consecutiveFailures.set(0);
            return call;
        } catch (ProviderException e) {
            if (fallback == null) {
                throw e;
            }
            String failure = primary.id() + " failed: " + e.getMessage();
            if (!isOutage(e)) {
                // A refusal or a rejected request is about this input (which a candidate controls), not the
                // provider: fall back for this call only, and never let it switch the provider off for others.
                return callFallback(request, scope, failure);
            }
            lastFailure = failure;
            if (consecutiveFailures.incrementAndGet() >= FAILURES_BEFORE_SKIPPING) {
                skipPrimaryUntil = clock.millis() + SKIP_PRIMARY_FOR.toMillis();
                consecutiveFailures.set(0);
            }
            return callFallback(request, scope, lastFailure);
        }
    }

    /** Failures of the provider itself, which say nothing about the input: outages, rate limits, rejected keys. */
    private static boolean isOutage(ProviderException e) {
        return e instanceof ProviderUnavailableException || e instanceof RateLimitedException
                || e instanceof AuthenticationException;
    }

    private LlmCall callFallback(LlmRequest request, CallScope scope, String reason) {
        LOG.warn("LLM provider '{}' unusable for {}; falling back to '{}': {}", primary.id(), request.task(),
                fallback.id(), reason);
        events.publish(new InterviewEvent.ProviderFellBack(scope.sessionId(), clock.instant(), "llm",
                primary.id(), fallback.id(), reason));
        return callWithRetries(fallback, request, scope, new Provenance(fallback.id(), fallback.model(), true, reason));
    }

    private LlmCall callWithRetries(LlmProvider provider, LlmRequest request, CallScope scope, Provenance provenance) {
        long deadline = clock.millis() + policy.maxTime().toMillis();
        LlmRequest current = request;
        boolean budgetRaised = false;
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            try {
                LlmResponse response = provider.generate(current);
                record(scope, provider, current, response.usage(), started, provenance, true);
                if (response.finishReason() == FinishReason.MAX_TOKENS && !budgetRaised) {
                    int budget = current.maxOutputTokens().orElse(2048) * 2;
                    LOG.info("Reply to {} from '{}' was truncated; retrying with {} output tokens",
                            request.task(), provider.id(), budget);
                    current = current.toBuilder().maxOutputTokens(budget).build();
                    budgetRaised = true;
                    attempt--;
                    continue;
                }
                checkRefusal(provider, response);
                return new LlmCall(response, provenance);
            } catch (InterviewException e) {
                if (!(e instanceof RefusalException)) {
                    record(scope, provider, current, TokenUsage.NONE, started, provenance, false);
                }
                if (!e.isRetriable() || attempt >= policy.maxAttempts()) {
                    throw e;
                }
                Duration delay = delay(e, attempt);
                if (clock.millis() + delay.toMillis() > deadline) {
                    throw e;
                }
                LOG.info("LLM call {} to '{}' failed (attempt {} of {}): {}; retrying in {} ms", request.task(),
                        provider.id(), attempt, policy.maxAttempts(), e.getMessage(), delay.toMillis());
                sleep(delay, e);
            } catch (RuntimeException e) {
                record(scope, provider, current, TokenUsage.NONE, started, provenance, false);
                throw new ProviderException(provider.id(),
                        "LLM provider '" + provider.id() + "' failed unexpectedly: " + e, e);
            }
        }
    }

    private Duration delay(InterviewException e, int attempt) {
        if (e instanceof RateLimitedException rl && rl.retryAfter().isPresent()) {
            return rl.retryAfter().get();
        }
        long max = policy.backoff(attempt).toMillis();
        return Duration.ofMillis(max / 2 + ThreadLocalRandom.current().nextLong(max / 2 + 1));
    }

    private void sleep(Duration delay, InterviewException cause) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }

    private static void checkRefusal(LlmProvider provider, LlmResponse response) {
        switch (response.finishReason()) {
            case SAFETY, RECITATION, OTHER -> throw new RefusalException(provider.id(), response.finishReason().name(),
                    "LLM provider '" + provider.id() + "' refused to answer (" + response.finishReason() + ")");
            default -> {
            }
        }
    }

    private void record(CallScope scope, LlmProvider provider, LlmRequest request, TokenUsage usage, long startedNanos,
                        Provenance provenance, boolean success) {
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        scope.onLlmCall(request.task(), usage, millis, provenance);
        events.publish(new InterviewEvent.LlmCallFinished(scope.sessionId(), clock.instant(), request.task(),
                provider.id(), millis, usage, success));
    }
}
