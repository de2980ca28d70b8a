package dev.aiinterview.cli;

import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.Turn;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.core.session.CandidateAnswer;
import dev.aiinterview.core.session.InterviewSession;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plays a candidate from an {@link AnswerFolder}: consents, answers each prompt the session puts with the matching
 * file (or skips it), and reports progress on stderr, one complete line per prompt once it has been evaluated.
 */
final class ScriptedInterview {

    private final InterviewPlan plan;
    private final AnswerFolder answers;
    private final PrintWriter progress;
    private final Set<AnswerFolder.Prompt> asked = new HashSet<>();

    ScriptedInterview(InterviewPlan plan, AnswerFolder answers, PrintWriter progress) {
        this.plan = plan;
        this.answers = answers;
        this.progress = progress;
    }

    InterviewReport run(InterviewSession session) {
        session.consent();
        session.start();
        for (var open = session.currentTurn(); open.isPresent(); open = session.currentTurn()) {
            Turn turn = open.get();
            int number = number(turn.questionId());
            asked.add(new AnswerFolder.Prompt(number, turn.followUpIndex()));
            AnswerFolder.Found found = answers.find(number, turn.followUpIndex());
            Turn done = submit(session, turn, found.answer());
            progress.println(line(number, turn, found, done));
            progress.flush();
        }
        return session.complete();
    }

    /**
     * Submits an answer. When processing it fails the session has kept the answer and moved on, and completing
     * retries it; so the run goes on and the line says "not evaluated". Bad input and configuration still stop it.
     */
    static Turn submit(InterviewSession session, Turn turn, CandidateAnswer answer) {
        try {
            return session.submit(answer);
        } catch (ConfigurationException | InvalidInputException e) {
            throw e;
        } catch (InterviewException e) {
            return session.state().turns().stream()
                    .filter(t -> t.questionId().equals(turn.questionId()) && t.followUpIndex() == turn.followUpIndex())
                    .reduce((first, second) -> second).orElse(turn);
        }
    }

    /** Answer files the interview had no use for, so that a numbering mistake does not go unnoticed. */
    List<String> unusedFiles() {
        return answers.unused(asked);
    }

    private String line(int number, Turn turn, AnswerFolder.Found found, Turn done) {
        var details = new ArrayList<String>();
        var line = new StringBuilder();
        if (turn.followUpIndex() == 0) {
            Question q = plan.questions().get(number - 1);
            line.append("Question ").append(number).append('/').append(plan.questions().size());
            details.add(PlanText.words(q.type().name()));
            details.add("topic " + plan.profile().topic(q.topicId()).map(Topic::name).orElse(q.topicId()));
        } else {
            line.append("  Follow-up ").append(turn.followUpIndex()).append(" to question ").append(number);
        }
        if (found.spoken()) {
            details.add("spoken answer " + found.file() + transcribedBy(done));
        }
        if (!details.isEmpty()) {
            line.append(" (").append(String.join(", ", details)).append(')');
        }
        line.append("... ");
        if (found.note() != null) {
            return line.append("skipped: ").append(found.note()).toString();
        }
        if (done.evaluation() == null) {
            return line.append("not evaluated").append(done.error() == null ? "" : ": " + done.error()).toString();
        }
        line.append("rated ").append(done.evaluation().rating());
        if (done.followUp() != null) {
            line.append(", follow-up asked");
        }
        return line.toString();
    }

    private static String transcribedBy(Turn done) {
        var transcript = done.answer() == null ? null : done.answer().transcript();
        return transcript == null ? "" : " via " + transcript.engine();
    }

    private int number(String questionId) {
        List<Question> questions = plan.questions();
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(questionId)) {
                return i + 1;
            }
        }
        throw new IllegalStateException("The session asked question " + questionId + ", which is not in the plan");
    }
}
