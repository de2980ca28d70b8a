package dev.aiinterview.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.Accounting;
import dev.aiinterview.api.Answer;
import dev.aiinterview.api.AnswerMode;
import dev.aiinterview.api.CriterionScores;
import dev.aiinterview.api.Evaluation;
import dev.aiinterview.api.FollowUp;
import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.JobProfile;
import dev.aiinterview.api.Provenance;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Rating;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.api.TokenUsage;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.error.SessionStateException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionMachineTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    static SessionState created() {
        var plan = new InterviewPlan(JobDescription.of("Backend engineer"),
                new JobProfile("Backend Engineer", null, null, null, List.of()),
                List.of(new Question("q1", QuestionType.TECHNICAL, "t1", "How do you tune PostgreSQL?", null),
                        new Question("q2", QuestionType.BEHAVIORAL, "t2", "Tell me about a rollout.", null)),
                List.of(), Provenance.of("scripted", null), null);
        return new SessionState("s-1", SessionStatus.CREATED, plan, List.of(), 1, T0, null, null, null, null, null,
                null, null);
    }

    static SessionState inProgress() {
        return SessionMachine.start(SessionMachine.consent(created(), T0).state(), T0).state();
    }

    static Evaluation evaluation() {
        return new Evaluation(Rating.GOOD, new CriterionScores(3, 3, 3), List.of("clear"), List.of(), List.of(),
                null, "solid", Provenance.of("scripted", "m"));
    }

    private static InterviewReport report(String sessionId, Accounting accounting) {
        return new InterviewReport(null, sessionId, "Backend Engineer", null, T1, "summary", null, null, null, null,
                null, 3, 1, 0, null, null, accounting, null);
    }

    private static Answer text(String text) {
        return new Answer(AnswerMode.TEXT, null, Transcript.typed(text), T1);
    }

    @Test
    void givenANewSessionWhenTheCandidateConsentsThenTheTimeIsKeptAndAnnounced() {
        SessionMachine.Step step = SessionMachine.consent(created(), T1);

        assertThat(step.state().status()).isEqualTo(SessionStatus.CONSENTED);
        assertThat(step.state().consentedAt()).isEqualTo(T1);
        assertThat(step.events()).containsExactly(new InterviewEvent.ConsentRecorded("s-1", T1));
    }

    @Test
    void givenNoConsentWhenStartingOrAnsweringThenTheRefusalNamesTheFix() {
        assertThatThrownBy(() -> SessionMachine.start(created(), T1))
                .isInstanceOf(SessionStateException.class).hasMessageContaining("consent()");
        assertThatThrownBy(() -> SessionMachine.answer(created(), text("hi"), T1))
                .isInstanceOf(SessionStateException.class).hasMessageContaining("consent()");
    }

    @Test
    void givenConsentWhenStartingThenTheFirstQuestionIsPutAndAnnounced() {
        SessionMachine.Step step = SessionMachine.start(SessionMachine.consent(created(), T0).state(), T1);

        assertThat(step.state().status()).isEqualTo(SessionStatus.IN_PROGRESS);
        assertThat(step.lastTurn().questionId()).isEqualTo("q1");
        assertThat(SessionMachine.openTurn(step.state())).contains(step.lastTurn());
        assertThat(step.events()).containsExactly(new InterviewEvent.PromptIssued("s-1", T1, step.lastTurn()));
    }

    @Test
    void givenAnOpenPromptWhenATextAnswerArrivesThenItIsStoredAndNothingNewIsPutYet() {
        SessionMachine.Step step = SessionMachine.answer(inProgress(), text("I tuned autovacuum."), T1);

        assertThat(step.lastTurn().answer().transcript().text()).isEqualTo("I tuned autovacuum.");
        assertThat(SessionMachine.openTurn(step.state())).isEmpty();
        assertThat(SessionMachine.needsProcessing(step.lastTurn())).isTrue();
        assertThat(step.events()).containsExactly(
                new InterviewEvent.AnswerReceived("s-1", T1, "q1", 0, AnswerMode.TEXT));
    }

    @Test
    void givenAnOpenPromptWhenItIsSkippedThenTheNextQuestionIsPutAtOnce() {
        SessionMachine.Step step = SessionMachine.answer(inProgress(),
                new Answer(AnswerMode.SKIPPED, null, null, T1), T1);

        assertThat(step.state().turns()).hasSize(2);
        assertThat(SessionMachine.needsProcessing(step.state().turns().get(0))).isFalse();
        assertThat(step.lastTurn().questionId()).isEqualTo("q2");
        assertThat(step.events()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("AnswerReceived", "PromptIssued");
    }

    @Test
    void givenAnAnsweredPromptWhenAnotherAnswerArrivesThenItIsRefused() {
        SessionState answered = SessionMachine.answer(inProgress(), text("first"), T1).state();

        assertThatThrownBy(() -> SessionMachine.answer(answered, text("second"), T1))
                .isInstanceOf(SessionStateException.class).hasMessageContaining("complete()");
    }

    @Test
    void givenASpokenAnswerWhenItIsTranscribedThenTheTranscriptAndEngineAreKept() {
        SessionState answered = SessionMachine.answer(inProgress(),
                new Answer(AnswerMode.AUDIO, null, null, T1), T1).state();
        var transcript = new Transcript("I tuned autovacuum.", "en-US", List.of(), 0.9, "playback");

        SessionMachine.Step step = SessionMachine.transcribed(answered, 0, transcript, T1);

        assertThat(step.state().turns().get(0).answer().transcript()).isEqualTo(transcript);
        assertThat(step.state().enginesUsed().speechToText()).containsExactly("playback");
        assertThat(step.events()).containsExactly(
                new InterviewEvent.AnswerTranscribed("s-1", T1, "q1", 0, transcript));
    }

    @Test
    void givenAnEvaluationWithAFollowUpWhenAppliedThenTheFollowUpIsPutAfterTheEvaluationIsAnnounced() {
        SessionState answered = SessionMachine.answer(inProgress(), text("Kubernetes."), T1).state();
        var followUp = new FollowUp("q1", 1, "What was the result?", "impact");
        var accounting = Accounting.EMPTY.plusLlmCall("answer-evaluation", TokenUsage.NONE, 5);

        SessionMachine.Step step = SessionMachine.evaluated(answered, 0, evaluation(), followUp, accounting, true, T1)
                .orElseThrow();

        assertThat(step.state().turns().get(0).evaluation()).isEqualTo(evaluation());
        assertThat(step.state().accounting()).isEqualTo(accounting);
        assertThat(step.state().enginesUsed().llm()).containsExactly("scripted");
        assertThat(step.lastTurn().questionId()).isEqualTo("q1");
        assertThat(step.lastTurn().followUpIndex()).isEqualTo(1);
        assertThat(step.events()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("AnswerEvaluated", "PromptIssued");
    }

    @Test
    void givenTheLastQuestionWhenItIsEvaluatedThenNothingMoreIsPut() {
        SessionState s = SessionMachine.answer(inProgress(), new Answer(AnswerMode.SKIPPED, null, null, T1), T1)
                .state();
        s = SessionMachine.answer(s, text("A calm rollout."), T1).state();

        SessionMachine.Step step = SessionMachine.evaluated(s, 1, evaluation(), null, Accounting.EMPTY, true, T1)
                .orElseThrow();

        assertThat(step.state().turns()).hasSize(2);
        assertThat(SessionMachine.openTurn(step.state())).isEmpty();
        assertThat(step.events()).extracting(e -> e.getClass().getSimpleName()).containsExactly("AnswerEvaluated");
    }

    @Test
    void givenAFailedProcessingWhenAppliedThenTheAnswerKeepsTheErrorAndTheInterviewMovesOn() {
        SessionState answered = SessionMachine.answer(inProgress(), text("Kubernetes."), T1).state();

        SessionMachine.Step step = SessionMachine.failed(answered, 0, "503", Accounting.EMPTY, true, T1)
                .orElseThrow();

        assertThat(step.state().turns().get(0).error()).isEqualTo("503");
        assertThat(step.state().turns().get(0).answer()).isNotNull();
        assertThat(step.lastTurn().questionId()).isEqualTo("q2");
        assertThat(step.events()).containsExactly(new InterviewEvent.AnswerFailed("s-1", T1, "q1", 0, "503"),
                new InterviewEvent.PromptIssued("s-1", T1, step.lastTurn()));
    }

    @Test
    void givenARetryWhileCompletingWhenItSucceedsThenTheErrorIsClearedAndNoPromptIsPut() {
        SessionState answered = SessionMachine.answer(inProgress(), text("Kubernetes."), T1).state();
        SessionState failed = SessionMachine.failed(answered, 0, "503", Accounting.EMPTY, false, T1)
                .orElseThrow().state();

        SessionMachine.Step step = SessionMachine.evaluated(failed, 0, evaluation(), null, Accounting.EMPTY, false, T1)
                .orElseThrow();

        assertThat(step.state().turns()).hasSize(1);
        assertThat(step.state().turns().get(0).error()).isNull();
        assertThat(SessionMachine.needsProcessing(step.state().turns().get(0))).isFalse();
    }

    @Test
    void givenAnAbandonedSessionWhenAResultArrivesThenItIsDropped() {
        SessionState answered = SessionMachine.answer(inProgress(), text("Kubernetes."), T1).state();
        SessionState abandoned = SessionMachine.abandon(answered, "closed the browser", T1).state();

        assertThat(SessionMachine.evaluated(abandoned, 0, evaluation(), null, Accounting.EMPTY, true, T1)).isEmpty();
        assertThat(SessionMachine.failed(abandoned, 0, "503", Accounting.EMPTY, true, T1)).isEmpty();
        assertThatThrownBy(() -> SessionMachine.abandon(abandoned, "again", T1))
                .isInstanceOf(SessionStateException.class).hasMessageContaining("ABANDONED");
    }

    @Test
    void givenAnAnsweredInterviewWhenCompletedThenTheReportCarriesTheFinalAccountingAndIsAnnounced() {
        SessionState open = SessionMachine.evaluated(SessionMachine.answer(inProgress(), text("Kubernetes."), T1)
                .state(), 0, evaluation(), null, Accounting.EMPTY, true, T1).orElseThrow().state();
        SessionState answered = SessionMachine.dropUnanswered(open);
        var accounting = Accounting.EMPTY.plusLlmCall("interview-summary", TokenUsage.NONE, 7);
        InterviewReport draft = report("s-1", Accounting.EMPTY);
        InterviewReport finalReport = report("s-1", accounting);

        SessionMachine.Step step = SessionMachine.complete(open, answered, accounting, draft,
                (r, s) -> r == draft && s.accounting().equals(accounting) ? finalReport : null, T1);

        assertThat(answered.turns()).hasSize(1);
        assertThat(step.state().status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(step.state().turns()).hasSize(1);
        assertThat(step.state().endedAt()).isEqualTo(T1);
        assertThat(step.state().report()).isSameAs(finalReport);
        assertThat(step.events()).containsExactly(new InterviewEvent.SessionCompleted("s-1", T1, finalReport));
    }

    @Test
    void givenACompletedOrAbandonedSessionWhenCompletedAgainThenTheFirstOutcomeStands() {
        SessionState answered = SessionMachine.answer(inProgress(), text("Kubernetes."), T1).state();
        SessionState abandoned = SessionMachine.abandon(answered, "gone", T1).state();

        assertThatThrownBy(() -> SessionMachine.complete(abandoned, answered, Accounting.EMPTY, null, (r, s) -> r, T1))
                .isInstanceOf(SessionStateException.class).hasMessageContaining("ABANDONED while completing");
    }
}
