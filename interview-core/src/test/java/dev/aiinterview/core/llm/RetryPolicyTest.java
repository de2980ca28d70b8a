package dev.aiinterview.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void givenNoSettingsThenLlmAndSpeechToTextCallsGetThreeAttemptsFromOneSecond() {
        var llm = RetryPolicy.llm(ConfigSource.empty());
        var stt = RetryPolicy.speechToText(ConfigSource.empty());

        assertThat(llm).isEqualTo(RetryPolicy.defaults());
        assertThat(stt.maxAttempts()).isEqualTo(3);
        assertThat(stt.initialDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(stt.maxTime()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void givenTheSpeechToTextKeysThenTheyShapeTheSpeechToTextPolicyOnly() {
        var config = ConfigSource.of(Map.of("interview.stt.max-attempts", "5", "interview.stt.retry-delay", "250ms",
                "interview.stt.max-time", "90s"));

        var stt = RetryPolicy.speechToText(config);

        assertThat(stt.maxAttempts()).isEqualTo(5);
        assertThat(stt.initialDelay()).isEqualTo(Duration.ofMillis(250));
        assertThat(stt.maxTime()).isEqualTo(Duration.ofSeconds(90));
        assertThat(RetryPolicy.llm(config)).isEqualTo(RetryPolicy.defaults());
    }

    @Test
    void givenADeprecatedProviderKeyThenItStillWorksUntilTheNewKeyIsSet() {
        var old = ConfigSource.of(Map.of("interview.gemini.max-attempts", "2", "interview.gemini.retry-delay", "5ms"));
        var both = ConfigSource.of(Map.of("interview.google-speech.max-attempts", "2",
                "interview.stt.max-attempts", "4"));

        assertThat(RetryPolicy.speechToText(old).maxAttempts()).isEqualTo(2);
        assertThat(RetryPolicy.speechToText(old).initialDelay()).isEqualTo(Duration.ofMillis(5));
        assertThat(RetryPolicy.speechToText(both).maxAttempts()).isEqualTo(4);
    }

    @Test
    void givenAnInvalidValueThenTheErrorNamesTheKeyThatHoldsIt() {
        assertThatThrownBy(() -> RetryPolicy.speechToText(ConfigSource.of(Map.of("interview.gemini.max-attempts",
                "0")))).isInstanceOf(ConfigurationException.class).hasMessageContaining("interview.gemini.max-attempts");
        assertThatThrownBy(() -> RetryPolicy.speechToText(ConfigSource.of(Map.of("interview.gemini.retry-delay",
                "-1s")))).isInstanceOf(ConfigurationException.class).hasMessageContaining("interview.gemini.retry-delay");
        assertThatThrownBy(() -> RetryPolicy.speechToText(ConfigSource.of(Map.of(
                "interview.google-speech.max-attempts", "0")))).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> RetryPolicy.llm(ConfigSource.of(Map.of("interview.llm.max-attempts", "0"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("interview.llm.max-attempts");
    }

    @Test
    void givenARetryThenTheDelayHasEqualJitterBetweenHalfAndAllOfTheBackoff() {
        var policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofMinutes(1));

        assertThat(policy.jittered(1, bound -> 0)).isEqualTo(Duration.ofMillis(50));
        assertThat(policy.jittered(1, bound -> bound)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.jittered(2, bound -> bound)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.jittered(4, bound -> 0)).as("capped at maxDelay").isEqualTo(Duration.ofMillis(150));
    }
}
