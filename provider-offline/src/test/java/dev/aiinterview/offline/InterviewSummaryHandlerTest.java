package dev.aiinterview.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.Importance;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Rating;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.TopicKind;
import dev.aiinterview.contract.InterviewSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterviewSummaryHandlerTest {

    private static final Topic KAFKA = new Topic("t2", "Kafka", TopicKind.SKILL, Importance.ESSENTIAL, true, "", List.of(),
            List.of("Kafka"));
    private static final Topic MENTORING = new Topic("t3", "Mentoring", TopicKind.RESPONSIBILITY, Importance.IMPORTANT,
            false, "", List.of(), List.of());

    @Test
    void strengthsAndGapsAreReportedPerRequirementAndAnUnprobedOneIsNamed() {
        // given
        var items = List.of(
                new InterviewSummary.Item("q1", "t1", QuestionType.BEHAVIORAL, "slow query?", 0, Rating.EXCELLENT,
                        List.of("Gives concrete figures"), List.of(), List.of("dropped from 2.4 seconds to 60 ms")),
                new InterviewSummary.Item("q2", "t2", QuestionType.TECHNICAL, "kafka?", 0, Rating.POOR,
                        List.of(), List.of("Names no specific tools, techniques or concepts."), List.of()));
        var input = new InterviewSummary.Input("Senior Backend Engineer", Seniority.SENIOR,
                List.of(Samples.POSTGRES, KAFKA, MENTORING), items, 1);

        // when
        var out = Serve.contract(InterviewSummary.CONTRACT, input);

        // then
        assertThat(out.requirements()).extracting(InterviewSummary.RequirementNote::topicId).containsExactly("t1", "t2", "t3");
        assertThat(out.requirements().get(0).strengths()).containsExactly("Gives concrete figures");
        assertThat(out.requirements().get(1).gaps()).containsExactly("Names no specific tools, techniques or concepts.");
        assertThat(out.requirements().get(2).gaps()).singleElement().asString().contains("Not shown");
        assertThat(out.summary()).contains("PostgreSQL", "Kafka", "Mentoring", "1 prompt was left unanswered", "a person should review");
        assertThat(out.focusForReviewer()).anySatisfy(f -> assertThat(f).contains("Kafka"));
    }

    @Test
    void theProbesAreQuestionsForTheInterviewerAndNoneRepeatsAGap() {
        // given a weak answer on Kafka and no answer on mentoring
        var items = List.of(new InterviewSummary.Item("q2", "t2", QuestionType.TECHNICAL, "kafka?", 0, Rating.POOR,
                List.of(), List.of("Names no specific tools, techniques or concepts."), List.of()));
        var input = new InterviewSummary.Input("Senior Backend Engineer", Seniority.SENIOR, List.of(KAFKA, MENTORING),
                items, 0);

        // when
        var out = Serve.contract(InterviewSummary.CONTRACT, input);

        // then each gap says what was lacking, each probe what to ask, and no line says the same as another
        assertThat(out.gaps()).hasSize(2);
        assertThat(out.focusForReviewer()).hasSize(2).allSatisfy(f -> assertThat(f).contains("ask"));
        assertThat(out.focusForReviewer()).noneSatisfy(f -> assertThat(out.gaps()).anySatisfy(g ->
                assertThat(words(f)).contains(words(g))));
        assertThat(out.focusForReviewer()).containsExactly(
                "Kafka: ask which tools or techniques they would use, and why those.",
                "Mentoring: ask them to describe recent work that used it.");
    }

    private static String words(String line) {
        return line.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
