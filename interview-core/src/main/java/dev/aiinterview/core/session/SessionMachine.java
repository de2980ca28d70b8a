package dev.aiinterview.core.session;

import dev.aiinterview.api.Accounting;
import dev.aiinterview.api.Answer;
import dev.aiinterview.api.AnswerMode;
import dev.aiinterview.api.Evaluation;
import dev.aiinterview.api.FollowUp;
import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.Turn;
import dev.aiinterview.api.error.SessionStateException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The session's state machine. Each function takes the current state and a command or a result of processing,
 * and returns the next state with the events that announce it. Pure: no I/O, no clock (the time is passed in),
 * no locks, so every transition can be tested on its own and applied under a short lock.
 */
final class SessionMachine {

    /**
     * The outcome of one transition.
     *
     * @param state  the next state
     * @param events what to publish once that state is saved, in order
     */
    record Step(SessionState state, List<InterviewEvent> events) {

        Step {
            events = List.copyOf(events);
        }

        /** The last prompt of the new state: the one just issued or answered. */
        Turn lastTurn() {
            return state.turns().get(state.turns().size() - 1);
        }
    }

    /** The candidate consented. */
    static Step consent(SessionState s, Instant now) {
        requireStatus(s, SessionStatus.CREATED, "consent");
        return new Step(States.consented(s, now), List.of(new InterviewEvent.ConsentRecorded(s.id(), now)));
    }

    /** The interview starts with the plan's first question. */
    static Step start(SessionState s, Instant now) {
        requireStatus(s, SessionStatus.CONSENTED, "start");
        Question first = s.plan().questions().get(0);
        var events = new ArrayList<InterviewEvent>();
        SessionState issued = issue(States.status(s, SessionStatus.IN_PROGRESS), first.id(), 0, first.text(), now,
                events);
        return new Step(issued, events);
    }

    /** The prompt awaiting an answer, if any. */
    static Optional<Turn> openTurn(SessionState s) {
        if (s.status() != SessionStatus.IN_PROGRESS || s.turns().isEmpty()) {
            return Optional.empty();
        }
        Turn last = s.turns().get(s.turns().size() - 1);
        return last.answer() == null ? Optional.of(last) : Optional.empty();
    }

    /**
     * The open prompt is answered. A skip puts the next prompt at once; any other answer waits for processing.
     *
     * @throws SessionStateException when no prompt is open
     */
    static Step answer(SessionState s, Answer answer, Instant now) {
        requireStatus(s, SessionStatus.IN_PROGRESS, "answer");
        Turn open = openTurn(s).orElseThrow(() -> new SessionStateException(
                "There is no open question: the interview is finished, call complete()"));
        var events = new ArrayList<InterviewEvent>();
        SessionState answered = States.replaceTurn(s, s.turns().size() - 1, open.withAnswer(answer));
        events.add(new InterviewEvent.AnswerReceived(s.id(), now, open.questionId(), open.followUpIndex(),
                answer.mode()));
        if (answer.mode() == AnswerMode.SKIPPED) {
            answered = advance(answered, null, now, events);
        }
        return new Step(answered, events);
    }

    /** The answer of turn {@code index} was transcribed; kept at once, so a failing evaluation cannot lose it. */
    static Step transcribed(SessionState s, int index, Transcript transcript, Instant now) {
        if (index >= s.turns().size()) {
            return new Step(s, List.of());
        }
        Turn turn = s.turns().get(index);
        Turn withTranscript = turn.withAnswer(turn.answer().withTranscript(transcript));
        return new Step(States.engines(States.replaceTurn(s, index, withTranscript), null, transcript.engine()),
                List.of(new InterviewEvent.AnswerTranscribed(s.id(), now, turn.questionId(), turn.followUpIndex(),
                        transcript)));
    }

    /**
     * The answer of turn {@code index} was evaluated. With {@code advance}, the follow-up or the next question
     * is put. Empty when the session ended meanwhile: the result is dropped.
     */
    static Optional<Step> evaluated(SessionState s, int index, Evaluation evaluation, FollowUp followUp,
                                    Accounting accounting, boolean advance, Instant now) {
        if (s.status().isFinal() || index >= s.turns().size()) {
            return Optional.empty();
        }
        Turn turn = s.turns().get(index);
        var events = new ArrayList<InterviewEvent>();
        events.add(new InterviewEvent.AnswerEvaluated(s.id(), now, turn.questionId(), turn.followUpIndex(),
                evaluation));
        SessionState next = States.engines(States.accounting(
                States.replaceTurn(s, index, turn.withEvaluation(evaluation, followUp)), accounting),
                evaluation.engine().provider(), null);
        return Optional.of(new Step(advance ? advance(next, followUp, now, events) : next, events));
    }

    /**
     * Processing the answer of turn {@code index} failed: the answer is kept with the error and, with
     * {@code advance}, the interview moves on. Empty when the session ended meanwhile.
     */
    static Optional<Step> failed(SessionState s, int index, String error, Accounting accounting, boolean advance,
                                 Instant now) {
        if (s.status().isFinal() || index >= s.turns().size()) {
            return Optional.empty();
        }
        Turn turn = s.turns().get(index).withError(error);
        var events = new ArrayList<InterviewEvent>();
        events.add(new InterviewEvent.AnswerFailed(s.id(), now, turn.questionId(), turn.followUpIndex(), error));
        SessionState failed = States.accounting(States.replaceTurn(s, index, turn), accounting);
        return Optional.of(new Step(advance ? advance(failed, null, now, events) : failed, events));
    }

    /**
     * The report is written: {@code answered} (the state the report was drafted from) becomes COMPLETED with the
     * final accounting. When the session is no longer in progress the first outcome stands: the same state if it
     * completed, an error if it was abandoned.
     *
     * @param withAccounting puts the final accounting into the draft report
     */
    static Step complete(SessionState current, SessionState answered, Accounting accounting, InterviewReport draft,
                         BiFunction<InterviewReport, SessionState, InterviewReport> withAccounting, Instant now) {
        if (current.status() != SessionStatus.IN_PROGRESS) {
            if (current.report() != null) {
                return new Step(current, List.of());
            }
            throw new SessionStateException("The interview was " + current.status() + " while completing");
        }
        SessionState done = States.ended(States.accounting(answered, accounting), SessionStatus.COMPLETED, now,
                null, null);
        InterviewReport report = withAccounting.apply(draft, done);
        return new Step(States.ended(done, SessionStatus.COMPLETED, now, null, report),
                List.of(new InterviewEvent.SessionCompleted(current.id(), now, report)));
    }

    /** The interview is abandoned; everything received so far is kept. */
    static Step abandon(SessionState s, String reason, Instant now) {
        if (s.status().isFinal()) {
            throw new SessionStateException("The interview is already " + s.status());
        }
        return new Step(States.ended(s, SessionStatus.ABANDONED, now, reason, null),
                List.of(new InterviewEvent.SessionAbandoned(s.id(), now, reason)));
    }

    /** Whether a turn holds an answer that still needs transcription or evaluation. */
    static boolean needsProcessing(Turn t) {
        return t.answer() != null && t.answer().mode() != AnswerMode.SKIPPED && t.evaluation() == null;
    }

    /** The state without a trailing prompt that was never answered. */
    static SessionState dropUnanswered(SessionState s) {
        if (!s.turns().isEmpty() && s.turns().get(s.turns().size() - 1).answer() == null) {
            return States.turns(s, s.turns().subList(0, s.turns().size() - 1));
        }
        return s;
    }

    /** Refuses an operation out of order, saying what to do instead. */
    static void requireStatus(SessionState s, SessionStatus expected, String action) {
        if (s.status() != expected) {
            String hint = switch (s.status()) {
                case CREATED -> "the candidate has not consented yet: call consent() first";
                case CONSENTED -> "call start() first";
                case COMPLETED, ABANDONED -> "the interview has ended";
                case IN_PROGRESS -> "the interview is already in progress";
            };
            throw new SessionStateException("Cannot " + action + " in state " + s.status() + ": " + hint);
        }
    }

    /** Puts the follow-up if there is one, else the next main question; at the end, changes nothing. */
    private static SessionState advance(SessionState s, FollowUp followUp, Instant now, List<InterviewEvent> events) {
        if (followUp != null) {
            return issue(s, followUp.questionId(), followUp.index(), followUp.text(), now, events);
        }
        Turn last = s.turns().get(s.turns().size() - 1);
        List<Question> questions = s.plan().questions();
        for (int i = 0; i < questions.size() - 1; i++) {
            if (questions.get(i).id().equals(last.questionId())) {
                Question next = questions.get(i + 1);
                return issue(s, next.id(), 0, next.text(), now, events);
            }
        }
        return s;
    }

    private static SessionState issue(SessionState s, String questionId, int followUpIndex, String prompt,
                                      Instant now, List<InterviewEvent> events) {
        Turn turn = new Turn(questionId, followUpIndex, prompt, null, null, null, null);
        events.add(new InterviewEvent.PromptIssued(s.id(), now, turn));
        return States.addTurn(s, turn);
    }

    private SessionMachine() {
    }
}
