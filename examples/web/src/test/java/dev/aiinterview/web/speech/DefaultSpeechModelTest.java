package dev.aiinterview.web.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.spi.TranscriptionOptions;
import dev.aiinterview.vosk.VoskConfig;
import dev.aiinterview.vosk.VoskModelDownloader;
import dev.aiinterview.web.ModelFolderSpeechToTextFactory;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.SpeechModelServer;
import dev.aiinterview.web.TestMedia;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background fetch of the default model on its own: its retries are bounded, and a bad model never lands. */
class DefaultSpeechModelTest {

    private static final String ID = ModelFolderSpeechToTextFactory.ID;
    private static final List<Duration> QUICK_RETRIES = List.of(Duration.ofMillis(20), Duration.ofMillis(20));

    @TempDir
    Path cache;

    private final VoiceAnswers voice = new VoiceAnswers(VoiceStatus.preparing(ID, "Preparing.", 0, -1));
    private final LateSpeechToText late = new LateSpeechToText(ID);

    @Test
    void aSiteThatStaysDownIsTriedThreeTimesInAllThenLeftToTheRecruiter() {
        try (var server = SpeechModelServer.serving(List.of("hello")).failingFirst(100);
             var model = model(server.url().toString(), server.sha256())) {
            model.start();
            await(() -> server.requests.get() >= 3 && !voice.status().detail().contains("tried again"));
            Recruiter.sleep(300);  // ten times the retry delay: a fourth attempt would have come

            assertThat(server.requests.get()).isEqualTo(3);
            assertThat(voice.status().state()).isEqualTo(VoiceStatus.State.FAILED);
            assertThat(voice.status().detail()).contains("answered HTTP 503");
            assertThat(voice.banner().retryAction()).as("the recruiter may still try").isEqualTo(
                    VoiceAnswers.RETRY_PATH);
        }
    }

    @Test
    void aDownloadWithTheWrongChecksumIsNotTriedAgainByItselfAndNothingIsInstalled() {
        try (var server = SpeechModelServer.serving(List.of("hello"));
             var model = model(server.url().toString(), "ab".repeat(32))) {
            model.start();
            await(() -> voice.status().state() == VoiceStatus.State.FAILED);
            Recruiter.sleep(300);

            assertThat(server.requests.get()).isEqualTo(1);
            assertThat(voice.status().detail()).contains("SHA-256").doesNotContain("tried again");
            assertThat(voice.status().fix()).contains(VoskConfig.MODEL_SHA256).doesNotContain("can reach");
            assertThat(cache.resolve("test-speech-model")).doesNotExist();
            assertThatThrownBy(() -> late.transcribeAsync(AudioInput.ofBytes(TestMedia.wav(1), "audio/wav"),
                    TranscriptionOptions.defaults()).join()).isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(ProviderUnavailableException.class);
        }
    }

    @Test
    void onceTheModelIsInPlaceSpokenAnswersGoToTheProviderMadeFromIt() {
        try (var server = SpeechModelServer.serving(List.of("I kept the retries idempotent"));
             var model = model(server.url().toString(), server.sha256())) {
            model.start();
            await(voice::on);

            var transcript = late.transcribeAsync(AudioInput.ofBytes(TestMedia.wav(1), "audio/wav"),
                    TranscriptionOptions.defaults()).join();
            assertThat(transcript.text()).isEqualTo("I kept the retries idempotent");
            assertThat(late.capabilities()).isNotEmpty();
            assertThat(voice.banner().tone()).isEqualTo("quiet");
        }
    }

    private DefaultSpeechModel model(String url, String sha256) {
        var downloader = VoskModelDownloader.builder().url(java.net.URI.create(url)).sha256(sha256)
                .cacheDir(cache).build();
        return new DefaultSpeechModel(new ModelFolderSpeechToTextFactory(), ConfigSource.empty(), downloader, voice,
                late, QUICK_RETRIES);
    }

    private static void await(BooleanSupplier done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not in time");
            }
            Recruiter.sleep(20);
        }
    }
}
