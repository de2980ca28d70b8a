package dev.aiinterview.contract;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Rating;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.Topic;
import java.util.ArrayList;
import dev.aiinterview.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code interview-summary}: the overall summary for the recruiter, strengths and gaps per job requirement. It
 * must inform, never decide: a summary that recommends hiring or rejecting breaks the contract.
 */
public final class InterviewSummary {

    public static final String NAME = "interview-summary";

    /**
     * @param roleTitle the role
     * @param seniority its seniority
     * @param topics    the job requirements
     * @param items     every evaluated answer, untrusted (its quotes come from the candidate)
     * @param skipped   how many prompts the candidate skipped
     */
    public record Input(String roleTitle, Seniority seniority, List<Topic> topics, List<Item> items, int skipped) {}

    /** One evaluated answer. */
    public record Item(
            String questionId,
            String topicId,
            QuestionType type,
            String prompt,
            int followUpIndex,
            Rating rating,
            List<String> strengths,
            List<String> weaknesses,
            List<String> evidence) {}

    public record Output(
            @JsonPropertyDescription("Per job requirement: what the answers showed and what they left unshown")
            List<RequirementNote> requirements,
            @JsonPropertyDescription("The candidate's main strengths across the interview")
            List<String> strengths,
            @JsonPropertyDescription("What the interview did not show, or showed to be weak")
            List<String> gaps,
            @JsonPropertyDescription("What a human interviewer should probe next")
            List<String> focusForReviewer,
            @JsonPropertyDescription("An overall summary of four to six sentences for the recruiter. Describe the "
                    + "evidence; do not recommend hiring or rejecting: a person decides")
            String summary) {}

    public record RequirementNote(
            @JsonPropertyDescription("The id of the topic")
            String topicId,
            List<String> strengths,
            List<String> gaps) {}

    private static final Pattern VERDICT = Pattern.compile(
            "\\b(should|must|recommend(ed|s|ing)?( that)?( we)?( to)?|do not|don't|strongly)\\s+(not\\s+)?"
                    + "(be\\s+)?(hire|hired|hiring|reject|rejected|rejecting|advance|advanced|advancing|move forward|"
                    + "moving forward|proceed|proceeding|offer|extend an offer)\\b"
                    + "|\\b(not\\s+)?recommended for\\b|\\b(strong|clear)\\s+(hire|no[- ]hire|yes|no)\\b|\\bno[- ]hire\\b"
                    + "|\\b(would|i'd|we'd)\\s+(not\\s+)?(hire|reject)\\b"
                    + "|\\b(hire|reject) (him|her|them|this candidate|the candidate)\\b");

    public static final PromptContract<Input, Output> CONTRACT = PromptContract.builder(NAME, "v1", Input.class, Output.class)
            .variables(in -> Map.of(
                    "role_title", Fence.wrap("role_title", in.roleTitle()),
                    "seniority", in.seniority().name(),
                    "topics", Fence.wrap("topics", Json.write(in.topics())),
                    "items", Fence.wrap("evaluated_answers", Json.write(in.items())),
                    "skipped", Integer.toString(in.skipped())))
            .check(InterviewSummary::check)
            .temperature(0.2)
            .maxOutputTokens(3072)
            .build();

    static List<String> check(Input in, Output out) {
        var problems = new ArrayList<String>();
        if (out.summary().isBlank()) {
            problems.add("summary is empty");
        }
        var texts = new ArrayList<String>(List.of(out.summary()));
        texts.addAll(out.strengths());
        texts.addAll(out.gaps());
        texts.addAll(out.focusForReviewer());
        out.requirements().forEach(r -> {
            texts.addAll(r.strengths());
            texts.addAll(r.gaps());
        });
        if (texts.stream().anyMatch(t -> VERDICT.matcher(t.toLowerCase(Locale.ROOT)).find())) {
            problems.add("the summary makes a hiring recommendation; describe the evidence and leave the decision "
                    + "to a person");
        }
        Set<String> ids = in.topics().stream().map(Topic::id).collect(Collectors.toSet());
        for (var r : out.requirements()) {
            if (!ids.contains(r.topicId())) {
                problems.add("requirement names unknown topic '" + r.topicId() + "'");
            }
        }
        return problems;
    }

    private InterviewSummary() {
    }
}
