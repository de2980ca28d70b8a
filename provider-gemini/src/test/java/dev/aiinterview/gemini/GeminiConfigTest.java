package dev.aiinterview.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.core.llm.RetryPolicy;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

@SuppressWarnings("deprecation")
class GeminiConfigTest {

    @Test
    void withOnlyAKeyTheDefaultsApply() {
        // when
        GeminiConfig config = GeminiConfig.from(ConfigSource.of(Map.of(GeminiConfig.API_KEY, "k")));

        // then
        assertThat(config.apiVersion()).contains("v1beta");
        assertThat(config.model()).isEqualTo("gemini-3.8-flash");
        assertThat(config.modelFor(GeminiConfig.TRANSCRIPTION_TASK)).isEqualTo("gemini-3.5-transcribe");
        assertThat(config.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.transcriptionTimeout()).isEqualTo(Duration.ofMinutes(3));
        assertThat(RetryPolicy.speechToText(ConfigSource.empty()).maxAttempts())
                .as("transcription attempts, now the wrapper's").isEqualTo(3);
        assertThat(config.temperature()).isEmpty();
        assertThat(config.checkModels()).isTrue();
        assertThat(config.task("answer-evaluation").thinkingBudget()).isNull();
        assertThat(config.inlineAudioLimit()).isEqualTo(14_000_000L);
        assertThat(config.baseUrl()).isEmpty();
        assertThat(config.vertexMode()).isFalse();
    }

    @Test
    void theConventionalEnvironmentVariablesAreRead() {
        // given
        var env = ConfigSource.environment(Map.of("GEMINI_API_KEY", "from-env", "GEMINI_BASE_URL",
                "http://localhost:8089", "INTERVIEW_GEMINI_MODEL", "gemini-3.6-flash"));

        // when
        GeminiConfig config = GeminiConfig.from(env);

        // then
        assertThat(config.apiKey()).isEqualTo("from-env");
        assertThat(config.baseUrl()).contains("http://localhost:8089");
        assertThat(config.model()).isEqualTo("gemini-3.6-flash");
    }

    @Test
    void aMissingKeyWithoutVertexSettingsNamesGeminiApiKeyAndTheVertexKeys() {
        assertThatThrownBy(() -> GeminiConfig.from(ConfigSource.empty()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("GEMINI_API_KEY").hasMessageContaining("interview.gemini.api-key")
                .hasMessageContaining("interview.gemini.vertex.project")
                .hasMessageContaining("interview.gemini.vertex.location");
    }

    @Test
    void theFactoriesDoNothingUntilCreateAndThenFailOnAMissingKey() {
        assertThatCode(GeminiLlmProviderFactory::new).doesNotThrowAnyException();
        assertThatThrownBy(() -> new GeminiLlmProviderFactory().create(ConfigSource.empty()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("GEMINI_API_KEY");
        assertThatThrownBy(() -> new GeminiSpeechToTextProviderFactory().create(ConfigSource.empty()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("GEMINI_API_KEY");
    }

    @Test
    void vertexAiNeedsBothProjectAndLocation() {
        assertThatThrownBy(() -> GeminiConfig.from(ConfigSource.of(Map.of(GeminiConfig.VERTEX_PROJECT, "acme"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("set interview.gemini.vertex.location")
                .hasMessageContaining("INTERVIEW_GEMINI_VERTEX_LOCATION");
        assertThatThrownBy(() -> GeminiConfig.from(ConfigSource.of(Map.of(GeminiConfig.VERTEX_LOCATION, "global"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("set interview.gemini.vertex.project");
    }

    @Test
    void vertexAiSettingsNeedNoKeyTakePrecedenceAndKeepTheSdksApiVersion() {
        // when
        GeminiConfig config = GeminiConfig.from(ConfigSource.of(Map.of(GeminiConfig.VERTEX_PROJECT, "acme",
                GeminiConfig.VERTEX_LOCATION, "us-central1", GeminiConfig.API_KEY, "ignored")));

        // then
        assertThat(config.vertexMode()).isTrue();
        assertThat(config.apiKey()).isNull();
        assertThat(config.apiVersion()).isEmpty();
        assertThat(config.credentialsHint()).contains("Application Default Credentials").contains("acme");
        assertThat(config.toString()).contains("vertex project=acme").doesNotContain("ignored");
    }

    @Test
    void aTaskCanUseItsOwnModel() {
        // when
        GeminiConfig config = GeminiConfig.from(ConfigSource.of(Map.of(GeminiConfig.API_KEY, "k",
                "interview.gemini.model.interview-summary", "gemini-4-argon",
                "interview.gemini.model", "gemini-3.6-flash")));

        // then
        assertThat(config.modelFor("interview-summary")).isEqualTo("gemini-4-argon");
        assertThat(config.task("interview-summary").modelKey()).isEqualTo("interview.gemini.model.interview-summary");
        assertThat(config.modelFor("answer-evaluation")).isEqualTo("gemini-3.6-flash");
        assertThat(config.task("answer-evaluation").modelKey()).isEqualTo("interview.gemini.model");
        // transcription keeps Google's transcription model unless it is set apart
        assertThat(config.modelFor(GeminiConfig.TRANSCRIPTION_TASK)).isEqualTo("gemini-3.5-transcribe");
    }

    @Test
    void thinkingLevelsDefaultByTaskAndCanBeSetForAllOrOne() {
        // when
        GeminiConfig defaults = config(GeminiConfig.TIMEOUT, "60s");
        GeminiConfig set = GeminiConfig.from(ConfigSource.of(Map.of(GeminiConfig.API_KEY, "k",
                GeminiConfig.THINKING_LEVEL, "high", GeminiConfig.THINKING_LEVEL + ".follow-up", "Low")));

        // then
        assertThat(defaults.task("jd-analysis").thinkingLevel()).isEqualTo("MEDIUM");
        assertThat(defaults.task("question-plan").thinkingLevel()).isEqualTo("MEDIUM");
        assertThat(defaults.task("answer-evaluation").thinkingLevel()).isEqualTo("LOW");
        assertThat(defaults.task("something-new").thinkingLevel()).isEqualTo("LOW");
        assertThat(set.task("answer-evaluation").thinkingLevel()).isEqualTo("HIGH");
        assertThat(set.task("follow-up").thinkingLevel()).isEqualTo("LOW");
    }

    @Test
    void eachModelGenerationGetsOnlyItsOwnSettings() {
        assertThat(GeminiGeneration.of("gemini-3.8-flash")).isEqualTo(GeminiGeneration.THINKING_LEVELS);
        assertThat(GeminiGeneration.of("models/gemini-4-argon")).isEqualTo(GeminiGeneration.THINKING_LEVELS);
        assertThat(GeminiGeneration.of("gemini-flash-latest")).isEqualTo(GeminiGeneration.THINKING_LEVELS);
        assertThat(GeminiGeneration.of("gemini-2.5-flash")).isEqualTo(GeminiGeneration.THINKING_BUDGET);
        assertThat(GeminiGeneration.of("gemma-3-27b-it")).isEqualTo(GeminiGeneration.CLASSIC);
        assertThat(GeminiGeneration.THINKING_LEVELS.takesTemperature(0.2)).isFalse();
        assertThat(GeminiGeneration.THINKING_LEVELS.takesTemperature(1.0)).isTrue();
        assertThat(GeminiGeneration.THINKING_BUDGET.takesTemperature(0.2)).isTrue();
        assertThat(GeminiGeneration.of("gemini-3.5-transcribe")).isEqualTo(GeminiGeneration.TRANSCRIBE);
        assertThat(GeminiGeneration.TRANSCRIBE.takesTemperature(1.0)).isFalse();
    }

    @Test
    void aKeyWithACharacterThatCannotBeSentIsRefusedWithoutQuotingIt() {
        for (String key : new String[] {"AIzaSecret\u201d", "AIza Secret", "AIzaSecret\nmore"}) {
            assertThatThrownBy(() -> GeminiConfig.from(ConfigSource.of(Map.of(GeminiConfig.API_KEY, key))))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("cannot be sent").hasMessageContaining("GEMINI_API_KEY")
                    .hasMessageNotContaining("Secret");
        }
    }

    @Test
    void aThinkingBudgetOfMinusOneLeavesRoomForDynamicThinkingAndLessIsRefused() {
        GeminiConfig dynamic = GeminiConfig.from(ConfigSource.of(Map.of(GeminiConfig.API_KEY, "k",
                GeminiConfig.MODEL, "gemini-2.5-flash", GeminiConfig.THINKING_BUDGET, "-1")));

        assertThat(dynamic.task("answer-evaluation").outputBudget(2048))
                .isEqualTo(2048 + GeminiTask.DYNAMIC_THINKING_ROOM);
        assertThatThrownBy(() -> config(GeminiConfig.THINKING_BUDGET, "-2"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining(GeminiConfig.THINKING_BUDGET);
    }

    @Test
    void toStringNeverRevealsTheKey() {
        // when
        String shown = GeminiConfig.from(ConfigSource.of(Map.of(GeminiConfig.API_KEY, "AIzaSySecret123"))).toString();

        // then
        assertThat(shown).doesNotContain("AIzaSySecret123").contains("apiKey=***");
    }

    @Test
    void invalidValuesAreErrorsNamingTheirKey() {
        assertThatThrownBy(() -> config(GeminiConfig.BASE_URL, "localhost:8080"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("interview.gemini.base-url");
        assertThatThrownBy(() -> config(GeminiConfig.TEMPERATURE, "3"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("interview.gemini.temperature");
        assertThatThrownBy(() -> config(GeminiConfig.TIMEOUT, "0s"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("interview.gemini.timeout");
        // The deprecated retry keys are read by the SDK's wrapper now, and still named when wrong.
        assertThatThrownBy(() -> RetryPolicy.speechToText(ConfigSource.of(Map.of(GeminiConfig.MAX_ATTEMPTS, "0"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("interview.gemini.max-attempts");
        assertThatThrownBy(() -> RetryPolicy.speechToText(ConfigSource.of(Map.of(GeminiConfig.RETRY_DELAY, "-1s"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("interview.gemini.retry-delay");
        assertThatThrownBy(() -> config(GeminiConfig.INLINE_AUDIO_LIMIT, "-5"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("interview.gemini.inline-audio-limit");
        assertThatThrownBy(() -> config(GeminiConfig.TRANSCRIPTION_TIMEOUT, "0s"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("interview.gemini.transcription-timeout");
        assertThatThrownBy(() -> config(GeminiConfig.TIMEOUT, "soon"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("interview.gemini.timeout");
    }

    private static GeminiConfig config(String key, String value) {
        return GeminiConfig.from(ConfigSource.of(Map.of(GeminiConfig.API_KEY, "k", key, value)));
    }
}
