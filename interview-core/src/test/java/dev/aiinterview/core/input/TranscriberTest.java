package dev.aiinterview.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import dev.aiinterview.testkit.PlaybackSpeechToText;
import dev.aiinterview.testkit.TestAudio;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TranscriberTest {

    private static final AudioInput AUDIO = AudioInput.ofBytes(TestAudio.toneWav(1), "audio/wav");

    @Test
    void aRecordingIsTranscribedByTheGivenProvider() {
        // given
        var stt = new PlaybackSpeechToText().then("one two three");

        // when
        Transcript transcript = Transcriber.transcribe(stt, AUDIO, TranscriptionOptions.defaults(),
                ConfigSource.of(Map.of()));

        // then
        assertThat(transcript.text()).isEqualTo("one two three");
        assertThat(stt.received()).containsExactly(AUDIO);
    }

    @Test
    void anOutageIsRetriedAsTheSpeechToTextSettingsSay() {
        // given: one outage, then a transcript
        var stt = new OnceUnavailable();
        var config = ConfigSource.of(Map.of(ConfigKeys.STT_MAX_ATTEMPTS, "2", ConfigKeys.STT_RETRY_DELAY, "1ms"));

        // when
        Transcript transcript = Transcriber.transcribe(stt, AUDIO, TranscriptionOptions.defaults(), config);

        // then
        assertThat(transcript.text()).isEqualTo("ok");
        assertThat(stt.calls).hasValue(2);
    }

    @Test
    void aFailureIsThrownAsTheProvidersExceptionWhenTheAttemptsRunOut() {
        // given
        var stt = new OnceUnavailable();
        var config = ConfigSource.of(Map.of(ConfigKeys.STT_MAX_ATTEMPTS, "1"));

        // when / then
        assertThatThrownBy(() -> Transcriber.transcribe(stt, AUDIO, TranscriptionOptions.defaults(), config))
                .isInstanceOf(ProviderUnavailableException.class);
        assertThat(stt.calls).hasValue(1);
    }

    /** Fails its first call as a service outage would. */
    private static final class OnceUnavailable implements SpeechToTextProvider {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String id() {
            return "once-unavailable";
        }

        @Override
        public Set<Capability> capabilities() {
            return Set.of();
        }

        @Override
        public Transcript transcribe(AudioInput audio, TranscriptionOptions options) {
            if (calls.incrementAndGet() == 1) {
                throw new ProviderUnavailableException(id(), "503 from the test");
            }
            return new Transcript("ok", options.language(), List.of(), 0.9, id());
        }
    }
}
