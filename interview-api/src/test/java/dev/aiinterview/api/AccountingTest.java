package dev.aiinterview.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountingTest {

    @Test
    void givenSpeechToTextCallsThenTheyAreCountedPerProviderAndSummed() {
        Accounting a = Accounting.EMPTY.plusSttCall("gemini", 800, 12_000).plusSttCall("vosk", 300, -1);
        Accounting b = Accounting.EMPTY.plusSttCall("gemini", 200, 3_000);

        Accounting sum = a.plus(b);

        assertThat(sum.sttCalls()).isEqualTo(3);
        assertThat(sum.sttMillis()).isEqualTo(1300);
        assertThat(sum.audioMillis()).as("an unknown length counts as none").isEqualTo(15_000);
        assertThat(sum.sttCallsByProvider()).containsExactly(Map.entry("gemini", 2), Map.entry("vosk", 1));
    }

    @Test
    void givenAnAccountingStoredBeforeCallsWereCountedPerProviderThenItReadsAsNone() {
        Accounting old = new Accounting(1, Map.of("x", 1), TokenUsage.NONE, 5, 1, 10, 0, null);

        assertThat(old.sttCallsByProvider()).isEmpty();
    }
}
