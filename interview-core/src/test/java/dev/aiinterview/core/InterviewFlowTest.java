package dev.aiinterview.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.AnswerMode;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.api.error.SessionStateException;
import dev.aiinterview.core.report.MarkdownReport;
import dev.aiinterview.core.session.CandidateAnswer;
import dev.aiinterview.core.session.InMemoryInterviewStore;
import dev.aiinterview.core.session.InterviewSession;
import dev.aiinterview.testkit.PlaybackSpeechToText;
import dev.aiinterview.testkit.ScriptedLlm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import dev.aiinterview.testkit.InstantScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterviewFlowTest {

    private final InstantScheduler scheduler = new InstantScheduler();

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    private static final String LONG_ANSWER = "I designed the payment service on Kubernetes with three replicas, "
            + "cut p99 latency from 800 ms to 120 ms and led the rollout with zero downtime.";

    private Interviewer interviewer(ScriptedLlm llm, Map<String, String> settings) {
        return Interviewer.builder().config(ConfigSource.of(settings)).llm(llm)
                .speechToText(new PlaybackSpeechToText()).retryScheduler(scheduler).build();
    }

    @Test
    void planningAndAnInterviewWithoutFollowUpsTakeAtMostQuestionsPlusThreeLlmCalls() {
        ScriptedLlm llm = Fixtures.wellBehavedLlm();
        try (Interviewer interviewer = interviewer(llm, Map.of("interview.follow-ups.max", "0"))) {
            InterviewPlan plan = interviewer.plan(JobDescription.of(Fixtures.JD));
            InterviewSession session = interviewer.start(plan);
            session.consent();
            session.start();
            while (session.currentTurn().isPresent()) {
                session.submit(CandidateAnswer.text("Short answer."));
            }
            InterviewReport report = session.complete();

            int q = plan.questions().size();
            assertThat(q).isEqualTo(5);
            assertThat(llm.callCount()).isLessThanOrEqualTo(q + 3);
            assertThat(llm.requests("question-plan")).hasSize(1);
            assertThat(report.accounting().llmCalls()).isEqualTo(llm.callCount());
            assertThat(report.accounting().tokens().totalTokens()).isEqualTo(150L * llm.callCount());
            assertThat(report.accounting().llmCallsByTask()).containsEntry("answer-evaluation", q);
        }
    }

    @Test
    void aTopicWhoseOnlyQuestionWasDeletedIsNeitherSummarisedNorAGapAndNoProbeRepeatsAGap() {
        // given a plan without the question on t3, and a summary that repeats itself
        ScriptedLlm llm = Fixtures.wellBehavedLlm();
        llm.reply("interview-summary", """
                {"requirements":[{"topicId":"t1","strengths":["Named tools","Named tools."],"gaps":[]}],
                 "strengths":["Relevant experience"],
                 "gaps":["Kubernetes: few measurable results","kubernetes - few measurable results"],
                 "focusForReviewer":["Probe Kubernetes: few measurable results.",
                                     "Ask which error budget their last rollout had to meet."],
                 "summary":"The candidate gave relevant answers with few measurable results."}""");
        try (Interviewer interviewer = interviewer(llm, Map.of("interview.follow-ups.max", "0"))) {
            InterviewPlan full = interviewer.plan(JobDescription.of(Fixtures.JD));
            var questions = full.questions().stream().filter(q -> !q.topicId().equals("t3")).toList();
            InterviewPlan plan = full.withQuestions(questions, List.of());
            InterviewSession session = interviewer.start(plan);
            session.consent();
            session.start();

            // when
            while (session.currentTurn().isPresent()) {
                session.submit(CandidateAnswer.text(LONG_ANSWER));
            }
            InterviewReport report = session.complete();

            // then the summary never heard of t3, and the report lists it unrated with no gap
            String t3 = plan.profile().topic("t3").orElseThrow().name();
            assertThat(llm.requests("interview-summary").get(0).userPrompt()).doesNotContain("\"t3\"")
                    .doesNotContain(t3).contains("\"t4\"");
            assertThat(report.requirements()).filteredOn(r -> r.topicId().equals("t3")).singleElement()
                    .satisfies(r -> {
                        assertThat(r.rating()).isNull();
                        assertThat(r.gaps()).isEmpty();
                        assertThat(r.strengths()).isEmpty();
                    });
            assertThat(new MarkdownReport(0.5).render(report)).contains("| " + t3 + " |")
                    .contains("| not covered by this interview | - |");
            assertThat(report.requirements()).filteredOn(r -> r.topicId().equals("t1")).singleElement()
                    .satisfies(r -> assertThat(r.strengths()).containsExactly("Named tools"));
            // and each line appears once, and the probe that only restated a gap is gone
            assertThat(report.gaps()).containsExactly("Kubernetes: few measurable results");
            assertThat(report.focusForReviewer()).containsExactly("Ask which error budget their last rollout had to meet.");
        }
    }

    @Test
    void aPlanHasProfileTopicsAndQuestionsOfEveryTypeInTopicOrder() {
        try (Interviewer interviewer = interviewer(Fixtures.wellBehavedLlm(), Map.of())) {
            InterviewPlan plan = interviewer.plan(JobDescription.of(Fixtures.JD));

            assertThat(plan.profile().roleTitle()).isEqualTo("Senior Backend Engineer");
            assertThat(plan.profile().yearsOfExperience()).isEqualTo(5);
            assertThat(plan.profile().topics()).extracting(t -> t.id()).containsExactly("t1", "t2", "t3", "t4", "t5");
            assertThat(plan.questions()).extracting(q -> q.topicId()).containsExactly("t1", "t2", "t3", "t4", "t5");
            assertThat(plan.questions()).extracting(q -> q.type())
                    .contains(QuestionType.BEHAVIORAL, QuestionType.TECHNICAL, QuestionType.SITUATIONAL);
            assertThat(plan.engine().provider()).isEqualTo("scripted");
            assertThat(plan.accounting().llmCalls()).isEqualTo(2);
        }
    }

    @Test
    void aShortAnswerLeadsToOneFollowUpAndNoMore() {
        ScriptedLlm llm = Fixtures.wellBehavedLlm();
        try (Interviewer interviewer = interviewer(llm, Map.of())) {
            InterviewSession session = interviewer.start(interviewer.plan(JobDescription.of(Fixtures.JD)));
            session.consent();
            var first = session.start();

            var answered = session.submit(CandidateAnswer.text("I used Kubernetes."));

            assertThat(answered.followUp()).isNotNull();
            var followUp = session.currentTurn().orElseThrow();
            assertThat(followUp.questionId()).isEqualTo(first.questionId());
            assertThat(followUp.followUpIndex()).isEqualTo(1);
            assertThat(followUp.prompt()).isEqualTo("What was the measurable result of that work?");

            var second = session.submit(CandidateAnswer.text("It went well."));
            assertThat(second.followUp()).as("the limit of one follow-up is reached").isNull();
            assertThat(session.currentTurn().orElseThrow().questionId()).isEqualTo("q2");
            assertThat(llm.requests("answer-evaluation").get(1).userPrompt()).contains("I used Kubernetes.");
        }
    }

    @Test
    void aSkippedAnswerIsRecordedAndNeverEvaluated() {
        ScriptedLlm llm = Fixtures.wellBehavedLlm();
        try (Interviewer interviewer = interviewer(llm, Map.of())) {
            InterviewSession session = interviewer.start(interviewer.plan(JobDescription.of(Fixtures.JD)));
            session.consent();
            session.start();
            session.submit(CandidateAnswer.skipped());
            while (session.currentTurn().isPresent()) {
                session.submit(CandidateAnswer.text(LONG_ANSWER));
            }
            InterviewReport report = session.complete();

            var firstTurn = report.questions().get(0).turns().get(0);
            assertThat(firstTurn.answer().mode()).isEqualTo(AnswerMode.SKIPPED);
            assertThat(firstTurn.evaluation()).isNull();
            assertThat(report.skipped()).isEqualTo(1);
            assertThat(report.answered()).isEqualTo(4);
            assertThat(llm.requests("answer-evaluation")).hasSize(4);
        }
    }

    @Test
    void answeringBeforeConsentIsRefusedWithTheFix() {
        try (Interviewer interviewer = interviewer(Fixtures.wellBehavedLlm(), Map.of())) {
            InterviewSession session = interviewer.start(interviewer.plan(JobDescription.of(Fixtures.JD)));

            assertThatThrownBy(() -> session.submit(CandidateAnswer.text("hello")))
                    .isInstanceOf(SessionStateException.class)
                    .hasMessageContaining("consent()");
        }
    }

    @Test
    void aFailedEvaluationKeepsTheAnswerMovesOnAndIsRetriedWhenCompleting() {
        ScriptedLlm llm = Fixtures.wellBehavedLlm();
        try (Interviewer interviewer = interviewer(llm, Map.of("interview.llm.max-attempts", "1"))) {
            InterviewSession session = interviewer.start(interviewer.plan(JobDescription.of(Fixtures.JD)));
            session.consent();
            session.start();
            llm.fail("answer-evaluation", new ProviderUnavailableException("scripted", "503 from the double"));

            assertThatThrownBy(() -> session.submit(CandidateAnswer.text(LONG_ANSWER)))
                    .isInstanceOf(ProviderUnavailableException.class);
            var failed = session.state().turns().get(0);
            assertThat(failed.answer().transcript().text()).isEqualTo(LONG_ANSWER);
            assertThat(failed.error()).contains("503");
            assertThat(session.currentTurn().orElseThrow().questionId()).isEqualTo("q2");

            while (session.currentTurn().isPresent()) {
                session.submit(CandidateAnswer.text(LONG_ANSWER));
            }
            InterviewReport report = session.complete();
            assertThat(report.questions().get(0).turns().get(0).evaluation()).isNotNull();
            assertThat(report.questions().get(0).turns().get(0).error()).isNull();
        }
    }

    @Test
    void theFallbackProviderTakesOverAndTheReportSaysSo() {
        ScriptedLlm primary = new ScriptedLlm("primary").otherwise(r -> {
            throw new ProviderUnavailableException("primary", "503 Service Unavailable");
        });
        ScriptedLlm fallback = Fixtures.wellBehavedLlm();
        List<InterviewEvent> events = new CopyOnWriteArrayList<>();
        try (Interviewer interviewer = Interviewer.builder().config(ConfigSource.of(Map.of()))
                .llm(primary).llmFallback(fallback).listener(events::add).retryScheduler(scheduler).build()) {
            InterviewSession session = interviewer.start(interviewer.plan(JobDescription.of(Fixtures.JD)));
            session.consent();
            session.start();
            while (session.currentTurn().isPresent()) {
                session.submit(CandidateAnswer.text(LONG_ANSWER));
            }
            InterviewReport report = session.complete();

            var evaluation = report.questions().get(0).turns().get(0).evaluation();
            assertThat(evaluation.engine().provider()).isEqualTo("scripted");
            assertThat(evaluation.engine().fallback()).isTrue();
            assertThat(evaluation.engine().fallbackReason()).contains("primary").contains("503");
            assertThat(primary.callCount()).as("3 attempts for each of the first two calls, then skipped")
                    .isEqualTo(3 * 2);
            assertThat(report.questions()).allSatisfy(q -> assertThat(q.turns().get(0).evaluation()).isNotNull());
            assertThat(events).filteredOn(e -> e instanceof InterviewEvent.ProviderFellBack).isNotEmpty();
        }
    }

    @Test
    void aSpokenAnswerIsTranscribedWithTheJobsVocabularyAsHints(@TempDir Path dir) throws Exception {
        Path wav = dir.resolve("01.wav");
        Files.write(wav, dev.aiinterview.testkit.TestAudio.toneWav(1));
        var stt = new PlaybackSpeechToText().then(LONG_ANSWER);
        try (Interviewer interviewer = Interviewer.builder().config(ConfigSource.of(Map.of()))
                .llm(Fixtures.wellBehavedLlm()).speechToText(stt).build()) {
            InterviewSession session = interviewer.start(interviewer.plan(JobDescription.of(Fixtures.JD)));
            session.consent();
            session.start();

            var turn = session.submit(CandidateAnswer.audio(AudioInput.wav(wav), null));

            assertThat(turn.answer().mode()).isEqualTo(AnswerMode.AUDIO);
            assertThat(turn.answer().media().uri()).isEqualTo(wav.toUri().toString());
            assertThat(turn.answer().transcript().text()).isEqualTo(LONG_ANSWER);
            assertThat(turn.evaluation()).isNotNull();
            assertThat(stt.options().get(0).phraseHints()).contains("PostgreSQL tuning", "mentoring");
            assertThat(session.state().enginesUsed().speechToText()).containsExactly("playback");
            assertThat(session.state().accounting().sttCalls()).isEqualTo(1);
        }
    }

    @Test
    void givenASpokenAnswerThenItsSpeechToTextCallIsPublishedAndBookedToItsProvider(@TempDir Path dir)
            throws Exception {
        // given
        Path wav = dir.resolve("01.wav");
        Files.write(wav, dev.aiinterview.testkit.TestAudio.toneWav(1));
        var stt = new PlaybackSpeechToText().then(LONG_ANSWER);
        List<InterviewEvent> events = new CopyOnWriteArrayList<>();
        try (Interviewer interviewer = Interviewer.builder().config(ConfigSource.of(Map.of()))
                .llm(Fixtures.wellBehavedLlm()).speechToText(stt).listener(events::add).build()) {
            InterviewSession session = interviewer.start(interviewer.plan(JobDescription.of(Fixtures.JD)));
            session.consent();
            session.start();

            // when
            session.submit(CandidateAnswer.audio(AudioInput.wav(wav), null));

            // then
            assertThat(events).filteredOn(InterviewEvent.SpeechToTextCallFinished.class::isInstance).singleElement()
                    .isInstanceOfSatisfying(InterviewEvent.SpeechToTextCallFinished.class, e -> {
                        assertThat(e.sessionId()).isEqualTo(session.id());
                        assertThat(e.provider()).isEqualTo("playback");
                        assertThat(e.success()).isTrue();
                        assertThat(e.audioMillis()).isPositive();
                    });
            assertThat(session.state().accounting().sttCallsByProvider()).containsEntry("playback", 1);
            assertThat(session.state().accounting().audioMillis()).isPositive();
        }
    }

    @Test
    void aWavFileThatIsNotAudioIsRejectedBeforeAnythingIsStored(@TempDir Path dir) throws Exception {
        Path fake = dir.resolve("01.wav");
        Files.writeString(fake, "this is not audio");
        try (Interviewer interviewer = interviewer(Fixtures.wellBehavedLlm(), Map.of())) {
            InterviewSession session = interviewer.start(interviewer.plan(JobDescription.of(Fixtures.JD)));
            session.consent();
            session.start();

            assertThatThrownBy(() -> session.submit(CandidateAnswer.audio(AudioInput.wav(fake), null)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("not WAV or WebM audio");
            assertThat(session.currentTurn()).isPresent();
        }
    }

    @Test
    void aSessionSurvivesARestartThroughItsStoreAndResumesAtTheRightQuestion() {
        var store = new InMemoryInterviewStore();
        String id;
        InterviewPlan plan;
        try (Interviewer first = Interviewer.builder().config(ConfigSource.of(Map.of()))
                .llm(Fixtures.wellBehavedLlm()).store(store).build()) {
            plan = first.plan(JobDescription.of(Fixtures.JD));
            InterviewSession session = first.start(plan, Map.of("candidate", "c-42"));
            session.consent();
            session.start();
            session.submit(CandidateAnswer.text(LONG_ANSWER));
            session.submit(CandidateAnswer.text(LONG_ANSWER));
            id = session.id();
        }
        try (Interviewer second = Interviewer.builder().config(ConfigSource.of(Map.of()))
                .llm(Fixtures.wellBehavedLlm()).store(store).build()) {
            InterviewSession resumed = second.resume(id).orElseThrow();

            assertThat(resumed.status()).isEqualTo(SessionStatus.IN_PROGRESS);
            assertThat(resumed.state().metadata()).containsEntry("candidate", "c-42");
            assertThat(resumed.state().plan()).isEqualTo(plan);
            assertThat(resumed.currentTurn().orElseThrow().questionId()).isEqualTo("q3");
            while (resumed.currentTurn().isPresent()) {
                resumed.submit(CandidateAnswer.text(LONG_ANSWER));
            }
            assertThat(resumed.complete().questions()).hasSize(5);
            assertThat(store.load(id).orElseThrow().status()).isEqualTo(SessionStatus.COMPLETED);
        }
    }

    @Test
    void listenersSeeTheWholeInterviewAndAFailingListenerBreaksNothing() {
        List<InterviewEvent> events = new CopyOnWriteArrayList<>();
        try (Interviewer interviewer = Interviewer.builder().config(ConfigSource.of(Map.of("interview.follow-ups.max", "0")))
                .llm(Fixtures.wellBehavedLlm())
                .listener(e -> { throw new IllegalStateException("broken listener"); })
                .listener(events::add).build()) {
            InterviewSession session = interviewer.start(interviewer.plan(JobDescription.of(Fixtures.JD)));
            session.consent();
            session.start();
            while (session.currentTurn().isPresent()) {
                session.submit(CandidateAnswer.text(LONG_ANSWER));
            }
            session.complete();
        }
        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .contains("PlanningStep", "PlanCreated", "SessionCreated", "ConsentRecorded", "PromptIssued",
                        "AnswerReceived", "AnswerEvaluated", "LlmCallFinished", "SessionCompleted");
    }

    @Test
    void aClientThatAnswersTheMomentThePromptOpensIsNotToldToWait() throws Exception {
        // given: a client that answers each new prompt as soon as it is issued, as a fast browser poller would;
        // the event comes while the previous answer's processing is still finishing
        var errors = new CopyOnWriteArrayList<Throwable>();
        var sessionRef = new java.util.concurrent.atomic.AtomicReference<InterviewSession>();
        try (Interviewer interviewer = Interviewer.builder().config(ConfigSource.of(Map.of("interview.follow-ups.max", "0")))
                .llm(Fixtures.wellBehavedLlm())
                .listener(e -> {
                    if (e instanceof InterviewEvent.PromptIssued p && p.turn().followUpIndex() == 0
                            && !p.turn().questionId().equals("q1")) {
                        try {
                            sessionRef.get().submitAsync(CandidateAnswer.text(LONG_ANSWER));
                        } catch (RuntimeException ex) {
                            errors.add(ex);
                        }
                    }
                }).build()) {
            InterviewSession session = interviewer.start(interviewer.plan(JobDescription.of(Fixtures.JD)));
            sessionRef.set(session);
            session.consent();
            session.start();

            // when: the first answer, after which the listener answers every prompt; wait for the last one
            session.submit(CandidateAnswer.text(LONG_ANSWER));
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (!session.isFinished() && errors.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            InterviewReport report = session.complete();

            // then
            assertThat(errors).isEmpty();
            assertThat(report.answered()).isEqualTo(report.questions().size());
        }
    }

    @Test
    void aHostCanDraftAStandaloneFollowUpFromTheExchangesSoFar() {
        ScriptedLlm llm = Fixtures.wellBehavedLlm().reply("follow-up",
                "{\"gap\":\"no result\",\"question\":\"What changed for users after the migration?\",\"probes\":\"impact\"}");
        try (Interviewer interviewer = interviewer(llm, Map.of())) {
            InterviewPlan plan = interviewer.plan(JobDescription.of(Fixtures.JD));

            var followUp = interviewer.followUp(plan, "q1", List.of(
                    new dev.aiinterview.contract.Exchange(plan.questions().get(0).text(), "We migrated it.")));

            assertThat(followUp.text()).isEqualTo("What changed for users after the migration?");
            assertThat(followUp.index()).isEqualTo(1);
            assertThat(llm.lastRequest().userPrompt()).contains("We migrated it.");
        }
    }

    @Test
    void anAbandonedSessionKeepsItsAnswersAndRefusesMore() {
        try (Interviewer interviewer = interviewer(Fixtures.wellBehavedLlm(), Map.of())) {
            InterviewSession session = interviewer.start(interviewer.plan(JobDescription.of(Fixtures.JD)));
            session.consent();
            session.start();
            session.submit(CandidateAnswer.text(LONG_ANSWER));

            session.abandon("candidate closed the browser");

            assertThat(session.status()).isEqualTo(SessionStatus.ABANDONED);
            assertThat(session.state().endReason()).isEqualTo("candidate closed the browser");
            assertThat(session.state().turns().get(0).answer()).isNotNull();
            assertThatThrownBy(() -> session.submit(CandidateAnswer.text("more")))
                    .isInstanceOf(SessionStateException.class).hasMessageContaining("ended");
        }
    }
}
