package dev.aiinterview.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.MediaRef;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.core.session.CandidateAnswer;
import dev.aiinterview.core.session.InterviewSession;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speech-to-text is optional for typed interviews: a provider that is only found on the classpath but cannot start
 * (no key, no model) must not stop them, and a spoken answer then says why it cannot be transcribed.
 */
class SpeechToTextSelectionTest {

    /** Like Gemini without GEMINI_API_KEY. */
    private static final SpeechToTextProviderFactory UNCONFIGURED = new SpeechToTextProviderFactory() {
        @Override
        public String id() {
            return "cloudy";
        }

        @Override
        public SpeechToTextProvider create(ConfigSource config) {
            throw new ConfigurationException("cloudy needs an API key: set CLOUDY_API_KEY");
        }
    };

    @Test
    void anUnconfiguredProviderFoundOnTheClasspathDoesNotStopATypedInterview() {
        try (Interviewer interviewer = Interviewer.builder().config(ConfigSource.of(Map.of()))
                .llm(Fixtures.wellBehavedLlm()).speechToTextProviders(List.of(UNCONFIGURED)).build()) {
            assertThat(interviewer.speechToTextProvider()).isEmpty();
            assertThat(interviewer.speechToTextMissingReason()).hasValue("cloudy needs an API key: set CLOUDY_API_KEY");

            InterviewSession session = interviewer.start(interviewer.plan(JobDescription.of(Fixtures.JD)));
            session.consent();
            session.start();
            var turn = session.submit(CandidateAnswer.text("I tuned PostgreSQL queries and cut latency by 40 percent."));
            assertThat(turn.evaluation()).isNotNull();
        }
    }

    @Test
    void aSpokenAnswerThenFailsWithTheReasonAndIsKept(@TempDir Path dir) throws Exception {
        Path wav = Files.write(dir.resolve("01.wav"), dev.aiinterview.testkit.TestAudio.toneWav(1));
        try (Interviewer interviewer = Interviewer.builder().config(ConfigSource.of(Map.of()))
                .llm(Fixtures.wellBehavedLlm()).speechToTextProviders(List.of(UNCONFIGURED)).build()) {
            InterviewSession session = interviewer.start(interviewer.plan(JobDescription.of(Fixtures.JD)));
            session.consent();
            session.start();

            assertThatThrownBy(() -> session.submit(CandidateAnswer.audio(AudioInput.wav(wav),
                    new MediaRef(wav.toUri().toString(), "audio/wav", null, null))))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("CLOUDY_API_KEY").hasMessageContaining("answer in text");
            assertThat(session.state().turns().get(0).answer()).as("the recording is kept").isNotNull();
        }
    }

    @Test
    void providersAlreadyMadeAreClosedWhenALaterOneCannotStart() {
        var closed = new java.util.concurrent.atomic.AtomicBoolean();
        var builder = Interviewer.builder().config(ConfigSource.of(Map.of("interview.stt.provider", "cloudy")))
                .llmProviders(List.of(new dev.aiinterview.spi.LlmProviderFactory() {
                    @Override
                    public String id() {
                        return "closable";
                    }

                    @Override
                    public dev.aiinterview.spi.LlmProvider create(ConfigSource config) {
                        var inner = Fixtures.wellBehavedLlm();
                        return new dev.aiinterview.spi.LlmProvider() {
                            @Override
                            public String id() {
                                return "closable";
                            }

                            @Override
                            public java.util.Set<dev.aiinterview.spi.Capability> capabilities() {
                                return inner.capabilities();
                            }

                            @Override
                            public dev.aiinterview.spi.LlmResponse generate(dev.aiinterview.spi.LlmRequest request) {
                                return inner.generate(request);
                            }

                            @Override
                            public void close() {
                                closed.set(true);
                            }
                        };
                    }
                }))
                .speechToTextProviders(List.of(UNCONFIGURED));

        assertThatThrownBy(builder::build).isInstanceOf(ConfigurationException.class);
        assertThat(closed).as("the LLM made before the failing speech-to-text was closed").isTrue();
    }

    @Test
    void aProviderChosenInConfigurationMustStart() {
        var builder = Interviewer.builder().config(ConfigSource.of(Map.of("interview.stt.provider", "cloudy")))
                .llm(Fixtures.wellBehavedLlm()).speechToTextProviders(List.of(UNCONFIGURED));

        assertThatThrownBy(builder::build).isInstanceOf(ConfigurationException.class).hasMessageContaining("CLOUDY_API_KEY");
    }
}
