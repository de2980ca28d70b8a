package dev.aiinterview.core.bench;

import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.Turn;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.Fixtures;
import dev.aiinterview.core.Interviewer;
import dev.aiinterview.core.session.CandidateAnswer;
import dev.aiinterview.core.session.InterviewSession;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * N whole interview sessions at once through an {@link Interviewer} as a host builds it (its default executor,
 * retry timer and in-memory store), with an LLM whose {@code generateAsync} answers every call after a fixed
 * latency from one timer thread. Plans once; then every session consents, starts, answers each question with
 * {@code submitAsync} and ends with {@code completeAsync}. Prints completed sessions, errors, wall time, provider
 * calls and the JVM's peak live thread count. Not a unit test: see README's benchmark section for the command.
 * Arguments: {@code [sessions=1000] [latencyMs=1000] [questions=3]}.
 */
public final class SessionBenchmark {

    static final String ANSWER = "I designed the payment service on Kubernetes with three replicas, cut p99 "
            + "latency from 800 ms to 120 ms and led the rollout with zero downtime.";

    /** What one run measured. */
    record Result(int sessions, int questions, int completed, int errors, long providerCalls, long wallMillis,
                  int peakThreads, int threadsBefore, String firstError) {

        String describe() {
            return String.format(Locale.ROOT, "sessions=%d questions=%d completed=%d errors=%d providerCalls=%d "
                            + "wall=%d ms peakThreads=%d (before: %d)%s", sessions, questions, completed, errors,
                    providerCalls, wallMillis, peakThreads, threadsBefore,
                    firstError == null ? "" : " firstError=" + firstError);
        }
    }

    private SessionBenchmark() {
    }

    public static void main(String[] args) {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Duration latency = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 1000);
        int questions = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Result result = run(sessions, latency, questions);
        System.out.println(result.describe());
        System.out.println(result.errors() == 0 && result.completed() == sessions && result.peakThreads() < 50
                ? "PASS: 0 errors, fewer than 50 threads" : "FAIL: expected 0 errors and fewer than 50 threads");
    }

    /** Plans once, runs the sessions and waits for all of them. */
    static Result run(int sessions, Duration latency, int questions) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int before = threads.getThreadCount();
        threads.resetPeakThreadCount();
        // Stands in for an HTTP client's dispatcher: one thread completes every reply when it is due.
        ScheduledExecutorService network = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-network");
            t.setDaemon(true);
            return t;
        });
        var llm = new SlowAsyncLlm(network, latency, 0);
        // Long answers and no follow-ups: every session makes the same calls, one evaluation per question.
        try (Interviewer interviewer = Interviewer.builder()
                .config(ConfigSource.of(Map.of("interview.follow-ups.max", "0")))
                .llm(llm)
                .build()) {
            InterviewPlan full = interviewer.plan(JobDescription.of(Fixtures.JD));
            InterviewPlan plan = full.withQuestions(full.questions().subList(0, questions), List.of());
            var completed = new AtomicInteger();
            var errors = new AtomicInteger();
            var firstError = new java.util.concurrent.atomic.AtomicReference<String>();
            var done = new ArrayList<CompletableFuture<InterviewReport>>();
            long started = System.nanoTime();
            for (int i = 0; i < sessions; i++) {
                done.add(interview(interviewer.start(plan, Map.of("candidate", "bench-" + i)), questions)
                        .whenComplete((report, e) -> {
                            if (e == null && report != null && report.answered() == questions) {
                                completed.incrementAndGet();
                            } else {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, e != null ? e.toString() : "incomplete report");
                            }
                        }));
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
            long wall = (System.nanoTime() - started) / 1_000_000;
            return new Result(sessions, questions, completed.get(), errors.get(), llm.calls(), wall,
                    threads.getPeakThreadCount(), before, firstError.get());
        } finally {
            network.shutdownNow();
        }
    }

    /** One candidate: consent and start on the caller, then each answer once the one before it is processed. */
    private static CompletableFuture<InterviewReport> interview(InterviewSession session, int questions) {
        try {
            session.consent();
            session.start();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Turn> answered = session.submitAsync(CandidateAnswer.text(ANSWER));
        for (int q = 1; q < questions; q++) {
            answered = answered.thenCompose(turn -> session.submitAsync(CandidateAnswer.text(ANSWER)));
        }
        return answered.thenCompose(turn -> session.completeAsync());
    }
}
