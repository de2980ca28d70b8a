package dev.aiinterview.core.session;

import dev.aiinterview.api.Accounting;
import dev.aiinterview.api.AnswerMode;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.FollowUp;
import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.Turn;
import dev.aiinterview.core.llm.AccountingScope;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Which prompt comes next, and the processing of one answer, as pure functions of the session state. */
final class TurnFlow {

    private final SessionContext ctx;
    private final AnswerProcessor processor;

    TurnFlow(SessionContext ctx, AnswerProcessor processor) {
        this.ctx = ctx;
        this.processor = processor;
    }

    /** A processed answer, ready to apply to the latest state. */
    record Result(int index, Turn turn, FollowUp followUp, String llm, String stt) {

        SessionState apply(SessionState s, Accounting accounting) {
            return States.engines(States.accounting(States.replaceTurn(s, index, turn), accounting), llm, stt);
        }
    }

    SessionState issue(SessionState s, String questionId, int followUpIndex, String prompt) {
        // PromptIssued is published by the session once this state is saved, so a listener can answer at once.
        return States.addTurn(s, new Turn(questionId, followUpIndex, prompt, null, null, null, null));
    }

    /** Puts the follow-up if there is one, else the next main question; at the end, changes nothing. */
    SessionState advance(SessionState s, FollowUp followUp) {
        Turn last = s.turns().get(s.turns().size() - 1);
        if (followUp != null) {
            return issue(s, followUp.questionId(), followUp.index(), followUp.text());
        }
        List<Question> questions = s.plan().questions();
        for (int i = 0; i < questions.size() - 1; i++) {
            if (questions.get(i).id().equals(last.questionId())) {
                Question next = questions.get(i + 1);
                return issue(s, next.id(), 0, next.text());
            }
        }
        return s;
    }

    /** Whether a turn holds an answer that still needs transcription or evaluation. */
    boolean needsProcessing(Turn t) {
        return t.answer() != null && t.answer().mode() != AnswerMode.SKIPPED && t.evaluation() == null;
    }

    /**
     * Transcribes (if needed) and evaluates the answer of turn {@code index}. The transcript is handed to
     * {@code onTranscribed} as soon as it exists, so it is kept even if evaluation then fails.
     */
    Result process(SessionState s, int index, AudioInput audio, AccountingScope scope, Consumer<Turn> onTranscribed) {
        Turn turn = s.turns().get(index);
        Transcript transcript = turn.answer().transcript();
        String stt = null;
        if (transcript == null) {
            AudioInput input = audio != null ? audio : AnswerProcessor.audioOf(turn);
            transcript = processor.transcribe(s.id(), s.plan(), input, scope);
            stt = transcript.engine();
            turn = turn.withAnswer(turn.answer().withTranscript(transcript));
            onTranscribed.accept(turn);
            ctx.events().publish(new InterviewEvent.AnswerTranscribed(s.id(), ctx.clock().instant(),
                    turn.questionId(), turn.followUpIndex(), transcript));
        }
        var questionTurns = new ArrayList<Turn>();
        for (int i = 0; i < index; i++) {
            if (s.turns().get(i).questionId().equals(turn.questionId())) {
                questionTurns.add(s.turns().get(i));
            }
        }
        AnswerProcessor.Outcome outcome = processor.evaluate(s.plan(), questionTurns, turn, s.maxFollowUps(), scope);
        Turn evaluated = turn.withEvaluation(outcome.evaluation(), outcome.followUp());
        ctx.events().publish(new InterviewEvent.AnswerEvaluated(s.id(), ctx.clock().instant(), turn.questionId(),
                turn.followUpIndex(), outcome.evaluation()));
        return new Result(index, evaluated, outcome.followUp(), outcome.evaluation().engine().provider(), stt);
    }

    /** The state without a trailing prompt that was never answered. */
    SessionState dropUnanswered(SessionState s) {
        if (!s.turns().isEmpty() && s.turns().get(s.turns().size() - 1).answer() == null) {
            return States.turns(s, s.turns().subList(0, s.turns().size() - 1));
        }
        return s;
    }
}
