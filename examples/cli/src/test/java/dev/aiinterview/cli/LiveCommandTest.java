package dev.aiinterview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.AnswerMode;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.json.Json;
import dev.aiinterview.core.registry.ServiceLoaderProviders;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.MediaCapture;
import dev.aiinterview.spi.MediaCaptureFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import dev.aiinterview.testkit.PlaybackSpeechToTextFactory;
import dev.aiinterview.testkit.WavPlaybackCapture;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code interview live} with the terminal and the microphone replaced by scripted input. */
class LiveCommandTest {

    @TempDir
    Path tmp;

    private CliContext context(String typed, List<MediaCaptureFactory> captures, Map<String, String> settings) {
        return new CliContext(ConfigSource.of(settings),
                () -> ServiceLoaderProviders.load(LlmProviderFactory.class),
                () -> ServiceLoaderProviders.load(SpeechToTextProviderFactory.class),
                () -> captures, () -> new StringReader(typed));
    }

    private Cli.Result live(CliContext context) throws IOException {
        return Cli.run(context, "live", "--llm", "offline", "-Dinterview.follow-ups.max=0",
                "--jd", Fixtures.jobDescription(tmp).toString(), "--recordings", tmp.resolve("rec").toString());
    }

    @Test
    void aTypedInterviewAsksEveryQuestionAndWritesTheReportWithoutShowingRatings() throws IOException {
        // given: consent, then a two-line answer to each question, each ended by an empty line
        String typed = "yes\n" + (Fixtures.GOOD_ANSWER + "\nAnd I wrote it up for the team.\n\n").repeat(10);

        // when
        Cli.Result result = live(context(typed, List.of(), Map.of("interview.stt.provider", "playback")));

        // then
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("This interview is conducted by an AI", "Question 1 of",
                "The interview is complete");
        assertThat(result.stdout()).doesNotContainPattern("(?i)excellent|\\bgood\\b|\\bfair\\b|\\bpoor\\b|rated");
        assertThat(result.stderr()).contains("Answers will be typed: no microphone capture provider");
        InterviewReport report = Json.read(Files.readString(tmp.resolve("rec/report.json")), InterviewReport.class);
        assertThat(report.questions()).allSatisfy(q -> {
            assertThat(q.turns().get(0).answer().mode()).isEqualTo(AnswerMode.TEXT);
            assertThat(q.turns().get(0).answer().transcript().text()).endsWith("And I wrote it up for the team.");
        });
        assertThat(tmp.resolve("rec/report.md")).exists();
    }

    @Test
    void withoutConsentNothingIsAskedOrEvaluated() throws IOException {
        Cli.Result result = live(context("no\n", List.of(), Map.of()));

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).contains("No interview was run").doesNotContain("Question 1");
        assertThat(tmp.resolve("rec/report.json")).doesNotExist();
    }

    @Test
    void theEndOfInputSkipsWhatIsLeftAndStillCompletes() throws IOException {
        Cli.Result result = live(context("yes\n/skip\n", List.of(), Map.of()));

        assertThat(result.exitCode()).as(result.toString()).isZero();
        InterviewReport report = Json.read(Files.readString(tmp.resolve("rec/report.json")), InterviewReport.class);
        assertThat(report.answered()).isZero();
        assertThat(result.stdout()).contains("Skipped.");
    }

    @Test
    void whenTheMicrophoneTurnsOutUnusableTheCandidateCarriesOnTyping() throws IOException {
        // given: a capture provider whose recording fails as javasound's does on a host without a microphone
        MediaCaptureFactory noMicrophone = new MediaCaptureFactory() {
            @Override
            public String id() {
                return "javasound";
            }

            @Override
            public MediaCapture create(ConfigSource config) {
                return new MediaCapture() {
                    @Override
                    public String id() {
                        return "javasound";
                    }

                    @Override
                    public List<dev.aiinterview.spi.CaptureDevice> devices() {
                        return List.of();
                    }

                    @Override
                    public dev.aiinterview.spi.Recording record(dev.aiinterview.spi.CaptureOptions options,
                            dev.aiinterview.spi.CaptureListener listener) {
                        throw new dev.aiinterview.api.error.ConfigurationException("No microphone found");
                    }
                };
            }
        };

        // when: Enter to record, then the typed answer the fallback asks for
        Cli.Result result = live(context("yes\n\n" + Fixtures.GOOD_ANSWER + "\n\n", List.of(noMicrophone),
                Map.of("interview.stt.provider", "playback")));

        // then
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).contains("Recording is not possible: No microphone found");
        InterviewReport report = Json.read(Files.readString(tmp.resolve("rec/report.json")), InterviewReport.class);
        assertThat(report.questions().get(0).turns().get(0).answer().mode()).isEqualTo(AnswerMode.TEXT);
    }

    @Test
    void spokenAnswersAreRecordedKeptOnDiskAndTranscribed() throws IOException {
        // given: a microphone that plays a tone, and speech-to-text that "hears" a scripted answer each time
        byte[] tone = Files.readAllBytes(Fixtures.wav(tmp.resolve("tone.wav"), 700));
        MediaCaptureFactory microphone = new MediaCaptureFactory() {
            @Override
            public String id() {
                return "wav-playback";
            }

            @Override
            public MediaCapture create(ConfigSource config) {
                return new WavPlaybackCapture(tone);
            }
        };
        String heard = String.join("|", java.util.Collections.nCopies(10, Fixtures.GOOD_ANSWER));

        // when: consent, then Enter to record each answer
        Cli.Result result = live(context("yes\n" + "\n".repeat(10), List.of(microphone),
                Map.of("interview.stt.provider", "playback", PlaybackSpeechToTextFactory.TRANSCRIPTS, heard)));

        // then
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("Recording...", "Recorded 0.7 s", "kept as");
        assertThat(result.stderr()).contains("level [");
        InterviewReport report = Json.read(Files.readString(tmp.resolve("rec/report.json")), InterviewReport.class);
        var first = report.questions().get(0).turns().get(0);
        assertThat(first.answer().mode()).isEqualTo(AnswerMode.AUDIO);
        assertThat(first.answer().transcript().text()).isEqualTo(Fixtures.GOOD_ANSWER);
        assertThat(first.evaluation()).isNotNull();
        assertThat(tmp.resolve("rec/01.wav")).exists();
        assertThat(first.answer().media().uri()).isEqualTo(tmp.resolve("rec/01.wav").toUri().toString());
    }
}
