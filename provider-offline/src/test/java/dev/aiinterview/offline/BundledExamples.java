package dev.aiinterview.offline;

import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.Rating;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.contract.AnswerEvaluation;
import dev.aiinterview.core.Interviewer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The three bundled example adverts (examples/data), planned once per JVM by the offline engine. */
final class BundledExamples {

    static final Path DATA = Path.of(System.getProperty("examples.data", "../examples/data"));
    static final List<String> ROLES = List.of("backend-engineer", "registered-nurse", "account-executive");

    private static final Map<String, InterviewPlan> PLANS = new LinkedHashMap<>();

    static synchronized InterviewPlan plan(String role) {
        return PLANS.computeIfAbsent(role, r -> {
            try (Interviewer interviewer = Interviewer.builder()
                    .config(ConfigSource.of(Map.of("interview.llm.provider", "offline"))).build()) {
                return interviewer.plan(JobDescription.of(Files.readString(DATA.resolve(r).resolve("jd.md"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static Topic topic(InterviewPlan plan, Question question) {
        return plan.profile().topic(question.topicId()).orElseThrow();
    }

    /** The offline evaluation of an answer to a question of a bundled plan, checked as the SDK would. */
    static AnswerEvaluation.Output evaluate(InterviewPlan plan, Question question, String answer) {
        var input = new AnswerEvaluation.Input(plan.profile().roleTitle(), plan.profile().seniority(),
                topic(plan, question), question, question.text(), 0, List.of(), answer, false);
        return Serve.contract(AnswerEvaluation.CONTRACT, input);
    }

    /** The mean points of a list of ratings. */
    static double mean(List<Rating> ratings) {
        return ratings.stream().mapToInt(Rating::points).average().orElse(0);
    }

    private BundledExamples() {
    }
}
