package dev.aiinterview.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.contract.AnswerEvaluation;
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
    void theRealApiAnswersAnAnswerEvaluationWithJsonThatSatisfiesTheContractsSchema() throws Exception {
        try (LlmProvider provider = new GeminiLlmProviderFactory().create(config)) {
            // when
            LlmResponse response = provider.generate(Samples.answerEvaluation().toBuilder().maxOutputTokens(8192)
                    .build());

            // then
            assertThat(response.finishReason()).isEqualTo(FinishReason.STOP);
            JsonNode reply = GeminiWire.JSON.readTree(response.text());
            assertThat(AnswerEvaluation.CONTRACT.validate(reply)).isEmpty();
            assertThat(response.usage().inputTokens()).isPositive();
            assertThat(response.model()).startsWith("gemini");
        }
    }

    @Test
    void theRealApiTranscribesAShortWavGeneratedInTheTest() {
        try (SpeechToTextProvider provider = new GeminiSpeechToTextProviderFactory().create(config)) {
            // when: a one-second tone holds no speech, so an empty or [inaudible] transcript is right
            Transcript transcript = provider.transcribe(AudioInput.ofBytes(TestAudio.wav(1.0), "audio/wav"),
                    TranscriptionOptions.defaults());

            // then
            assertThat(transcript.engine()).isEqualTo("gemini");
            assertThat(transcript.language()).isNotBlank();
            assertThat(transcript.text().length()).isLessThan(200);
        }
    }
}
