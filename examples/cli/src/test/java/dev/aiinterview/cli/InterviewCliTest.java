package dev.aiinterview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.AnswerMode;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.json.Json;
import dev.aiinterview.core.registry.ServiceLoaderProviders;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import dev.aiinterview.testkit.PlaybackSpeechToTextFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterviewCliTest {

    @TempDir
    Path tmp;

    /** Bad usage and bad input: exit 2 and exactly one line on stderr that starts with the command's name. */
    private static void assertOneLineError(Cli.Result result, String... mentions) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.stderrLines()).as(result.toString()).hasSize(1);
        assertThat(result.stderr()).startsWith("interview: ").contains(mentions).doesNotContain("\tat ");
    }

    @Test
    void planWritesAPlanWithQuestionsForEveryTopic() throws IOException {
        // given
        Path jd = Fixtures.jobDescription(tmp);
        Path out = tmp.resolve("plan.json");

        // when
        Cli.Result result = Cli.run("plan", "--llm", "offline", "--jd", jd.toString(), "--out", out.toString());

        // then
        assertThat(result.exitCode()).as(result.toString()).isZero();
        InterviewPlan plan = Json.read(Files.readString(out), InterviewPlan.class);
        assertThat(plan.profile().roleTitle()).isEqualTo("Senior Backend Engineer");
        assertThat(plan.profile().topics()).hasSizeBetween(5, 7);
        assertThat(plan.questions()).hasSize(plan.profile().topics().size());
    }

    @Test
    void aMissingAnswerIsRecordedAsSkippedNotInvented() throws IOException {
        // given: answers to the first two questions only
        Path jd = Fixtures.jobDescription(tmp);
        Path answers = Fixtures.typedAnswers(tmp, 2);
        Path out = tmp.resolve("report.json");

        // when
        Cli.Result result = Cli.run("run", "--llm", "offline", "--follow-ups", "0", "--jd", jd.toString(),
                "--answers", answers.toString(), "--out", out.toString());

        // then
        assertThat(result.exitCode()).as(result.toString()).isZero();
        InterviewReport report = Json.read(Files.readString(out), InterviewReport.class);
        assertThat(report.answered()).isEqualTo(2);
        assertThat(result.stdout()).containsPattern("2 of \\d questions answered \\(\\d skipped\\)");
        assertThat(report.questions().subList(2, report.questions().size()))
                .allSatisfy(q -> assertThat(q.turns()).allSatisfy(t -> {
                    assertThat(t.answer().mode()).isEqualTo(AnswerMode.SKIPPED);
                    assertThat(t.evaluation()).isNull();
                }));
    }

    @Test
    void aSpokenAnswerGoesToTheSpeechToTextProvider() throws IOException {
        // given: question 1 answered by voice, transcribed by the playback provider
        Path jd = Fixtures.jobDescription(tmp);
        Path answers = Files.createDirectories(tmp.resolve("answers"));
        Fixtures.wav(answers.resolve("01.wav"), 800);
        Path out = tmp.resolve("report.json");
        var context = new CliContext(ConfigSource.of(Map.of(PlaybackSpeechToTextFactory.TRANSCRIPTS,
                        "I tuned PostgreSQL queries and cut latency by 40 percent.")),
                () -> ServiceLoaderProviders.load(LlmProviderFactory.class),
                () -> ServiceLoaderProviders.load(SpeechToTextProviderFactory.class));

        // when
        Cli.Result result = Cli.run(context, "run", "--llm", "offline", "--stt", "playback", "--follow-ups", "0",
                "--jd", jd.toString(), "--answers", answers.toString(), "--out", out.toString());

        // then
        assertThat(result.exitCode()).as(result.toString()).isZero();
        InterviewReport report = Json.read(Files.readString(out), InterviewReport.class);
        var first = report.questions().get(0).turns().get(0);
        assertThat(first.answer().mode()).isEqualTo(AnswerMode.AUDIO);
        assertThat(first.answer().transcript().text()).contains("cut latency by 40 percent");
        assertThat(first.evaluation()).isNotNull();
    }

    @Test
    void transcribePrintsWhatTheProviderHeard() throws IOException {
        // given
        Path wav = Fixtures.wav(tmp.resolve("answer.wav"), 500);
        var context = new CliContext(ConfigSource.of(Map.of(PlaybackSpeechToTextFactory.TRANSCRIPTS, "hello world")),
                () -> ServiceLoaderProviders.load(LlmProviderFactory.class),
                () -> ServiceLoaderProviders.load(SpeechToTextProviderFactory.class));

        // when
        Cli.Result result = Cli.run(context, "transcribe", wav.toString(), "--stt", "playback");

        // then
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).startsWith("hello world");
    }

    @Test
    void transcribeWithoutAnySpeechToTextProviderNamesWhatToAdd() throws IOException {
        Path wav = Fixtures.wav(tmp.resolve("answer.wav"), 500);
        var context = new CliContext(ConfigSource.empty(),
                () -> ServiceLoaderProviders.load(LlmProviderFactory.class), List::of);

        assertOneLineError(Cli.run(context, "transcribe", wav.toString()), "provider-stt-vosk", "VOSK_MODEL_PATH");
    }

    @Test
    void spokenAnswersWithAnUnconfiguredSpeechToTextStopBeforeAnyLlmCallWithTheFix() throws IOException {
        // given: Gemini is the only speech-to-text provider and has no key
        Path jd = Fixtures.jobDescription(tmp);
        Path answers = Files.createDirectories(tmp.resolve("answers"));
        Fixtures.wav(answers.resolve("01.wav"), 500);
        var context = new CliContext(ConfigSource.empty(), () -> List.of(new dev.aiinterview.testkit.ScriptedLlmFactory()),
                () -> List.of(new dev.aiinterview.gemini.GeminiSpeechToTextProviderFactory()));

        // when / then: the scripted LLM has no replies, so reaching it would exit 1 instead
        assertOneLineError(Cli.run(context, "run", "--jd", jd.toString(), "--answers", answers.toString()),
                ".wav answers", "GEMINI_API_KEY");
    }

    @Test
    void aTypedInterviewRunsWhenASpeechToTextProviderIsPresentButNotConfigured() throws IOException {
        Path jd = Fixtures.jobDescription(tmp);
        Path answers = Fixtures.typedAnswers(tmp, 1);
        var context = new CliContext(ConfigSource.empty(),
                () -> ServiceLoaderProviders.load(LlmProviderFactory.class),
                () -> List.of(new dev.aiinterview.gemini.GeminiSpeechToTextProviderFactory()));

        Cli.Result result = Cli.run(context, "run", "--llm", "offline", "--follow-ups", "0", "--jd", jd.toString(),
                "--answers", answers.toString(), "--out", tmp.resolve("r.json").toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
    }

    @Test
    void transcribeWithVoskButNoModelSaysHowToGetOneAndExitsTwo() throws IOException {
        Path wav = Fixtures.wav(tmp.resolve("answer.wav"), 500);

        Cli.Result result = Cli.run("transcribe", wav.toString(), "--stt", "vosk");

        assertOneLineError(result, "VOSK_MODEL_PATH", "vosk-model-small-en-us");
    }

    @Test
    void anUnknownProviderIsBadUsageThatListsTheOnesPresent() throws IOException {
        Path jd = Fixtures.jobDescription(tmp);
        assertOneLineError(Cli.run("plan", "--llm", "nonesuch", "--jd", jd.toString()), "nonesuch", "offline");
    }

    @Test
    void anEmptyJobDescriptionIsRejected() throws IOException {
        Path jd = Files.writeString(tmp.resolve("jd.md"), "  \n\n ");
        assertOneLineError(Cli.run("plan", "--jd", jd.toString()), "jd.md", "empty");
    }

    @Test
    void aTwoMegabyteJobDescriptionIsRejected() throws IOException {
        Path jd = Files.writeString(tmp.resolve("jd.md"), "Backend engineer. ".repeat(2 * 1024 * 1024 / 18 + 1));
        assertOneLineError(Cli.run("plan", "--jd", jd.toString()), "jd.md");
    }

    @Test
    void aBinaryFileAsJobDescriptionIsRejected() throws IOException {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path jd = Files.write(tmp.resolve("jd.pdf"), bytes);
        assertOneLineError(Cli.run("plan", "--jd", jd.toString()), "jd.pdf", "binary");
    }

    @Test
    void aJobDescriptionThatIsNotUtf8IsRejectedWithTheFix() throws IOException {
        Path jd = Files.write(tmp.resolve("jd.txt"),
                "Ingénieur backend à Zürich, expérience requise".getBytes(StandardCharsets.ISO_8859_1));
        assertOneLineError(Cli.run("plan", "--jd", jd.toString()), "UTF-8");
    }

    @Test
    void aMissingJobDescriptionFileIsRejected() {
        assertOneLineError(Cli.run("plan", "--jd", tmp.resolve("nope.md").toString()), "nope.md");
    }

    @Test
    void aMissingAnswersFolderIsRejectedBeforeAnyProviderIsCalled() throws IOException {
        Path jd = Fixtures.jobDescription(tmp);
        assertOneLineError(Cli.run("run", "--jd", jd.toString(), "--answers", tmp.resolve("none").toString()), "none");
    }

    @Test
    void aWavFileThatIsNotAudioIsRejected() throws IOException {
        Path jd = Fixtures.jobDescription(tmp);
        Path answers = Files.createDirectories(tmp.resolve("answers"));
        Files.writeString(answers.resolve("01.wav"), "this is not audio at all");
        assertOneLineError(Cli.run("run", "--jd", jd.toString(), "--answers", answers.toString()), "01.wav");
    }

    @Test
    void anUnknownOptionIsBadUsageThatPointsToHelp() {
        assertOneLineError(Cli.run("run", "--bogus"), "--help");
    }

    @Test
    void aProviderFailureExitsOneWithOneLineNamingTheProvider() throws IOException {
        // given: the scripted LLM has no replies, so its first call fails
        Path jd = Fixtures.jobDescription(tmp);

        // when
        Cli.Result result = Cli.run("plan", "--llm", "scripted", "--jd", jd.toString());

        // then
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stderrLines()).hasSize(1);
        assertThat(result.stderr()).startsWith("interview: ").contains("scripted").doesNotContain("\tat ");
    }

    @Test
    void withAFallbackTheInterviewCompletesAndTheReportSaysWhichAnswersFellBack() throws IOException {
        // given: the scripted LLM fails every call (it has no replies); the offline engine is the fallback
        Path jd = Fixtures.jobDescription(tmp);
        Path answers = Fixtures.typedAnswers(tmp, 3);
        Path out = tmp.resolve("report.json");

        // when
        Cli.Result result = Cli.run("run", "--llm", "scripted", "-Dinterview.llm.fallback=offline", "--follow-ups",
                "0", "--jd", jd.toString(), "--answers", answers.toString(), "--out", out.toString());

        // then: no answer is lost and every evaluation names the engine that made it and why
        assertThat(result.exitCode()).as(result.toString()).isZero();
        InterviewReport report = Json.read(Files.readString(out), InterviewReport.class);
        assertThat(report.answered()).isEqualTo(3);
        assertThat(report.questions().subList(0, 3)).allSatisfy(q -> {
            var engine = q.turns().get(0).evaluation().engine();
            assertThat(engine.provider()).isEqualTo("offline");
            assertThat(engine.fallback()).isTrue();
            assertThat(engine.fallbackReason()).contains("scripted");
        });
        assertThat(result.stdout()).contains("Fallback: the answers to 1, 2, 3 were evaluated by the fallback engine");
    }

    @Test
    void anAnswerWhoseEvaluationFailsIsKeptAndTheRunGoesOn() throws IOException {
        // given: the offline engine, except that the second evaluation fails once (not retriable)
        var calls = new java.util.concurrent.atomic.AtomicInteger();
        dev.aiinterview.spi.LlmProviderFactory flaky = new dev.aiinterview.spi.LlmProviderFactory() {
            @Override
            public String id() {
                return "flaky";
            }

            @Override
            public dev.aiinterview.spi.LlmProvider create(ConfigSource config) {
                var offline = new dev.aiinterview.offline.OfflineLlmProviderFactory().create(config);
                return new dev.aiinterview.spi.LlmProvider() {
                    @Override
                    public String id() {
                        return "flaky";
                    }

                    @Override
                    public java.util.Set<dev.aiinterview.spi.Capability> capabilities() {
                        return offline.capabilities();
                    }

                    @Override
                    public dev.aiinterview.spi.LlmResponse generate(dev.aiinterview.spi.LlmRequest request) {
                        if (request.task().equals("answer-evaluation") && calls.incrementAndGet() == 2) {
                            throw new dev.aiinterview.api.error.InvalidRequestException("flaky", "rejected once", null);
                        }
                        return offline.generate(request);
                    }
                };
            }
        };
        Path jd = Fixtures.jobDescription(tmp);
        Path answers = Fixtures.typedAnswers(tmp, 3);
        Path out = tmp.resolve("report.json");
        var context = new CliContext(ConfigSource.empty(), () -> List.of(flaky), List::of);

        // when
        Cli.Result result = Cli.run(context, "run", "--follow-ups", "0", "--jd", jd.toString(), "--answers",
                answers.toString(), "--out", out.toString());

        // then: question 2 is reported as not evaluated during the run, and evaluated when completing
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).containsPattern("Question 2/\\d.*not evaluated: .*rejected once");
        InterviewReport report = Json.read(Files.readString(out), InterviewReport.class);
        assertThat(report.questions().subList(0, 3)).allSatisfy(q -> assertThat(q.turns().get(0).evaluation()).isNotNull());
    }

    @Test
    void verboseShowsTheStackTrace() {
        Cli.Result result = Cli.run("plan", "--verbose", "--jd", tmp.resolve("nope.md").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("\tat ");
    }
}
