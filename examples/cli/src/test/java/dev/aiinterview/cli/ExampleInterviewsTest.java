package dev.aiinterview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import dev.aiinterview.api.AnswerMode;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.QuestionResult;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Turn;
import dev.aiinterview.contract.ContractSchemas;
import dev.aiinterview.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The acceptance test of the example data: every example job description, with its strong and its weak answers,
 * runs end to end through the offline engine and gives a sound report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleInterviewsTest {

    private static final Path DATA = Path.of(System.getProperty("examples.data", "../data"));

    @TempDir
    Path tmp;

    private Schema schema;
    private final Map<String, InterviewReport> reports = new HashMap<>();
    private final Map<String, JsonNode> documents = new HashMap<>();
    private final Map<String, Cli.Result> results = new HashMap<>();

    @BeforeAll
    void compileTheCommittedSchema() throws IOException {
        schema = ContractSchemas.compile(Json.mapper().readTree(ReportSchemaTest.committedSchema().toFile()));
    }

    @ParameterizedTest(name = "{0} with {1} answers")
    @CsvSource({
            "backend-engineer, strong", "backend-engineer, weak",
            "registered-nurse, strong", "registered-nurse, weak",
            "account-executive, strong", "account-executive, weak"})
    void runProducesAReportThatMatchesTheSchemaAndCoversThePlan(String role, String set) throws IOException {
        // given / when
        InterviewReport report = run(role, set);

        // then
        assertThat(ContractSchemas.validate(schema, documents.get(role + "/" + set)))
                .as("schema violations").isEmpty();
        assertThat(report.requirements()).hasSizeBetween(5, 7);
        assertThat(report.questions().stream().map(q -> q.question().type()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(QuestionType.values());
        assertThat(report.summary()).isNotBlank();
        for (QuestionResult q : report.questions()) {
            for (Turn t : q.turns()) {
                if (t.answer() != null && t.answer().mode() != AnswerMode.SKIPPED) {
                    assertThat(t.evaluation()).as("evaluation of %s follow-up %d", q.question().id(), t.followUpIndex())
                            .isNotNull();
                }
            }
        }
        assertThat(report.answered()).isPositive();
        assertThat(results.get(role + "/" + set).stderr()).contains("Question 1/");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"backend-engineer", "registered-nurse", "account-executive"})
    void weakAnswersLeadToAtLeastOneFollowUp(String role) throws IOException {
        // given / when
        InterviewReport report = run(role, "weak");

        // then
        assertThat(report.questions().stream().flatMap(q -> q.turns().stream()))
                .anySatisfy(t -> assertThat(t.followUpIndex()).isPositive());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"backend-engineer", "registered-nurse", "account-executive"})
    void strongAnswersScoreHigherThanWeakOnes(String role) throws IOException {
        // given / when
        double strong = run(role, "strong").averageScore();
        double weak = run(role, "weak").averageScore();

        // then
        assertThat(strong).as("average score of the strong answers").isGreaterThan(weak);
    }

    /** Runs one example once per test class: the three tests share the six runs. */
    private InterviewReport run(String role, String set) throws IOException {
        String key = role + "/" + set;
        if (!reports.containsKey(key)) {
            Path dir = DATA.resolve(role);
            assertThat(dir.resolve("jd.md")).as("example job description").exists();
            assertThat(dir.resolve(set)).as("example answers").isDirectory();
            Path json = tmp.resolve(role + "-" + set + ".json");
            Path markdown = tmp.resolve(role + "-" + set + ".md");

            Cli.Result result = Cli.run("run", "--llm", "offline", "--jd", dir.resolve("jd.md").toString(),
                    "--answers", dir.resolve(set).toString(), "--out", json.toString(), "--markdown", markdown.toString());

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.stdout()).contains("Average rating", json.toString(), markdown.toString());
            assertThat(Files.readString(markdown)).startsWith("# Interview report: ");
            String text = Files.readString(json);
            results.put(key, result);
            documents.put(key, Json.mapper().readTree(text));
            reports.put(key, Json.read(text, InterviewReport.class));
        }
        return reports.get(key);
    }
}
