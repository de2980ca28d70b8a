package dev.aiinterview.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.aiinterview.api.FollowUp;
import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.api.error.InvalidRequestException;
import dev.aiinterview.contract.Exchange;
import dev.aiinterview.core.session.CandidateAnswer;
import dev.aiinterview.core.session.InterviewSession;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmRequest;
import dev.aiinterview.spi.LlmResponse;
import dev.aiinterview.testkit.ScriptedLlm;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Planning, completion and the standalone follow-up with a provider that answers from its own thread, as a
 * non-blocking HTTP client does: the results and failures are those of the blocking forms, and the SDK's steps, its
 * session and planning events and the host's callbacks run on the interviewer's executor, never on that thread.
 */
class AsyncInterviewTest {

    private static final String PROVIDER_THREAD = "provider-reply";
    private static final String ANSWER = "I designed the payment service on Kubernetes with three replicas, "
            + "cut p99 latency from 800 ms to 120 ms and led the rollout with zero downtime.";

    private final ExecutorService providerThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, PROVIDER_THREAD);
        t.setDaemon(true);
        return t;
    });

    @AfterEach
    void stopProvider() {
        providerThread.shutdownNow();
    }

    /** The scripted model, answering from the provider's own thread. */
    private LlmProvider async(ScriptedLlm scripted) {
        return new LlmProvider() {
            @Override
            public String id() {
                return scripted.id();
            }

            @Override
            public Set<Capability> capabilities() {
                return scripted.capabilities();
            }

            @Override
            public CompletableFuture<LlmResponse> generateAsync(LlmRequest request) {
                return CompletableFuture.supplyAsync(() -> scripted.generate(request), providerThread);
            }
        };
    }

    private Interviewer interviewer(ScriptedLlm llm, List<String> threads) {
        // Every planning call goes to the provider, the review too, so each step follows a reply from its thread.
        return Interviewer.builder().config(ConfigSource.of(Map.of("interview.follow-ups.max", "0",
                        "interview.plan.review", "always")))
                .llm(async(llm))
                .listener(e -> {
                    // The call's own event is booked where the reply arrives; every other event is the SDK's.
                    if (!(e instanceof InterviewEvent.LlmCallFinished)) {
                        threads.add(e.getClass().getSimpleName() + " on " + Thread.currentThread().getName());
                    }
                }).build();
    }

    @Test
    void givenAProviderThatAnswersFromItsOwnThreadThenNoEventOrCallbackOfTheSdkRunsOnIt() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        try (Interviewer interviewer = interviewer(Fixtures.wellBehavedLlm(), threads)) {
            // when: planning and a whole interview, through the asynchronous forms
            InterviewPlan plan = interviewer.planAsync(JobDescription.of(Fixtures.JD))
                    .whenComplete((p, e) -> threads.add("planAsync callback on " + Thread.currentThread().getName()))
                    .get(30, TimeUnit.SECONDS);
            InterviewSession session = interviewer.start(plan);
            session.consent();
            session.start();
            while (session.currentTurn().isPresent()) {
                session.submitAsync(CandidateAnswer.text(ANSWER)).get(30, TimeUnit.SECONDS);
            }
            InterviewReport report = session.completeAsync()
                    .whenComplete((r, e) -> threads.add("completeAsync callback on " + Thread.currentThread().getName()))
                    .get(30, TimeUnit.SECONDS);

            // then
            assertThat(report.answered()).isEqualTo(plan.questions().size());
            assertThat(threads).anyMatch(t -> t.startsWith("PlanCreated"))
                    .anyMatch(t -> t.startsWith("SessionCompleted"))
                    .anyMatch(t -> t.startsWith("completeAsync callback"))
                    .noneMatch(t -> t.endsWith(" on " + PROVIDER_THREAD));
        }
    }

    @Test
    void givenASummaryCallThatFailsThenCompleteAsyncFailsWithItAndTheSessionCanBeCompletedAgain() throws Exception {
        ScriptedLlm llm = Fixtures.wellBehavedLlm()
                .fail("interview-summary", new InvalidRequestException("scripted", "summary rejected", null));
        List<String> threads = new CopyOnWriteArrayList<>();
        try (Interviewer interviewer = interviewer(llm, threads)) {
            InterviewSession session = interviewer.start(interviewer.plan(JobDescription.of(Fixtures.JD)));
            session.consent();
            session.start();
            while (session.currentTurn().isPresent()) {
                session.submit(CandidateAnswer.text(ANSWER));
            }

            // when
            var callbackThread = new CopyOnWriteArrayList<String>();
            Throwable failed = catchThrowable(() -> session.completeAsync()
                    .whenComplete((r, e) -> callbackThread.add(Thread.currentThread().getName()))
                    .get(30, TimeUnit.SECONDS));

            // then: the provider's error, on the executor; nothing is lost and completing again works
            assertThat(failed).hasRootCauseInstanceOf(InvalidRequestException.class)
                    .hasRootCauseMessage("summary rejected");
            assertThat(callbackThread).singleElement().asString().doesNotContain(PROVIDER_THREAD);
            assertThat(session.status()).isEqualTo(SessionStatus.IN_PROGRESS);
            assertThat(session.complete().answered()).isEqualTo(session.state().turns().size());
            assertThat(session.status()).isEqualTo(SessionStatus.COMPLETED);
        }
    }

    @Test
    void followUpAsyncDraftsWhatFollowUpDraftsAndFailsTheFutureForAnUnknownQuestion() throws Exception {
        ScriptedLlm llm = Fixtures.wellBehavedLlm().reply("follow-up",
                "{\"gap\":\"no result\",\"question\":\"What changed for users after the migration?\",\"probes\":\"impact\"}");
        try (Interviewer interviewer = interviewer(llm, new CopyOnWriteArrayList<>())) {
            InterviewPlan plan = interviewer.plan(JobDescription.of(Fixtures.JD));
            var exchanges = List.of(new Exchange(plan.questions().get(0).text(), "We migrated it."));

            // when
            FollowUp drafted = interviewer.followUpAsync(plan, "q1", exchanges).get(30, TimeUnit.SECONDS);
            Throwable unknown = catchThrowable(() -> interviewer.followUpAsync(plan, "q99", exchanges).join());

            // then
            assertThat(drafted.text()).isEqualTo("What changed for users after the migration?");
            assertThat(drafted.index()).isEqualTo(1);
            assertThat(unknown).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(InvalidInputException.class);
            assertThat(catchThrowable(() -> interviewer.followUp(plan, "q99", exchanges)))
                    .as("the blocking form throws it as it is").isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("q99");
        }
    }
}
