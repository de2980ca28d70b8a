package dev.aiinterview.contract;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.Topic;
import java.util.ArrayList;
import dev.aiinterview.json.Json;
import java.util.List;
import java.util.Map;

/** {@code follow-up}: drafts one probing follow-up for what the answers so far left open. */
public final class FollowUpQuestion {

    public static final String NAME = "follow-up";

    /**
     * @param roleTitle the role
     * @param topic     the topic probed
     * @param question  the main question
     * @param exchanges the question and follow-ups asked so far with their answers, untrusted
     */
    public record Input(String roleTitle, Topic topic, Question question, List<Exchange> exchanges) {}

    public record Output(
            @JsonPropertyDescription("What the answers so far leave open: a vague claim, a missing result, an "
                    + "unexplained decision")
            String gap,
            @JsonPropertyDescription("One open-ended question probing that gap")
            String question,
            @JsonPropertyDescription("What a good answer to the follow-up would show")
            String probes) {}

    public static final PromptContract<Input, Output> CONTRACT = PromptContract.builder(NAME, "v1", Input.class, Output.class)
            .variables(in -> Map.of(
                    "role_title", Fence.wrap("role_title", in.roleTitle()),
                    "topic", Fence.wrap("topic", Json.write(in.topic())),
                    "question", Fence.wrap("question", Json.write(in.question())),
                    "exchanges", Fence.wrap("exchanges", Json.write(in.exchanges()))))
            .check(FollowUpQuestion::check)
            .temperature(0.3)
            .maxOutputTokens(1024)
            .build();

    static List<String> check(Input in, Output out) {
        var problems = new ArrayList<String>();
        if (out.question().isBlank() || !out.question().strip().endsWith("?")) {
            problems.add("question must be one question ending with '?'");
        }
        for (var e : in.exchanges()) {
            if (Text.normalize(e.prompt()).equals(Text.normalize(out.question()))) {
                problems.add("question repeats one already asked");
            }
        }
        if (out.gap().isBlank()) {
            problems.add("gap is empty");
        }
        return problems;
    }

    private FollowUpQuestion() {
    }
}
