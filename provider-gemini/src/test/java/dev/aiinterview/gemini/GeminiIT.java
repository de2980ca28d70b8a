package dev.aiinterview.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.contract.AnswerEvaluation;
import dev.aiinterview.spi.FinishReason;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmResponse;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Calls the real Gemini API, once per provider. Runs only with GEMINI_API_KEY set ({@code mvn verify}); its
 * offline twins are the WireMock tests. Costs a few thousand tokens.
 */
@EnabledIfEnvironmentVariable(named = "GEMINI_API_KEY", matches = ".+")
class GeminiIT {

    private final ConfigSource config = ConfigSource.defaults();

    @Test
    void theRealApiServesTheDefaultModelAndAnswersAnEvaluationWithinTheContractsOwnBudget() throws Exception {
        // given: creating the provider asks models.get whether the default models are served
        try (LlmProvider provider = new GeminiLlmProviderFactory().create(config)) {
            assertThat(provider.model()).isEqualTo(GeminiConfig.DEFAULT_MODEL);

            // when: the contract's own output budget, with the provider's room for thinking on top
            LlmResponse response = provider.generate(Samples.answerEvaluation());

            // then
            assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
            JsonNode reply = GeminiWire.JSON.readTree(response.text());
            assertThat(AnswerEvaluation.CONTRACT.validate(reply)).isEmpty();
            assertThat(response.usage().inputTokens()).isPositive();
            assertThat(response.model()).startsWith(GeminiConfig.DEFAULT_MODEL);
        }
    }

    @Test
    void aRetiredModelIsRefusedWhenTheProviderIsCreatedNamingServedOnes() {
        ConfigSource retired = ConfigSource.of(java.util.Map.of(GeminiConfig.MODEL, "gemini-2.5-flash"))
                .orElse(config);

        assertThatThrownBy(() -> new GeminiLlmProviderFactory().create(retired))
                .isInstanceOf(dev.aiinterview.api.error.ConfigurationException.class)
                .hasMessageContaining("gemini-2.5-flash").hasMessageContaining("served models that fit");
    }

    @Test
    void theRealApiTranscribesAShortWavGeneratedInTheTest() {
        try (SpeechToTextProvider provider = new GeminiSpeechToTextProviderFactory().create(config)) {
            // when: a one-second tone holds no speech, so an empty or [inaudible] transcript is right
            Transcript transcript = provider.transcribe(AudioInput.ofBytes(TestAudio.wav(1.0), "audio/wav"),
                    TranscriptionOptions.defaults());

            // then
            assertThat(provider.model()).isEqualTo(GeminiConfig.DEFAULT_TRANSCRIPTION_MODEL);
            assertThat(transcript.engine()).isEqualTo("gemini");
            assertThat(transcript.language()).isNotBlank();
            assertThat(transcript.text().length()).isLessThan(200);
        }
    }
}
