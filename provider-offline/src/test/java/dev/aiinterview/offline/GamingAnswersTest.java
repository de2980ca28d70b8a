package dev.aiinterview.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.Rating;
import java.util.ArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers written to game the rules, given to every question of the three bundled example plans (examples/data),
 * average no better than Fair: a rule-based rater must rate them for what they say.
 */
class GamingAnswersTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"keyword list", "template", "off-topic story"})
    void aGamingAnswerAveragesNoBetterThanFairOnEveryBundledPlan(String kind) {
        // given
        var writer = GamingAnswers.KINDS.stream().filter(k -> k.name().equals(kind)).findFirst().orElseThrow();
        for (String role : BundledExamples.ROLES) {
            InterviewPlan plan = BundledExamples.plan(role);
            assertThat(plan.questions()).as("questions planned for %s", role).isNotEmpty();
            var ratings = new ArrayList<Rating>();

            // when
            for (Question q : plan.questions()) {
                ratings.add(BundledExamples.evaluate(plan, q, writer.apply(BundledExamples.topic(plan, q), q)).rating());
            }

            // then
            assertThat(BundledExamples.mean(ratings)).as("mean rating of the %s on %s: %s", kind, role, ratings)
                    .isLessThanOrEqualTo(Rating.FAIR.points());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"keyword list", "template", "off-topic story"})
    void aGamingAnswerIsNeverListedAsAStrengthOfTheTopic(String kind) {
        // given
        var writer = GamingAnswers.KINDS.stream().filter(k -> k.name().equals(kind)).findFirst().orElseThrow();
        InterviewPlan plan = BundledExamples.plan("backend-engineer");

        for (Question q : plan.questions()) {
            // when
            var out = BundledExamples.evaluate(plan, q, writer.apply(BundledExamples.topic(plan, q), q));

            // then
            assertThat(out.strengths()).as("strengths of the %s for %s", kind, q.text())
                    .noneSatisfy(s -> assertThat(s).contains("Stays on the topic"));
            assertThat(out.weaknesses()).as("weaknesses of the %s for %s", kind, q.text()).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"backend-engineer", "registered-nurse", "account-executive"})
    void theBundledStrongAnswersStillRateGoodOrBetterOnAverageAndAreNeverTakenForInstructions(String role) throws Exception {
        // given
        InterviewPlan plan = BundledExamples.plan(role);
        var ratings = new ArrayList<Rating>();

        // when
        for (int i = 0; i < plan.questions().size(); i++) {
            var file = BundledExamples.DATA.resolve(role).resolve("strong").resolve(String.format("%02d.txt", i + 1));
            if (java.nio.file.Files.exists(file)) {
                var out = BundledExamples.evaluate(plan, plan.questions().get(i), java.nio.file.Files.readString(file));
                ratings.add(out.rating());
                assertThat(out.weaknesses()).as("weaknesses of %s", file)
                        .noneSatisfy(w -> assertThat(w).contains("addressed to the evaluator"));
            }
        }

        // then
        assertThat(ratings).isNotEmpty();
        assertThat(BundledExamples.mean(ratings)).as("strong answers for %s: %s", role, ratings)
                .isGreaterThanOrEqualTo(Rating.GOOD.points());
    }
}
