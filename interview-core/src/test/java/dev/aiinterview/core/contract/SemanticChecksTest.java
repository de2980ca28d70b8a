package dev.aiinterview.core.contract;

import dev.aiinterview.contract.*;
import dev.aiinterview.core.llm.ContractRunner;
import dev.aiinterview.core.llm.ContractResult;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.Seniority;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The semantic checks cannot be passed with quotes that are not quotes, or verdicts in other words. */
class SemanticChecksTest {

    private static final String ANSWER = "I never reduced costs myself; the team reduced costs by 15% over 14 years.";

    @Test
    void aQuoteMustBeWholeWordsOfTheTextInTheirOrder() {
        assertThat(Text.containsQuote(ANSWER, "the team reduced costs by 15%")).isTrue();
        assertThat(Text.containsQuote(ANSWER, "I never ... the team reduced costs")).isTrue();
        assertThat(Text.containsQuote(ANSWER, "5% over 14 years")).as("part of a number").isFalse();
        assertThat(Text.containsQuote(ANSWER, "the team reduced ... I never")).as("out of order").isFalse();
        assertThat(Text.containsQuote(ANSWER, "...")).as("nothing but an ellipsis").isFalse();
        assertThat(Text.containsQuote(ANSWER, "\u2026")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I recommend hiring this candidate.", "We recommend moving forward with her.",
            "Recommend advancing to the onsite.", "I would hire her.", "Strong hire.", "Not recommended for this role.",
            "They should be rejected."})
    void aSummaryThatDecidesIsRejectedInAnyField(String verdict) {
        var input = new InterviewSummary.Input("Engineer", Seniority.MID, List.of(), List.of(), 0);
        var inSummary = new InterviewSummary.Output(List.of(), List.of(), List.of(), List.of(), verdict);
        var inStrengths = new InterviewSummary.Output(List.of(), List.of(verdict), List.of(), List.of(), "Facts.");

        assertThat(InterviewSummary.CONTRACT.check(input, inSummary)).anySatisfy(p -> assertThat(p).contains("recommendation"));
        assertThat(InterviewSummary.CONTRACT.check(input, inStrengths)).anySatisfy(p -> assertThat(p).contains("recommendation"));
    }

    @Test
    void aSummaryThatDescribesTheEvidencePasses() {
        var input = new InterviewSummary.Input("Engineer", Seniority.MID, List.of(), List.of(), 0);
        var out = new InterviewSummary.Output(List.of(), List.of("Hiring plans for the team were described clearly"),
                List.of(), List.of("Ask how they would advance the migration"),
                "The candidate described two migrations with figures. A person should review the answers.");
        assertThat(InterviewSummary.CONTRACT.check(input, out)).isEmpty();
    }
}
