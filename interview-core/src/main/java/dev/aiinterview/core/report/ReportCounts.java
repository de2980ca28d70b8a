package dev.aiinterview.core.report;

import dev.aiinterview.api.AnswerMode;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.QuestionResult;
import dev.aiinterview.api.Turn;
import org.apiguardian.api.API;

/**
 * Answers and skips of a report, with main questions and follow-ups told apart, so that "6 answered, 7 skipped"
 * never hides that only one question went unanswered and the rest were optional follow-ups.
 *
 * @param questions         main questions put to the candidate
 * @param questionsAnswered main questions answered
 * @param followUps         follow-ups put to the candidate
 * @param followUpsAnswered follow-ups answered
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ReportCounts(int questions, int questionsAnswered, int followUps, int followUpsAnswered) {

    /** Counts the turns of a report. */
    public static ReportCounts of(InterviewReport report) {
        int questions = 0;
        int questionsAnswered = 0;
        int followUps = 0;
        int followUpsAnswered = 0;
        for (QuestionResult q : report.questions()) {
            for (Turn t : q.turns()) {
                boolean answered = t.answer() != null && t.answer().mode() != AnswerMode.SKIPPED;
                if (t.followUpIndex() == 0) {
                    questions++;
                    questionsAnswered += answered ? 1 : 0;
                } else {
                    followUps++;
                    followUpsAnswered += answered ? 1 : 0;
                }
            }
        }
        return new ReportCounts(questions, questionsAnswered, followUps, followUpsAnswered);
    }

    /** Such as "6 of 7 questions answered (1 skipped); 1 of 6 follow-ups answered". */
    public String describe() {
        var s = new StringBuilder().append(questionsAnswered).append(" of ").append(questions)
                .append(questions == 1 ? " question" : " questions").append(" answered");
        if (questionsAnswered < questions) {
            s.append(" (").append(questions - questionsAnswered).append(" skipped)");
        }
        if (followUps > 0) {
            s.append("; ").append(followUpsAnswered).append(" of ").append(followUps)
                    .append(followUps == 1 ? " follow-up" : " follow-ups").append(" answered");
        }
        return s.toString();
    }
}
