package dev.aiinterview.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aiinterview.json.Json;
import dev.aiinterview.spi.LlmRequest;
import dev.aiinterview.testkit.ScriptedLlm;
import java.io.UncheckedIOException;

/**
 * A small job description and an LLM script whose replies satisfy every contract for it, computed from each
 * request's input the way a well-behaved model would answer.
 */
public final class Fixtures {

    public static final String JD = """
            # Senior Backend Engineer

            We are hiring a senior backend engineer with 5+ years of experience.

            ## Responsibilities
            - Design and operate Java microservices on Kubernetes
            - Own the reliability of the payments platform
            - Mentor engineers through code review

            ## Requirements
            - Strong Java and Spring Boot skills
            - Experience with PostgreSQL performance tuning
            """;

    /** Five topics quoted from {@link #JD}. */
    public static String jdAnalysis() {
        return """
                {"roleTitle":"Senior Backend Engineer","seniority":"SENIOR","yearsOfExperience":5,
                 "summary":"Builds and runs Java services for payments.",
                 "topics":[
                  %s,%s,%s,%s,%s]}""".formatted(
                topic("Design and operate Java microservices on Kubernetes", "Microservices on Kubernetes", "RESPONSIBILITY", true),
                topic("Own the reliability of the payments platform", "Payments reliability", "RESPONSIBILITY", true),
                topic("Mentor engineers through code review", "Mentoring", "SKILL", false),
                topic("Strong Java and Spring Boot skills", "Java and Spring Boot", "SKILL", true),
                topic("Experience with PostgreSQL performance tuning", "PostgreSQL tuning", "SKILL", true));
    }

    private static String topic(String evidence, String name, String kind, boolean technical) {
        return """
                {"evidence":["%s"],"name":"%s","kind":"%s","importance":"ESSENTIAL","technical":%s,
                 "whyItMatters":"The role needs it.","keywords":["%s"]}""".formatted(evidence, name, kind, technical,
                name.toLowerCase());
    }

    /** One question per topic in the request, cycling behavioral / technical-or-situational / situational. */
    public static String questionPlan(LlmRequest request) {
        JsonNode input = input(request);
        ArrayNode questions = Json.mapper().createArrayNode();
        int i = 0;
        for (JsonNode topic : input.get("topics")) {
            String type = switch (i++ % 3) {
                case 0 -> "BEHAVIORAL";
                case 1 -> topic.get("technical").asBoolean() ? "TECHNICAL" : "SITUATIONAL";
                default -> "SITUATIONAL";
            };
            ObjectNode q = questions.addObject();
            q.put("topicId", topic.get("id").asText());
            q.put("type", type);
            q.put("text", "Tell me how you approach " + topic.get("name").asText().toLowerCase() + " in practice.");
            q.put("goodAnswerShows", "Concrete examples with results.");
        }
        ObjectNode out = Json.mapper().createObjectNode();
        out.set("questions", questions);
        return Json.write(out);
    }

    /**
     * A GOOD rating quoting the answer's first words; asks a follow-up when allowed and the answer is shorter
     * than 12 words.
     */
    public static String evaluation(LlmRequest request) {
        JsonNode input = input(request);
        String transcript = input.get("transcript").asText();
        String[] words = transcript.split("\\s+");
        String quote = String.join(" ", java.util.Arrays.copyOf(words, Math.min(4, words.length)));
        boolean followUp = input.get("followUpAllowed").asBoolean() && words.length < 12;
        ObjectNode out = Json.mapper().createObjectNode();
        out.putArray("evidence").add(quote);
        out.putArray("strengths").add("Names a concrete practice");
        out.putArray("weaknesses").add("Little detail on results");
        ObjectNode star = out.putObject("star");
        star.put("situation", "").put("task", "").put("action", quote).put("result", "");
        out.put("clarity", 4).put("relevance", 4).put("skill", 3);
        out.put("rationale", "Relevant but brief.");
        out.put("rating", "GOOD");
        ObjectNode f = out.putObject("followUp");
        f.put("needed", followUp);
        f.put("probes", followUp ? "the measurable result" : "");
        f.put("question", followUp ? "What was the measurable result of that work?" : "");
        return Json.write(out);
    }

    /** A neutral summary noting every topic in the request. */
    public static String summary(LlmRequest request) {
        JsonNode input = input(request);
        ObjectNode out = Json.mapper().createObjectNode();
        ArrayNode reqs = out.putArray("requirements");
        for (JsonNode topic : input.get("topics")) {
            ObjectNode r = reqs.addObject();
            r.put("topicId", topic.get("id").asText());
            r.putArray("strengths").add("Discussed " + topic.get("name").asText());
            r.putArray("gaps");
        }
        out.putArray("strengths").add("Relevant experience");
        out.putArray("gaps").add("Few measurable results");
        out.putArray("focusForReviewer").add("Ask for metrics");
        out.put("summary", "The candidate gave relevant answers with few measurable results.");
        return Json.write(out);
    }

    /** No flags. */
    public static String noFlags() {
        return "{\"flags\":[]}";
    }

    /** An LLM that plays a well-behaved model for every contract. */
    public static ScriptedLlm wellBehavedLlm() {
        return new ScriptedLlm().otherwise(Fixtures::reply);
    }

    /** What a well-behaved model replies to a request of any contract a session or planning makes. */
    public static String reply(LlmRequest request) {
        return switch (request.task()) {
            case "jd-analysis" -> jdAnalysis();
            case "question-plan" -> questionPlan(request);
            case "question-review" -> noFlags();
            case "answer-evaluation" -> evaluation(request);
            case "interview-summary" -> summary(request);
            default -> throw new IllegalArgumentException("no fixture for " + request.task());
        };
    }

    static JsonNode input(LlmRequest request) {
        try {
            return Json.mapper().readTree(request.inputJson().orElseThrow());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Fixtures() {
    }
}
