package dev.aiinterview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.Topic;
import dev.aiinterview.api.TopicKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicRecallTest {

    private static Topic topic(String name, String... evidence) {
        return new Topic(name.toLowerCase(), name, TopicKind.SKILL, null, false, "", List.of(evidence), List.of());
    }

    private static EvalDataset.GoldTerm term(String line) {
        return new EvalDataset.GoldTerm(line, List.of(line.split("\\|")));
    }

    @Test
    void aTermIsFoundInATopicNameOrEvidenceIgnoringCaseAndAsASubstring() {
        // given
        var topics = List.of(topic("SQL and data modelling"),
                topic("Team leadership", "Lead a team of 15 warehouse operatives"));
        var terms = List.of(term("sql"), term("supervis|lead a team"), term("forklift"), term("Data Model"));

        // when
        TopicRecall recall = TopicRecall.of(terms, topics);

        // then
        assertThat(recall.gold()).isEqualTo(4);
        assertThat(recall.found()).isEqualTo(3);
        assertThat(recall.recall()).isEqualTo(0.75);
        assertThat(recall.missed()).containsExactly("forklift");
    }

    @Test
    void overallRecallSumsTheJobsAndNamesTheJobOfEachMissedTerm() {
        // given
        var a = TopicRecall.of(4, 3, List.of("forklift"));
        var b = TopicRecall.of(6, 6, List.of());

        // when
        TopicRecall all = TopicRecall.sum(List.of("warehouse", "data"), List.of(a, b));

        // then: 9 of 10, not the mean of 0.75 and 1.0
        assertThat(all.recall()).isEqualTo(0.9);
        assertThat(all.missed()).containsExactly("warehouse: forklift");
    }

    @Test
    void recallIsUndefinedWithoutGoldTerms() {
        assertThat(TopicRecall.of(0, 0, List.of()).recall()).isNull();
    }
}
