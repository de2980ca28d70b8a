package dev.aiinterview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.registry.ServiceLoaderProviders;
import dev.aiinterview.gemini.GeminiDouble;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code interview transcribe --words} on a spoken WAV made with espeak-ng (as .ci/run installs it), against
 * {@link GeminiDouble} with its default transcription model: the words come back with their timings. The double
 * cannot hear; it says what it is told, timed over the recording's length, as Google's model times words.
 */
class GeminiTranscribeTest {

    private static final String SPOKEN = "I led the migration of our payment service to Kubernetes";
    private static final Pattern WORD_LINE = Pattern.compile("^  (\\d+):(\\d\\d\\.\\d)\\s+(\\d+):(\\d\\d\\.\\d)\\s+-\\s+(\\S+)$");

    @RegisterExtension
    static GeminiDouble.Extension gemini = GeminiDouble.extension().answeringLikeAModel();

    @TempDir
    Path tmp;

    @Test
    void aSpokenAnswerTranscribesWithWordTimingsInsideTheRecording() throws Exception {
        // given
        Path wav = speak(SPOKEN);
        gemini.transcriptions().say(SPOKEN);
        var context = new CliContext(ConfigSource.of(Map.of("interview.gemini.api-key", GeminiDouble.KEY,
                "interview.gemini.base-url", gemini.baseUrl())),
                () -> ServiceLoaderProviders.load(LlmProviderFactory.class),
                () -> ServiceLoaderProviders.load(SpeechToTextProviderFactory.class));

        // when
        Cli.Result result = Cli.run(context, "transcribe", wav.toString(), "--words");

        // then
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).startsWith(SPOKEN);
        List<double[]> times = result.stdout().lines().map(WORD_LINE::matcher).filter(Matcher::matches)
                .map(m -> new double[] {seconds(m.group(1), m.group(2)), seconds(m.group(3), m.group(4))})
                .toList();
        assertThat(times).hasSize(SPOKEN.split(" ").length);
        double length = Files.size(wav) / 32_000.0;
        for (int i = 0; i < times.size(); i++) {
            assertThat(times.get(i)[1]).isGreaterThanOrEqualTo(times.get(i)[0]).isLessThanOrEqualTo(length + 0.1);
            if (i > 0) {
                assertThat(times.get(i)[0]).isGreaterThan(times.get(i - 1)[0]);
            }
        }
        assertThat(gemini.generateRequests()).singleElement()
                .satisfies(b -> assertThat(b.at("/generationConfig/audioTranscriptionConfig/wordTimestamp")
                        .asBoolean()).isTrue());
    }

    private static double seconds(String minutes, String seconds) {
        return Integer.parseInt(minutes) * 60 + Double.parseDouble(seconds);
    }

    /** espeak-ng's voice at 16 kHz mono, as the browser test's microphone uses it. */
    private Path speak(String text) throws Exception {
        Path raw = tmp.resolve("raw.wav");
        Path wav = tmp.resolve("answer.wav");
        assumeThat(run("espeak-ng", "-w", raw.toString(), text)).as("espeak-ng is installed (.ci/run installs it)")
                .isZero();
        assumeThat(run("sox", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", wav.toString()))
                .as("sox is installed (.ci/run installs it)").isZero();
        return wav;
    }

    private static int run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (Exception e) {
            return -1;
        }
    }
}
