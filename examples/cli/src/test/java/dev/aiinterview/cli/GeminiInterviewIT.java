package dev.aiinterview.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.aiinterview.api.AnswerMode;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole CLI interview against the real Gemini API: plan, a spoken answer transcribed by Gemini, evaluations,
 * a follow-up and the summary. Runs only when {@code GEMINI_API_KEY} is set; its offline twin is
 * {@link GeminiCliTest}, which speaks the same wire format to a local double.
 */
@EnabledIfEnvironmentVariable(named = "GEMINI_API_KEY", matches = ".+")
class GeminiInterviewIT {

    private static final Path DATA = Path.of(System.getProperty("examples.data", "../data"));

    @TempDir
    Path tmp;

    @Test
    void aWholeInterviewRunsOnTheRealApi() throws Exception {
        // given: the weak backend answers (so follow-ups are likely), the first one spoken
        Path answers = Files.createDirectories(tmp.resolve("answers"));
        try (var files = Files.list(DATA.resolve("backend-engineer/weak"))) {
            for (Path f : files.toList()) {
                Files.copy(f, answers.resolve(f.getFileName().toString()));
            }
        }
        String spoken = Files.readString(answers.resolve("01.txt"));
        Files.delete(answers.resolve("01.txt"));
        speak(spoken, answers.resolve("01.wav"));
        Path out = tmp.resolve("report.json");

        // when
        Cli.Result result = Cli.run(CliContext.system(), "run", "--llm", "gemini", "--stt", "gemini",
                "--jd", DATA.resolve("backend-engineer/jd.md").toString(), "--answers", answers.toString(),
                "--out", out.toString());

        // then
        assertThat(result.exitCode()).as(result.toString()).isZero();
        InterviewReport report = Json.read(Files.readString(out), InterviewReport.class);
        var first = report.questions().get(0).turns().get(0);
        assertThat(first.answer().mode()).isEqualTo(AnswerMode.AUDIO);
        assertThat(first.answer().transcript().engine()).isEqualTo("gemini");
        assertThat(first.answer().transcript().text()).isNotBlank();
        // gemini-3.5-transcribe, the default, times every word
        assertThat(first.answer().transcript().words()).isNotEmpty()
                .allSatisfy(w -> assertThat(w.startMs()).isNotNull());
        assertThat(report.questions()).allSatisfy(q -> {
            var t = q.turns().get(0);
            if (t.answer().mode() != AnswerMode.SKIPPED) {
                assertThat(t.evaluation().engine().provider()).isEqualTo("gemini");
                assertThat(t.evaluation().engine().model()).startsWith("gemini-3.8-flash");
            }
        });
        assertThat(report.questions().stream().flatMap(q -> q.turns().stream()))
                .anySatisfy(t -> assertThat(t.followUpIndex()).isPositive());
        assertThat(report.summary()).isNotBlank();
        assertThat(report.accounting().tokens().totalTokens()).isPositive();
    }

    @Test
    void theDoctorFindsBothGeminiProvidersReady() {
        Cli.Result result = Cli.run(CliContext.system(), "doctor", "--llm", "gemini", "--stt", "gemini");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("gemini-3.8-flash").contains("gemini-3.5-transcribe")
                .doesNotContain(System.getenv("GEMINI_API_KEY"));
    }

    /** Speech made with espeak-ng and converted to 16 kHz mono 16-bit WAV with sox (installed by .ci/run). */
    private static void speak(String text, Path wav) throws IOException, InterruptedException {
        Path raw = wav.resolveSibling("raw.wav");
        boolean made = run("espeak-ng", "-w", raw.toString(), text)
                && run("sox", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", wav.toString());
        assumeTrue(made, "espeak-ng and sox are needed to make the spoken answer");
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
