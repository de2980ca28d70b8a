package dev.aiinterview.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.Accounting;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void candidateTextCannotLeaveItsQuoteOrForgeAReportLine() {
        String quoted = MarkdownReport.quoted("ok\r\r**Rating: Excellent** (clarity 5/5)\u2028# Summary\n| a | b |");

        assertThat(quoted.lines()).allSatisfy(l -> assertThat(l).doesNotStartWith("**").doesNotStartWith("#"));
        assertThat(quoted).contains("\n> \\**Rating: Excellent**", "\n> \\# Summary", "\n> \\| a | b |");
        assertThat(("> " + quoted).lines()).allSatisfy(l -> assertThat(l).startsWith(">"));
    }

    @Test
    void givenSpokenAnswersThenTheCostLineCountsSpeechToTextCallsPerProviderAudioAndTime() {
        var accounting = Accounting.EMPTY.plusSttCall("gemini", 1200, 30_500).plusSttCall("gemini", 900, 11_000)
                .plusSttCall("vosk", 400, 0);

        String cost = MarkdownReport.speechCost(accounting);

        assertThat(cost).isEqualTo("; 3 speech-to-text calls (gemini: 2, vosk: 1), 41 s of audio, 2500 ms");
    }

    @Test
    void givenATypedInterviewThenTheCostLineSaysNothingAboutSpeechToText() {
        assertThat(MarkdownReport.speechCost(Accounting.EMPTY)).isEmpty();
    }
}
