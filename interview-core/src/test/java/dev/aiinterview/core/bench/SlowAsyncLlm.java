package dev.aiinterview.core.bench;

import dev.aiinterview.api.TokenUsage;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.core.Fixtures;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.FinishReason;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmRequest;
import dev.aiinterview.spi.LlmResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An LLM as a non-blocking client sees one: {@code generateAsync} returns at once and a timer completes the reply
 * after a fixed latency with a well-behaved model's reply to any contract ({@link Fixtures#reply}), so no thread
 * waits while the "model" works. Every {@code failEvery}-th call answers 503
 * instead, to make the wrapper retry; a retried request is never failed again, so the run has 0 errors to expect.
 */
final class SlowAsyncLlm implements LlmProvider {

    private final ScheduledExecutorService timer;
    private final Duration latency;
    private final int failEvery;
    private final AtomicLong calls = new AtomicLong();
    private final Set<LlmRequest> failed = Collections.newSetFromMap(new ConcurrentHashMap<>());

    SlowAsyncLlm(ScheduledExecutorService timer, Duration latency, int failEvery) {
        this.timer = timer;
        this.latency = latency;
        this.failEvery = failEvery;
    }

    @Override
    public String id() {
        return "slow-async";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.STRUCTURED_OUTPUT);
    }

    @Override
    public CompletableFuture<LlmResponse> generateAsync(LlmRequest request) {
        long n = calls.incrementAndGet();
        var reply = new CompletableFuture<LlmResponse>();
        timer.schedule(() -> {
            if (failEvery > 0 && n % failEvery == 0 && failed.add(request)) {
                reply.completeExceptionally(new ProviderUnavailableException(id(), "HTTP 503 (simulated)"));
            } else {
                reply.complete(new LlmResponse(Fixtures.reply(request), FinishReason.STOP,
                        new TokenUsage(800, 200, 0, 1000), "slow-async-1"));
            }
        }, latency.toMillis(), TimeUnit.MILLISECONDS);
        return reply;
    }

    long calls() {
        return calls.get();
    }
}
