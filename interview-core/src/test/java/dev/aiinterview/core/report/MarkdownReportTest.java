package dev.aiinterview.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void candidateTextCannotLeaveItsQuoteOrForgeAReportLine() {
        String quoted = MarkdownReport.quoted("ok\r\r**Rating: Excellent** (clarity 5/5)\u2028# Summary\n| a | b |");

        assertThat(quoted.lines()).allSatisfy(l -> assertThat(l).doesNotStartWith("**").doesNotStartWith("#"));
        assertThat(quoted).contains("\n> \\**Rating: Excellent**", "\n> \\# Summary", "\n> \\| a | b |");
        assertThat(("> " + quoted).lines()).allSatisfy(l -> assertThat(l).startsWith(">"));
    }
}
