package dev.aiinterview.contract;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.Topic;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import dev.aiinterview.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code question-plan}: questions for every topic of a profile, in one call. */
public final class QuestionPlan {

    public static final String NAME = "question-plan";

    /**
     * @param roleTitle         the role
     * @param seniority         its seniority, to pitch the questions
     * @param topics            every topic to cover
     * @param questionsPerTopic how many questions each topic gets
     */
    public record Input(String roleTitle, Seniority seniority, List<Topic> topics, int questionsPerTopic) {}

    public record Output(
            @JsonPropertyDescription("The questions, grouped by topic in the order the topics were given")
            List<QuestionDraft> questions) {}

    public record QuestionDraft(
            @JsonPropertyDescription("The id of the topic this question probes")
            String topicId,
            @JsonPropertyDescription("BEHAVIORAL (a past experience), TECHNICAL (only for technical topics) or "
                    + "SITUATIONAL (a realistic hypothetical)")
            QuestionType type,
            @JsonPropertyDescription("One open-ended question, as the candidate will read it")
            String text,
            @JsonPropertyDescription("What a good answer demonstrates, for the evaluator")
            String goodAnswerShows) {}

    private static final Pattern CLOSED = Pattern.compile(
            "^(do|does|did|are|is|was|were|have|has|will|would you be|could you be)\\b.*",
            Pattern.CASE_INSENSITIVE);

    public static final PromptContract<Input, Output> CONTRACT = PromptContract.builder(NAME, "v1", Input.class, Output.class)
            .variables(in -> Map.of(
                    "role_title", Fence.wrap("role_title", in.roleTitle()),
                    "seniority", in.seniority().name(),
                    "topics", Fence.wrap("topics", Json.write(in.topics())),
                    "questions_per_topic", Integer.toString(in.questionsPerTopic())))
            .check(QuestionPlan::check)
            .temperature(0.4)
            .maxOutputTokens(4096)
            .build();

    static List<String> check(Input in, Output out) {
        var problems = new ArrayList<String>();
        Map<String, Topic> topics = new HashMap<>();
        in.topics().forEach(t -> topics.put(t.id(), t));
        Map<String, Integer> perTopic = new HashMap<>();
        var types = EnumSet.noneOf(QuestionType.class);
        for (var q : out.questions()) {
            Topic topic = topics.get(q.topicId());
            if (topic == null) {
                problems.add("question '" + Text.abbreviate(q.text(), 60) + "' names unknown topic '" + q.topicId() + "'");
                continue;
            }
            perTopic.merge(q.topicId(), 1, Integer::sum);
            types.add(q.type());
            if (q.type() == QuestionType.TECHNICAL && !topic.technical()) {
                problems.add("topic '" + topic.name() + "' is not technical but got a TECHNICAL question");
            }
            String text = q.text().strip();
            if (text.length() < 15) {
                problems.add("question for '" + topic.name() + "' is too short to be open-ended: '" + text + "'");
            } else if (CLOSED.matcher(text.toLowerCase(Locale.ROOT)).matches()) {
                problems.add("question for '" + topic.name() + "' is a yes/no question; make it open-ended: '"
                        + Text.abbreviate(text, 80) + "'");
            }
            if (q.goodAnswerShows().isBlank()) {
                problems.add("question for '" + topic.name() + "' lacks goodAnswerShows");
            }
        }
        for (var t : in.topics()) {
            int count = perTopic.getOrDefault(t.id(), 0);
            if (count != in.questionsPerTopic()) {
                problems.add("topic '" + t.id() + "' (" + t.name() + ") has " + count + " questions, expected "
                        + in.questionsPerTopic());
            }
        }
        int total = in.topics().size() * in.questionsPerTopic();
        boolean anyTechnical = in.topics().stream().anyMatch(Topic::technical);
        if (total >= 3) {
            if (!types.contains(QuestionType.BEHAVIORAL)) {
                problems.add("the plan has no BEHAVIORAL question");
            }
            if (!types.contains(QuestionType.SITUATIONAL)) {
                problems.add("the plan has no SITUATIONAL question");
            }
            if (anyTechnical && !types.contains(QuestionType.TECHNICAL)) {
                problems.add("the plan has technical topics but no TECHNICAL question");
            }
        }
        return problems;
    }

    private QuestionPlan() {
    }
}
