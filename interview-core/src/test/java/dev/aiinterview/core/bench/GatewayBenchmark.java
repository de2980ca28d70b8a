package dev.aiinterview.core.bench;

import dev.aiinterview.api.Accounting;
import dev.aiinterview.api.Importance;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.TopicKind;
import dev.aiinterview.contract.AnswerEvaluation;
import dev.aiinterview.core.event.EventBus;
import dev.aiinterview.core.llm.AccountingScope;
import dev.aiinterview.core.llm.ContractRunner;
import dev.aiinterview.core.llm.LlmGateway;
import dev.aiinterview.core.llm.Retries;
import dev.aiinterview.core.llm.RetryPolicy;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N concurrent answer evaluations (one interview session each) through {@link ContractRunner#runAsync} and the
 * {@link LlmGateway}, with a provider whose {@code generateAsync} answers after a fixed latency from a timer. Prints
 * completions, errors, wall time and the peak number of live threads of the JVM. Not a unit test: see README's
 * benchmark section for the command. Arguments: {@code [calls=1000] [latencyMs=1000] [failEvery=0]}.
 */
public final class GatewayBenchmark {

    /** What one run measured. */
    record Result(int calls, int completed, int errors, long providerCalls, long wallMillis, int peakThreads,
                  int threadsBefore, Accounting accounting) {

        String describe() {
            return String.format(Locale.ROOT, "calls=%d completed=%d errors=%d providerCalls=%d wall=%d ms "
                            + "peakThreads=%d (before: %d) llmCalls=%d tokens=%d", calls, completed, errors,
                    providerCalls, wallMillis, peakThreads, threadsBefore, accounting.llmCalls(),
                    accounting.tokens().totalTokens());
        }
    }

    private GatewayBenchmark() {
    }

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Duration latency = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 1000);
        int failEvery = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Result result = run(calls, latency, failEvery);
        System.out.println(result.describe());
        System.out.println(result.errors() == 0 && result.peakThreads() < 50 ? "PASS: 0 errors, fewer than 50 threads"
                : "FAIL: expected 0 errors and fewer than 50 threads");
    }

    /** Runs the calls and waits for all of them. */
    static Result run(int calls, Duration latency, int failEvery) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int before = threads.getThreadCount();
        threads.resetPeakThreadCount();
        // The shared pieces an Interviewer owns: one timer for retry waits, a small pool to resume after a wait,
        // and (standing in for an HTTP client's dispatcher) one timer that completes the provider's replies.
        ScheduledExecutorService retryTimer = Executors.newSingleThreadScheduledExecutor(daemon("retry-timer"));
        ExecutorService resume = Executors.newFixedThreadPool(2, daemon("resume"));
        ScheduledExecutorService network = Executors.newSingleThreadScheduledExecutor(daemon("network"));
        try {
            var llm = new SlowAsyncLlm(network, latency, failEvery);
            var policy = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMinutes(1));
            var gateway = new LlmGateway(llm, null, new Retries(policy, retryTimer, resume, Clock.systemUTC()),
                    new EventBus(List.of()));
            var runner = new ContractRunner(gateway);
            var completed = new AtomicInteger();
            var errors = new AtomicInteger();
            var scopes = new ArrayList<AccountingScope>();
            var futures = new ArrayList<CompletableFuture<?>>();
            long started = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                var scope = new AccountingScope("session-" + i, Accounting.EMPTY);
                scopes.add(scope);
                futures.add(runner.runAsync(AnswerEvaluation.CONTRACT, input(i), scope).whenComplete((r, e) -> {
                    if (e == null) {
                        completed.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                    }
                }));
            }
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
            long wall = (System.nanoTime() - started) / 1_000_000;
            Accounting total = scopes.stream().map(AccountingScope::snapshot).reduce(Accounting.EMPTY,
                    Accounting::plus);
            return new Result(calls, completed.get(), errors.get(), llm.calls(), wall, threads.getPeakThreadCount(),
                    before, total);
        } finally {
            network.shutdownNow();
            resume.shutdownNow();
            retryTimer.shutdownNow();
        }
    }

    private static AnswerEvaluation.Input input(int i) {
        var topic = new Topic("t1", "PostgreSQL tuning", TopicKind.SKILL, Importance.ESSENTIAL, true,
                "Payments depend on fast queries.", List.of("Experience with PostgreSQL performance tuning"),
                List.of("postgresql", "index"));
        var question = new Question("q1", QuestionType.TECHNICAL, "t1",
                "How did you make a slow PostgreSQL query fast?", "A measured before/after and the method.");
        return new AnswerEvaluation.Input("Backend Engineer", Seniority.SENIOR, topic, question, question.text(), 0,
                List.of(), "Candidate " + i + " added a covering index and cut the query from 2 s to 40 ms.", false);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        var counter = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "bench-" + name + "-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
