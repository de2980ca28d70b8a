package dev.aiinterview.contract;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Rating;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.Topic;
import java.util.ArrayList;
import dev.aiinterview.json.Json;
import java.util.List;
import java.util.Map;

/**
 * {@code answer-evaluation}: rates one answer on clarity, relevance and the probed skill, quotes evidence, checks
 * STAR for behavioral questions, and in the same call decides whether a follow-up is warranted and drafts it.
 */
public final class AnswerEvaluation {

    public static final String NAME = "answer-evaluation";

    /**
     * @param roleTitle       the role
     * @param seniority       its seniority, to calibrate expectations
     * @param topic           the topic the question probes
     * @param question        the main question
     * @param prompt          what was actually asked: the question, or the follow-up being answered
     * @param followUpIndex   0 for the main question, k for the k-th follow-up
     * @param earlier         earlier exchanges on this question (for a follow-up), untrusted
     * @param transcript      the answer, untrusted
     * @param followUpAllowed whether another follow-up may be asked after this answer
     */
    public record Input(
            String roleTitle,
            Seniority seniority,
            Topic topic,
            Question question,
            String prompt,
            int followUpIndex,
            List<Exchange> earlier,
            String transcript,
            boolean followUpAllowed) {}

    public record Output(
            @JsonPropertyDescription("Short verbatim quotes from the answer that the rating rests on; empty if the "
                    + "answer has no relevant content")
            @SchemaRange(min = 0, max = 5)
            List<String> evidence,
            @JsonPropertyDescription("What the answer does well, each tied to the evidence")
            List<String> strengths,
            @JsonPropertyDescription("What the answer lacks or gets wrong")
            List<String> weaknesses,
            @JsonPropertyDescription("STAR coverage. For BEHAVIORAL questions quote or paraphrase each part the "
                    + "answer covers and leave missing parts as empty strings; for other types leave all empty")
            Star star,
            @JsonPropertyDescription("1-5: how clear and well organised the answer is")
            @SchemaRange(min = 1, max = 5)
            int clarity,
            @JsonPropertyDescription("1-5: how directly it answers the question asked")
            @SchemaRange(min = 1, max = 5)
            int relevance,
            @JsonPropertyDescription("1-5: how well it demonstrates the skill the question probes")
            @SchemaRange(min = 1, max = 5)
            int skill,
            @JsonPropertyDescription("Two or three sentences explaining the rating to a human reviewer")
            String rationale,
            @JsonPropertyDescription("Overall rating, consistent with the three scores")
            Rating rating,
            @JsonPropertyDescription("Whether to ask a follow-up, and the follow-up itself")
            FollowUpDecision followUp) {}

    public record Star(String situation, String task, String action, String result) {}

    public record FollowUpDecision(
            @JsonPropertyDescription("True when the answer leaves something important open and a follow-up is allowed")
            boolean needed,
            @JsonPropertyDescription("What the follow-up probes: the gap or claim left open; empty when not needed")
            String probes,
            @JsonPropertyDescription("One open-ended probing question; empty when not needed")
            String question) {}

    public static final PromptContract<Input, Output> CONTRACT = PromptContract.builder(NAME, "v1", Input.class, Output.class)
            .variables(in -> Map.of(
                    "role_title", Fence.wrap("role_title", in.roleTitle()),
                    "seniority", in.seniority().name(),
                    "topic", Fence.wrap("topic", Json.write(in.topic())),
                    "question_type", in.question().type().name(),
                    "question", Fence.wrap("question", Json.write(in.question())),
                    "prompt", Fence.wrap("prompt", in.prompt()),
                    "earlier", Fence.wrap("earlier_exchanges", Json.write(in.earlier())),
                    "answer", Fence.wrap("candidate_answer", in.transcript()),
                    "follow_up_allowed", Boolean.toString(in.followUpAllowed())))
            .check(AnswerEvaluation::check)
            .temperature(0.1)
            .maxOutputTokens(2048)
            .build();

    static List<String> check(Input in, Output out) {
        var problems = new ArrayList<String>();
        var quoted = Text.quotesFrom(in.transcript());
        for (String quote : out.evidence()) {
            if (!quoted.test(quote)) {
                problems.add("evidence is not quoted from the answer: \"" + Text.abbreviate(quote, 80) + "\"");
            }
        }
        double meanScore = (out.clarity() + out.relevance() + out.skill()) / 3.0;
        // Map the 1-5 criterion scale onto the 1-4 rating scale; more than 1.5 apart is inconsistent.
        double expectedPoints = 1 + (meanScore - 1) * 3 / 4;
        if (Math.abs(out.rating().points() - expectedPoints) > 1.5) {
            problems.add("rating " + out.rating() + " contradicts the scores " + out.clarity() + "/"
                    + out.relevance() + "/" + out.skill());
        }
        if (out.rating() == Rating.EXCELLENT && out.evidence().isEmpty()) {
            problems.add("an EXCELLENT rating needs evidence quoted from the answer");
        }
        if (in.question().type() == QuestionType.BEHAVIORAL && out.star() == null) {
            problems.add("a BEHAVIORAL answer needs the star assessment");
        }
        var f = out.followUp();
        if (f != null && f.needed()) {
            if (!in.followUpAllowed()) {
                problems.add("followUp.needed is true but no further follow-up is allowed");
            } else if (f.question().isBlank() || !f.question().strip().endsWith("?")) {
                problems.add("followUp.question must be one question ending with '?'");
            } else if (Text.normalize(f.question()).equals(Text.normalize(in.prompt()))) {
                problems.add("followUp.question repeats the question asked");
            }
        }
        return problems;
    }

    private AnswerEvaluation() {
    }
}
