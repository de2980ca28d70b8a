package dev.aiinterview.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.session.CandidateAnswer;
import dev.aiinterview.core.session.InMemoryInterviewStore;
import dev.aiinterview.core.session.InterviewSession;
import dev.aiinterview.spi.InterviewStore;
import dev.aiinterview.testkit.ScriptedLlm;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Listeners and stores that call back into a session from other threads must never lock it up; a store that
 * fails leaves the session as it was.
 */
class SessionConcurrencyTest {

    private static final String ANSWER = "I designed the payment service on Kubernetes with three replicas, "
            + "cut p99 latency from 800 ms to 120 ms and led the rollout with zero downtime.";
    /** How long a listener or store waits for its helper thread; far longer than the work takes. */
    private static final long HELPER_WAIT_MS = 5_000;

    @Test
    void listenersThatAnswerWithTheBlockingSubmitOnTheDefaultExecutorCannotDeadlockItsThreads() {
        // given: more sessions than a fixed pool of the default executor's threads would have (16 at most), each
        // answered from a listener that calls the blocking submit when a prompt is issued, as a simple bot host
        // would; the listeners are held until every session has its first answer in, so they block together
        int sessions = 20;
        var byId = new java.util.concurrent.ConcurrentHashMap<String, InterviewSession>();
        var gate = new java.util.concurrent.CountDownLatch(1);
        try (Interviewer interviewer = Interviewer.builder()
                .config(ConfigSource.of(Map.of("interview.follow-ups.max", "0")))
                .llm(Fixtures.wellBehavedLlm())
                .listener(e -> {
                    InterviewSession session = e.sessionId() == null ? null : byId.get(e.sessionId());
                    if (session != null && e instanceof InterviewEvent.PromptIssued
                            && Thread.currentThread().getName().startsWith("interview-worker")) {
                        awaitQuietly(gate);
                        if (session.currentTurn().isPresent()) {
                            session.submit(CandidateAnswer.text(ANSWER));
                        }
                    }
                }).build()) {
            var plan = interviewer.plan(JobDescription.of(Fixtures.JD));
            var started = new java.util.ArrayList<InterviewSession>();
            for (int i = 0; i < sessions; i++) {
                InterviewSession session = interviewer.start(plan);
                byId.put(session.id(), session);
                started.add(session);
                session.consent();
                session.start();
                session.submitAsync(CandidateAnswer.text(ANSWER));
            }

            // when: the listeners go
            gate.countDown();
            List<InterviewReport> reports = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                var done = new java.util.ArrayList<InterviewReport>();
                for (InterviewSession session : started) {
                    while (session.currentTurn().isPresent()) {
                        Thread.sleep(10);
                    }
                    done.add(session.complete());
                }
                return done;
            });

            // then
            assertThat(reports).hasSize(sessions)
                    .allSatisfy(r -> assertThat(r.answered()).isEqualTo(r.questions().size()));
        }
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch gate) {
        try {
            gate.await(HELPER_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aListenerThatWaitsForAnotherThreadReadingTheSessionCannotDeadlockIt() {
        // given: a listener that, on every event of the session, asks another thread for the open prompt and
        // waits for the answer, as a host that hands events to a UI thread would
        var sessionRef = new AtomicReference<InterviewSession>();
        var stuck = new CopyOnWriteArrayList<String>();
        try (Interviewer interviewer = Interviewer.builder().config(ConfigSource.of(Map.of("interview.follow-ups.max", "0")))
                .llm(Fixtures.wellBehavedLlm())
                .listener(e -> {
                    InterviewSession session = sessionRef.get();
                    if (session == null || !session.id().equals(e.sessionId())) {
                        return;
                    }
                    Thread reader = new Thread(() -> {
                        Optional<?> open = session.currentTurn();
                        session.state();
                        session.isFinished();
                        assertThat(open).isNotNull();
                    });
                    reader.start();
                    if (!joined(reader)) {
                        stuck.add(e.getClass().getSimpleName());
                    }
                }).build()) {
            InterviewSession session = interviewer.start(interviewer.plan(JobDescription.of(Fixtures.JD)));
            sessionRef.set(session);

            // when: a whole interview
            InterviewReport report = wholeInterview(session);

            // then: no reader had to wait for the listener, and the interview ran to its end
            assertThat(stuck).as("events whose listener's reader thread was blocked by the session").isEmpty();
            assertThat(report.answered()).isEqualTo(report.questions().size());
        }
    }

    @Test
    void aListenerThatAnswersThroughAnotherThreadAndWaitsForItCannotDeadlockTheSession() {
        // given: a listener that, when a new main question is put, has another thread answer it and waits until
        // that answer is processed
        var sessionRef = new AtomicReference<InterviewSession>();
        var stuck = new CopyOnWriteArrayList<String>();
        var errors = new CopyOnWriteArrayList<Throwable>();
        try (Interviewer interviewer = Interviewer.builder().config(ConfigSource.of(Map.of("interview.follow-ups.max", "0")))
                .llm(Fixtures.wellBehavedLlm())
                .listener(e -> {
                    if (e instanceof InterviewEvent.PromptIssued p && !p.turn().questionId().equals("q1")) {
                        Thread answerer = new Thread(() -> {
                            try {
                                sessionRef.get().submit(CandidateAnswer.text(ANSWER));
                            } catch (RuntimeException ex) {
                                errors.add(ex);
                            }
                        });
                        answerer.start();
                        if (!joined(answerer)) {
                            stuck.add(p.turn().questionId());
                        }
                    }
                }).build()) {
            InterviewSession session = interviewer.start(interviewer.plan(JobDescription.of(Fixtures.JD)));
            sessionRef.set(session);

            // when: the first answer, after which the listener answers every question
            InterviewReport report = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                session.consent();
                session.start();
                session.submit(CandidateAnswer.text(ANSWER));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!session.isFinished() && stuck.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                return session.complete();
            });

            // then
            assertThat(stuck).as("questions whose answering thread was blocked by the session").isEmpty();
            assertThat(errors).isEmpty();
            assertThat(report.answered()).isEqualTo(report.questions().size());
        }
    }

    @Test
    void theStoreIsCalledWithoutTheSessionLockedSoOtherThreadsCanReadItMeanwhile() {
        // given: a store that, while saving, has another thread read the session and waits for it
        var sessionRef = new AtomicReference<InterviewSession>();
        var stuck = new CopyOnWriteArrayList<String>();
        var memory = new InMemoryInterviewStore();
        InterviewStore store = savingThrough(memory, state -> {
            InterviewSession session = sessionRef.get();
            if (session != null) {
                Thread reader = new Thread(session::currentTurn);
                reader.start();
                if (!joined(reader)) {
                    stuck.add(state.status() + " with " + state.turns().size() + " turns");
                }
            }
        });
        try (Interviewer interviewer = Interviewer.builder().config(ConfigSource.of(Map.of("interview.follow-ups.max", "0")))
                .llm(Fixtures.wellBehavedLlm()).store(store).build()) {
            InterviewSession session = interviewer.start(interviewer.plan(JobDescription.of(Fixtures.JD)));
            sessionRef.set(session);

            // when
            InterviewReport report = wholeInterview(session);

            // then
            assertThat(stuck).as("saves during which the session could not be read").isEmpty();
            assertThat(store.load(session.id()).orElseThrow().report()).isEqualTo(report);
        }
    }

    @Test
    void anAnswerTheStoreCannotSaveIsRefusedAndTheSessionStaysAsItWas() {
        // given: a session at its first question, and a store that then fails
        var memory = new InMemoryInterviewStore();
        var failing = new AtomicBoolean();
        List<InterviewEvent> events = new CopyOnWriteArrayList<>();
        InterviewStore store = savingThrough(memory, state -> {
            if (failing.get()) {
                throw new IllegalStateException("database unavailable");
            }
        });
        ScriptedLlm llm = Fixtures.wellBehavedLlm();
        try (Interviewer interviewer = Interviewer.builder().config(ConfigSource.of(Map.of()))
                .llm(llm).store(store).listener(events::add).build()) {
            InterviewSession session = interviewer.start(interviewer.plan(JobDescription.of(Fixtures.JD)));
            session.consent();
            session.start();
            int evaluationsBefore = llm.requests("answer-evaluation").size();
            failing.set(true);

            // when
            Throwable refused = catchThrowable(() -> session.submit(CandidateAnswer.text(ANSWER)));

            // then: the caller is told, nothing was processed or announced, and the prompt is still open
            assertThat(refused).hasMessage("database unavailable");
            assertThat(session.currentTurn()).isPresent();
            assertThat(session.state().turns().get(0).answer()).isNull();
            assertThat(llm.requests("answer-evaluation")).hasSize(evaluationsBefore);
            assertThat(events).noneMatch(e -> e instanceof InterviewEvent.AnswerReceived);

            // and once the store is back the same answer goes through
            failing.set(false);
            assertThat(session.submit(CandidateAnswer.text(ANSWER)).evaluation()).isNotNull();
            assertThat(memory.load(session.id()).orElseThrow().turns().get(0).answer()).isNotNull();
        }
    }

    @Test
    void everySessionEventIsPublishedInOrderAndOnlyOnceItsStateIsStored() {
        // given: a listener that checks the store for what each event announces
        var store = new InMemoryInterviewStore();
        List<String> seen = new CopyOnWriteArrayList<>();
        List<String> notYetStored = new CopyOnWriteArrayList<>();
        try (Interviewer interviewer = Interviewer.builder().config(ConfigSource.of(Map.of()))
                .llm(Fixtures.wellBehavedLlm()).store(store)
                .listener(e -> {
                    if (e.sessionId() == null || e instanceof InterviewEvent.LlmCallFinished
                            || e instanceof InterviewEvent.SessionCreated) {
                        return;
                    }
                    SessionState stored = store.load(e.sessionId()).orElseThrow();
                    String name = e.getClass().getSimpleName();
                    seen.add(name);
                    boolean ok = true;
                    if (e instanceof InterviewEvent.ConsentRecorded) {
                        ok = stored.consentedAt() != null;
                    } else if (e instanceof InterviewEvent.PromptIssued p) {
                        ok = stored.turns().stream().anyMatch(t -> t.questionId().equals(p.turn().questionId())
                                && t.followUpIndex() == p.turn().followUpIndex());
                    } else if (e instanceof InterviewEvent.AnswerReceived a) {
                        ok = stored.turns().stream().anyMatch(t -> t.questionId().equals(a.questionId())
                                && t.followUpIndex() == a.followUpIndex() && t.answer() != null);
                    } else if (e instanceof InterviewEvent.AnswerEvaluated a) {
                        ok = stored.turns().stream().anyMatch(t -> t.questionId().equals(a.questionId())
                                && t.followUpIndex() == a.followUpIndex() && t.evaluation() != null);
                    } else if (e instanceof InterviewEvent.SessionCompleted) {
                        ok = stored.report() != null;
                    }
                    if (!ok) {
                        notYetStored.add(name);
                    }
                }).build()) {
            InterviewSession session = interviewer.start(interviewer.plan(JobDescription.of(Fixtures.JD)));

            // when: consent, a short answer that draws a follow-up, and the rest
            session.consent();
            session.start();
            session.submit(CandidateAnswer.text("I used Kubernetes."));
            while (session.currentTurn().isPresent()) {
                session.submit(CandidateAnswer.text(ANSWER));
            }
            session.complete();
        }

        // then
        assertThat(notYetStored).isEmpty();
        assertThat(seen.subList(0, 6)).containsExactly("ConsentRecorded", "PromptIssued", "AnswerReceived",
                "AnswerEvaluated", "PromptIssued", "AnswerReceived");
        assertThat(seen.get(seen.size() - 1)).isEqualTo("SessionCompleted");
    }

    /** A whole interview, every question answered with {@link #ANSWER}, that must end within a minute. */
    private static InterviewReport wholeInterview(InterviewSession session) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            session.consent();
            session.start();
            while (session.currentTurn().isPresent()) {
                session.submit(CandidateAnswer.text(ANSWER));
            }
            return session.complete();
        });
    }

    /** An in-memory store that runs {@code beforeSave} (which may throw) before each save. */
    private static InterviewStore savingThrough(InMemoryInterviewStore memory, Consumer<SessionState> beforeSave) {
        return new InterviewStore() {
            @Override
            public void save(SessionState state) {
                beforeSave.accept(state);
                memory.save(state);
            }

            @Override
            public Optional<SessionState> load(String sessionId) {
                return memory.load(sessionId);
            }

            @Override
            public List<String> ids() {
                return memory.ids();
            }

            @Override
            public void delete(String sessionId) {
                memory.delete(sessionId);
            }
        };
    }

    private static boolean joined(Thread helper) {
        try {
            helper.join(HELPER_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !helper.isAlive();
    }
}
