package dev.aiinterview.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything decided before the candidate arrives: the profile read from the job description, the questions
 * in the order they are asked, and what the question review flagged.
 *
 * @param jobDescription the description the plan was made from
 * @param profile        role, seniority and topics
 * @param questions      the questions, in the order they are asked
 * @param flags          problems found by the question review; a host should show them before the plan is used
 * @param engine         which LLM provider made the plan
 * @param accounting     what planning cost: calls, tokens and time
 */
public record InterviewPlan(
        JobDescription jobDescription,
        JobProfile profile,
        List<Question> questions,
        List<QuestionFlag> flags,
        Provenance engine,
        Accounting accounting) {

    public InterviewPlan {
        Objects.requireNonNull(jobDescription, "jobDescription");
        Objects.requireNonNull(profile, "profile");
        questions = questions == null ? List.of() : List.copyOf(questions);
        flags = flags == null ? List.of() : List.copyOf(flags);
        accounting = accounting == null ? Accounting.EMPTY : accounting;
    }

    /** The question with this id. */
    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The same plan with other questions, for edits made by a person. */
    public InterviewPlan withQuestions(List<Question> newQuestions, List<QuestionFlag> newFlags) {
        return new InterviewPlan(jobDescription, profile, newQuestions, newFlags, engine, accounting);
    }

    /** The same plan with more planning cost booked, such as a later question review. */
    public InterviewPlan withAccounting(Accounting newAccounting) {
        return new InterviewPlan(jobDescription, profile, questions, flags, engine, newAccounting);
    }
}
