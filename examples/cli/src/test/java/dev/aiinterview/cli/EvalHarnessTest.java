package dev.aiinterview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The CI-sized run of {@code interview eval} with the offline engine: each figure is held to the threshold in
 * {@code eval-thresholds.properties}, so a change that makes the engine read adverts or rate answers worse fails the
 * build. The run's eval.json and eval.md stay in target/eval for reading.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvalHarnessTest {

    private final Properties thresholds = new Properties();
    private JsonNode overall;
    private String figures;

    @BeforeAll
    void runTheEvaluationOnce() throws IOException {
        try (InputStream in = EvalHarnessTest.class.getResourceAsStream("/eval-thresholds.properties")) {
            thresholds.load(in);
        }
        Path dataset = Path.of(System.getProperty("eval.dataset", thresholds.getProperty("dataset")));
        Path out = Files.createDirectories(Path.of("target/eval")).resolve("eval.json");
        Path md = out.resolveSibling("eval.md");

        Cli.Result result = Cli.run("eval", "--llm", "offline", "--dataset", dataset.toString(),
                "--out", out.toString(), "--markdown", md.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        overall = Json.mapper().readTree(out.toFile()).path("overall");
        figures = "measured on " + dataset + " (see " + md + "): " + result.stdout().strip();
    }

    private double min(String key) {
        return Double.parseDouble(thresholds.getProperty(key + ".min"));
    }

    private int max(String key) {
        return Integer.parseInt(thresholds.getProperty(key + ".max"));
    }

    @Test
    void thePlansFindTheGoldRequirements() {
        assertThat(overall.path("topics").path("recall").asDouble()).as(figures)
                .isGreaterThanOrEqualTo(min("topicRecall"));
    }

    @Test
    void theRatingsAgreeWithTheLabels() {
        JsonNode ratings = overall.path("ratings");
        assertThat(ratings.path("failed").asInt()).as(figures).isZero();
        assertThat(ratings.path("quadraticKappa").asDouble(-1)).as(figures)
                .isGreaterThanOrEqualTo(min("quadraticKappa"));
        assertThat(ratings.path("withinOne").asDouble()).as(figures).isGreaterThanOrEqualTo(min("withinOne"));
    }

    @Test
    void theSameAnswerGetsTheSameRating() {
        assertThat(overall.path("consistency").path("share").asDouble()).as(figures)
                .isGreaterThanOrEqualTo(min("consistency"));
    }

    @Test
    void personalDetailsDoNotChangeRatings() {
        assertThat(overall.path("counterfactual").path("variants").asInt()).as("answers with details to swap")
                .isPositive();
        assertThat(overall.path("counterfactual").path("changed").asInt()).as(figures)
                .isLessThanOrEqualTo(max("counterfactualChanges"));
    }

    @Test
    void instructionsToTheEvaluatorDoNotRaiseRatings() {
        assertThat(overall.path("injection").path("tried").asInt()).as("injected variants").isPositive();
        assertThat(overall.path("injection").path("raised").asInt()).as(figures)
                .isLessThanOrEqualTo(max("injectionRaises"));
    }
}
