package dev.aiinterview.offline;

import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Seniority;
import java.util.List;

/**
 * Sentence frames for questions, several per type, filled with the job description's own wording: the topic
 * name, the duty's verb phrase ({@code {verb}}) and a quote ({@code {evidence}}).
 */
final class QuestionTemplates {

    /** A sentence frame; {@code needsVerb} frames only fit topics whose evidence starts with a verb. */
    record Frame(String id, String text, boolean needsVerb) {}

    static final List<Frame> BEHAVIORAL = List.of(
            new Frame("b-time-verb", "Tell me about a time you had to {verb}. What was the situation, what did you do, "
                    + "and what was the result?", true),
            new Frame("b-occasion-verb", "Describe a specific occasion when you had to {verb}. What was at stake, what "
                    + "was your part, and how did it turn out?", true),
            new Frame("b-recent-verb", "Walk me through a recent example of having to {verb}: what was the goal, which "
                    + "steps did you take, and what changed as a result?", true),
            new Frame("b-project", "Tell me about a project where {skill} made the difference. What was the "
                    + "situation, what did you do, and what was the result?", false),
            new Frame("b-hardest", "Describe the most difficult situation you have handled that depended on {skill}. "
                    + "What did you do, and what was the outcome?", false),
            new Frame("b-central", "Walk me through a time when {skill} was central to your work: what was the goal, "
                    + "what was your part, and how did you measure the result?", false),
            new Frame("b-setback", "Give me an example of a time when {skill} did not go to plan. How did you notice, "
                    + "what did you do about it, and what did you learn?", false),
            new Frame("b-quote", "One line of the advert reads \"{evidence}\". Tell me about a time your work called "
                    + "for that: what happened, what did you do, and what was the result?", false));

    static final List<Frame> QUALIFICATION = List.of(
            new Frame("q-tested", "Tell me about a situation at work where what you learned for your {skill} was put "
                    + "to the test. What did you do, and what was the outcome?", false),
            new Frame("q-daily", "Walk me through one concrete example of how your {skill} shaped a decision you made "
                    + "at work, and what the result was.", false));

    static final List<Frame> TECHNICAL = List.of(
            new Frame("t-principles", "Which principles and checks guide your work with {skill}, and how do they "
                    + "change when the stakes are high?", false),
            new Frame("t-mistakes", "What are the most common mistakes people make with {skill}, and how do you detect "
                    + "and prevent them?", false),
            new Frame("t-steps-verb", "Walk me through, step by step, how you would {verb}: which tools or techniques "
                    + "would you use, and what trade-offs would you weigh?", true),
            new Frame("t-explain", "How would you explain the key ideas of {skill} to a new colleague, and which "
                    + "details matter most to get right in practice?", false),
            new Frame("t-tradeoffs", "What trade-offs do you weigh when working with {skill}, and what is one concrete "
                    + "decision you made because of them?", false),
            new Frame("t-verify", "How do you check that your work with {skill} is correct and holds up over time, "
                    + "and which tools help you do it?", false));

    static final List<Frame> SITUATIONAL = List.of(
            new Frame("s-first-week", "Imagine you join as {a_role} and in your first week you find a serious problem "
                    + "with {skill}. What would you do first, and who would you involve?", false),
            new Frame("s-half-time-verb", "Suppose you are asked to {verb} with half the usual time. How would you "
                    + "prioritise, and what risks would you flag?", true),
            new Frame("s-disagree", "Imagine a colleague strongly disagrees with your approach to {skill} just before "
                    + "an important deadline. How would you handle it?", false),
            new Frame("s-falling-short", "Suppose the results of your work on {skill} fall clearly short of what was "
                    + "expected. What steps would you take over the next two weeks?", false),
            new Frame("s-urgent", "Imagine an urgent request involving {skill} arrives while you are already at full "
                    + "capacity. How would you decide what to do, and how would you communicate it?", false),
            new Frame("s-first-month-verb", "Picture your first month as {a_role}: how would you approach the need to "
                    + "{verb}, and what would you want to learn before acting?", true));

    /** Situations for a soft skill, which is practised with people rather than "worked on" or "found broken". */
    static final List<Frame> SOFT_SITUATIONAL = List.of(
            new Frame("s-soft-improve", "Suppose your manager tells you that your {skill} needs to improve. What "
                    + "would you ask them, and what would you change over the next month?", false),
            new Frame("s-soft-busy", "Imagine a busy week as {a_role} in which {skill} is put to the test. What "
                    + "situation would you expect, and how would you handle it?", false),
            new Frame("s-soft-disagree", "Imagine two colleagues disagree and the outcome depends on your {skill}. How "
                    + "would you approach the conversation, and what result would you aim for?", false));

    static List<Frame> frames(QuestionType type, boolean qualification, boolean soft) {
        return switch (type) {
            case BEHAVIORAL -> qualification ? QUALIFICATION : BEHAVIORAL;
            case TECHNICAL -> TECHNICAL;
            case SITUATIONAL -> soft ? SOFT_SITUATIONAL : SITUATIONAL;
        };
    }

    /** What a good answer shows, at the depth the role's seniority calls for. */
    static String goodAnswer(QuestionType type, String skill, Seniority seniority) {
        String base = switch (type) {
            case BEHAVIORAL -> "A real, specific example told as STAR: the situation, the candidate's own task, the "
                    + "actions they personally took on " + skill + ", and a measurable result (numbers, time saved, "
                    + "quality), plus what they learned.";
            case TECHNICAL -> "Correct, concrete reasoning about " + skill + ": named tools or techniques, the "
                    + "trade-offs weighed and why, how they verify the work and what can go wrong, " + depth(seniority)
                    + ".";
            case SITUATIONAL -> "A prioritised plan: what they would check first, which stakeholders they would "
                    + "involve and how they would communicate, the main risks and how to mitigate them, and how "
                    + "they would know it worked.";
        };
        return base + switch (seniority) {
            case LEAD -> " At this level, expect how they organised and led the team through it, not only their own "
                    + "part.";
            case SENIOR, PRINCIPAL, EXECUTIVE -> " At this level, expect ownership of the decision and of how "
                    + "they bring others along.";
            case INTERN, JUNIOR -> " At this level, expect sound basics and knowing when to ask for help.";
            default -> "";
        };
    }

    private static String depth(Seniority seniority) {
        return switch (seniority) {
            case INTERN, JUNIOR -> "at the depth expected of someone early in their career";
            case MID -> "at the depth of someone who has done this work on their own";
            case SENIOR -> "at the depth of someone who has owned this work and can teach it";
            case LEAD -> "at the depth of someone who leads others doing this work";
            case PRINCIPAL, EXECUTIVE -> "at the depth of someone who sets the direction for it across teams";
            case UNSPECIFIED -> "at the depth the role calls for";
        };
    }

    private QuestionTemplates() {
    }
}
