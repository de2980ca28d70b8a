package dev.aiinterview.contract;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.aiinterview.api.FlagCategory;
import dev.aiinterview.api.Question;
import java.util.ArrayList;
import dev.aiinterview.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code question-review}: flags questions that are unlawful or biased in hiring (age, family, religion,
 * nationality, disability, health, ...) or leading, and proposes a neutral rewrite.
 */
public final class QuestionReview {

    public static final String NAME = "question-review";

    /**
     * @param roleTitle the role, for context
     * @param questions the questions to review, untrusted (a person may have written them)
     */
    public record Input(String roleTitle, List<Question> questions) {}

    public record Output(
            @JsonPropertyDescription("One entry per problem found; empty when every question is fine")
            List<Flag> flags) {}

    public record Flag(
            @JsonPropertyDescription("The id of the problematic question")
            String questionId,
            @JsonPropertyDescription("Why the question is a problem in a hiring interview, in one sentence")
            String reason,
            FlagCategory category,
            @JsonPropertyDescription("A lawful, neutral, open-ended question that probes the same job topic")
            String suggestedRewrite) {}

    public static final PromptContract<Input, Output> CONTRACT = PromptContract.builder(NAME, "v1", Input.class, Output.class)
            .variables(in -> Map.of(
                    "role_title", Fence.wrap("role_title", in.roleTitle()),
                    "questions", Fence.wrap("questions", Json.write(in.questions()))))
            .check(QuestionReview::check)
            .temperature(0.0)
            .maxOutputTokens(2048)
            .build();

    static List<String> check(Input in, Output out) {
        var problems = new ArrayList<String>();
        Set<String> ids = in.questions().stream().map(Question::id).collect(Collectors.toSet());
        for (var f : out.flags()) {
            if (!ids.contains(f.questionId())) {
                problems.add("flag names unknown question '" + f.questionId() + "'");
            }
            if (f.suggestedRewrite().isBlank()) {
                problems.add("flag for '" + f.questionId() + "' has no suggested rewrite");
            }
        }
        return problems;
    }

    private QuestionReview() {
    }
}
