package dev.aiinterview.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportLinesTest {

    @Test
    void aProbeThatOnlyRestatesAGapIsDroppedAndARealQuestionIsKept() {
        // given
        var gaps = List.of("Kafka: names no specific tools, techniques or concepts");
        var probes = List.of("Probe Kafka: names no specific tools, techniques or concepts.",
                "Kafka: ask which delivery guarantee their last consumer gave, and how they tested it.");

        // when
        var kept = ReportLines.probesBeyondGaps(probes, gaps);

        // then
        assertThat(kept).containsExactly(
                "Kafka: ask which delivery guarantee their last consumer gave, and how they tested it.");
    }

    @Test
    void aProbeThatMerelySharesWordsWithAGapIsKept() {
        // given a gap whose words appear in the probe, but not as the whole gap
        var gaps = List.of("Kafka: no example");

        // when
        var kept = ReportLines.probesBeyondGaps(List.of("Ask for a Kafka example from their last job"), gaps);

        // then
        assertThat(kept).containsExactly("Ask for a Kafka example from their last job");
    }

    @Test
    void repeatedLinesDifferingOnlyInCaseOrPunctuationAppearOnceAndBlankLinesNot() {
        // when
        var lines = ReportLines.distinct(List.of("Kafka: no example.", " ", "kafka - no example", "SQL: strong"));

        // then
        assertThat(lines).containsExactly("Kafka: no example.", "SQL: strong");
    }
}
