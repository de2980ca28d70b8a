package dev.aiinterview.contract;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.aiinterview.api.Importance;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.TopicKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** {@code jd-analysis}: a job description in, role, seniority and the topics to probe out. */
public final class JdAnalysis {

    public static final String NAME = "jd-analysis";

    /**
     * @param jobDescription the description, untrusted
     * @param minTopics      fewest topics wanted
     * @param maxTopics      most topics wanted
     */
    public record Input(String jobDescription, int minTopics, int maxTopics) {}

    public record Output(
            @JsonPropertyDescription("The role's title as the description states it, e.g. 'Senior Backend Engineer'")
            String roleTitle,
            @JsonPropertyDescription("Seniority of the role; UNSPECIFIED when the description gives no signal")
            Seniority seniority,
            @JsonPropertyDescription("Minimum years of experience the description asks for; 0 if it names none")
            @SchemaRange(min = 0, max = 50)
            int yearsOfExperience,
            @JsonPropertyDescription("Two or three sentences describing the role")
            String summary,
            @JsonPropertyDescription("The most important skills, responsibilities and qualifications, most important first")
            List<TopicDraft> topics) {}

    public record TopicDraft(
            @JsonPropertyDescription("Short phrases quoted verbatim from the job description that support this topic")
            @SchemaRange(min = 1, max = 4)
            List<String> evidence,
            @JsonPropertyDescription("Short name of the topic, e.g. 'Kubernetes operations' or 'Patient assessment'")
            String name,
            TopicKind kind,
            Importance importance,
            @JsonPropertyDescription("True when the topic is technical knowledge that a technical question can probe")
            boolean technical,
            @JsonPropertyDescription("One or two sentences on why the role needs this")
            String whyItMatters,
            @JsonPropertyDescription("Terms an answer about this topic would likely use (tools, techniques, concepts)")
            @SchemaRange(min = 1, max = 12)
            List<String> keywords) {}

    public static final PromptContract<Input, Output> CONTRACT = PromptContract.builder(NAME, "v1", Input.class, Output.class)
            .variables(in -> Map.of(
                    "job_description", Fence.wrap("job_description", in.jobDescription()),
                    "min_topics", Integer.toString(in.minTopics()),
                    "max_topics", Integer.toString(in.maxTopics())))
            .check(JdAnalysis::check)
            .temperature(0.2)
            .maxOutputTokens(4096)
            .build();

    static List<String> check(Input in, Output out) {
        var problems = new ArrayList<String>();
        if (out.roleTitle().isBlank()) {
            problems.add("roleTitle is empty");
        }
        int n = out.topics().size();
        if (n < in.minTopics() || n > in.maxTopics()) {
            problems.add("expected " + in.minTopics() + " to " + in.maxTopics() + " topics, got " + n);
        }
        var names = new HashSet<String>();
        var quoted = Text.quotesFrom(in.jobDescription());
        for (var t : out.topics()) {
            if (t.name().isBlank()) {
                problems.add("a topic has an empty name");
            } else if (!names.add(Text.normalize(t.name()))) {
                problems.add("topic '" + t.name() + "' appears twice");
            }
            for (String quote : t.evidence()) {
                if (!quoted.test(quote)) {
                    problems.add("evidence for '" + t.name() + "' is not quoted from the job description: \""
                            + Text.abbreviate(quote, 80) + "\"");
                }
            }
        }
        return problems;
    }

    private JdAnalysis() {
    }
}
