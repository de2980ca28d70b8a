package dev.aiinterview.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The report for the human recruiter. It informs a decision a person makes; it makes none itself, so it carries
 * no hire or reject verdict.
 *
 * @param schemaVersion   version of this format ({@link #SCHEMA_VERSION})
 * @param sessionId       the interview
 * @param roleTitle       the role interviewed for
 * @param seniority       its seniority
 * @param generatedAt     when the report was made
 * @param summary         an overall summary for the recruiter
 * @param strengths       the candidate's main strengths across the interview
 * @param gaps            what the answers did not show, or showed to be weak, on the requirements asked about
 * @param focusForReviewer what a human interviewer should ask next; a gap restated is left out
 * @param requirements    one assessment per job requirement (topic); one that no question asked about has no
 *                        rating and no gaps, since it says nothing of the candidate
 * @param questions       every question with its answers, evaluations and follow-ups, in the order asked
 * @param averageScore    mean {@link Rating#points()} of the evaluated answers, 0 when none was evaluated
 * @param answered        answers received (main questions and follow-ups)
 * @param skipped         prompts the candidate skipped
 * @param engines         the engines used
 * @param summaryEngine   which engine wrote the summary
 * @param accounting      calls, tokens and time
 * @param disclaimer      the notice that this report is an aid to a human decision
 */
public record InterviewReport(
        String schemaVersion,
        String sessionId,
        String roleTitle,
        Seniority seniority,
        Instant generatedAt,
        String summary,
        List<String> strengths,
        List<String> gaps,
        List<String> focusForReviewer,
        List<RequirementAssessment> requirements,
        List<QuestionResult> questions,
        double averageScore,
        int answered,
        int skipped,
        Engines engines,
        Provenance summaryEngine,
        Accounting accounting,
        String disclaimer) {

    /** The version of the report format this SDK writes. */
    public static final String SCHEMA_VERSION = "1.0";

    /** The notice every report carries. */
    public static final String DISCLAIMER = "This report was produced with AI assistance to support a human "
            + "hiring decision. It rates the content of answers only. A person must review the answers and make "
            + "the decision; do not use this report as the sole basis for any decision.";

    public InterviewReport {
        Objects.requireNonNull(sessionId, "sessionId");
        schemaVersion = schemaVersion == null ? SCHEMA_VERSION : schemaVersion;
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
        focusForReviewer = focusForReviewer == null ? List.of() : List.copyOf(focusForReviewer);
        requirements = requirements == null ? List.of() : List.copyOf(requirements);
        questions = questions == null ? List.of() : List.copyOf(questions);
        disclaimer = disclaimer == null ? DISCLAIMER : disclaimer;
    }

    /**
     * Whether any question of this interview asked about the requirement. One that none asked about (its questions
     * were removed from the plan) says nothing of the candidate: show it as not covered, never as a gap.
     */
    public boolean asked(RequirementAssessment requirement) {
        return questions.stream().anyMatch(q -> q.question().topicId().equals(requirement.topicId()));
    }
}
