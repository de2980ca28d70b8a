package dev.aiinterview.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.FlagCategory;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.contract.QuestionReview;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionReviewHandlerTest {

    @Test
    void unlawfulAndLeadingQuestionsAreFlaggedWithARewriteAndFairOnesPass() {
        // given
        var questions = List.of(
                new Question("q1", QuestionType.BEHAVIORAL, "t1",
                        "Do you have children, and who looks after them when you are on call?", ""),
                new Question("q2", QuestionType.SITUATIONAL, "t1",
                        "You must love working weekends, right?", ""),
                new Question("q3", QuestionType.BEHAVIORAL, "t1",
                        "Tell me about a time you explained a care plan to a patient's family.", ""),
                new Question("q4", QuestionType.TECHNICAL, "t1", "How old are you, and how do you tune PostgreSQL?", ""));

        // when
        var out = Serve.contract(QuestionReview.CONTRACT, new QuestionReview.Input("Registered Nurse", questions));

        // then
        assertThat(out.flags()).extracting(QuestionReview.Flag::questionId, QuestionReview.Flag::category)
                .contains(org.assertj.core.groups.Tuple.tuple("q1", FlagCategory.FAMILY),
                        org.assertj.core.groups.Tuple.tuple("q2", FlagCategory.LEADING),
                        org.assertj.core.groups.Tuple.tuple("q4", FlagCategory.AGE));
        assertThat(out.flags()).noneSatisfy(f -> assertThat(f.questionId()).isEqualTo("q3"));
        assertThat(out.flags()).allSatisfy(f -> assertThat(f.suggestedRewrite()).isNotBlank());
        assertThat(out.flags()).filteredOn(f -> f.questionId().equals("q4"))
                .allSatisfy(f -> assertThat(f.suggestedRewrite()).containsIgnoringCase("PostgreSQL"));
    }
}
