package dev.aiinterview.web.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.web.Candidate;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.SpeechModelServer;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import dev.aiinterview.web.WebSettings;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With no speech-to-text configured the app fetches its default model in the background from a local stand-in
 * of the download site; a test provider made from the downloaded folder stands in for Vosk (none can be had here),
 * behind the same selection, download and hand-over the real one goes through.
 */
class DefaultSpeechTest {

    private static final String HEARD = "I moved our payment retries onto an idempotent outbox and cut duplicate "
            + "charges to zero";
    private static final String TYPED = "I would compare the error budgets of both services before deciding.";

    @TempDir
    Path dir;

    @Test
    void theModelIsDownloadedInTheBackgroundAndVoiceAnswersTurnOnWithoutARestart() {
        try (var server = SpeechModelServer.holdingHalfWay(List.of(HEARD));
             var app = TestApp.startOnDefaultSpeech(server, Map.of())) {
            // given the server started at once and the download is half-way
            Recruiter recruiter = app.recruiter();
            String page = await(() -> recruiter.http.get("/recruiter/interviews").body(),
                    p -> p.contains("Downloading the speech model"));
            assertThat(page).contains("Voice answers are being set up").contains(" of 2.0 MB (")
                    .contains(SpeechSettings.DOWNLOAD + "=false");
            String plan = recruiter.plan(TestMedia.jobDescription());
            Candidate early = new Candidate(app.base, recruiter.invite(plan, "Early Typist"));
            early.consentAndStart();
            assertThat(early.awaitPrompt().path("speechToText").asBoolean()).as("until it is ready they type")
                    .isFalse();
            assertThat(early.answerAudio(0, TestMedia.wav(1)).statusCode()).isEqualTo(409);
            Candidate later = new Candidate(app.base, recruiter.invite(plan, "Later Speaker"));
            assertThat(later.state().path("speechToText").asBoolean()).isFalse();
            Candidate reader = new Candidate(app.base, recruiter.invite(plan, "Slow Reader"));
            String shown = reader.state().path("noticeVersion").asText();
            assertThat(shown).as("the notice without a transcript line").endsWith("-typed");

            // when the rest of the model arrives
            server.release();

            // then voice answers turn on for the next page load and on the recruiter's pages, with no restart
            await(() -> later.state().path("speechToText").asBoolean(), on -> on);
            assertThat(recruiter.http.get("/recruiter/plans").body()).contains("Voice answers on:")
                    .contains(" transcribed by model-playback").doesNotContain("being set up");
            assertThat(app.dataDir.resolve("models").resolve("test-speech-model").resolve("transcripts.txt"))
                    .as("unpacked into the data directory").exists();
            // and a spoken answer is transcribed from what the downloaded model holds
            later.consentAndStart();
            assertThat(later.awaitPrompt().path("speechToText").asBoolean()).isTrue();
            assertThat(later.answerAudio(0, TestMedia.wav(1)).statusCode()).isEqualTo(202);
            String id = recruiter.interviewId("Later Speaker");
            await(() -> recruiter.http.get("/recruiter/interviews/" + id).body(), p -> p.contains("idempotent"));
            assertThat(server.requests.get()).isEqualTo(1);
            // while the candidate who agreed to a notice without transcripts keeps typing, and loses nothing
            assertThat(early.state().path("speechToText").asBoolean()).isFalse();
            assertThat(early.answerText(0, TYPED).statusCode()).isEqualTo(202);
            // and so does one who read that notice before voice turned on, and agreed to it after
            assertThat(reader.consent(shown).statusCode()).isEqualTo(200);
            assertThat(reader.state().path("speechToText").asBoolean()).isFalse();
            assertThat(reader.consent("1999-forged").statusCode()).as("an unknown notice").isEqualTo(400);
        }
    }

    @Test
    void whenTheDownloadSiteCannotBeReachedBothSidesSaySoAndTypedAnswersAreTaken() {
        try (var app = TestApp.startOnDefaultSpeech(SpeechModelServer.unreachableUrl(), "ab".repeat(32),
                Map.of())) {
            Recruiter recruiter = app.recruiter();
            String page = await(() -> recruiter.http.get("/recruiter/interviews").body(),
                    p -> p.contains("Voice answers are not available"));
            assertThat(page).contains("Cannot download the Vosk model from http://127.0.0.1:")
                    .contains("VOSK_MODEL_PATH").contains(SpeechSettings.DOWNLOAD + "=false")
                    .contains(VoiceAnswers.RETRY_PATH)
                    .containsPattern("tried again by itself at \\d\\d:\\d\\d:\\d\\d UTC \\(attempt 2 of 3\\)");

            Candidate candidate = invite(app, recruiter, "Typist");
            JsonNode state = candidate.awaitPrompt();
            assertThat(state.path("speechToText").asBoolean()).isFalse();
            HttpResponse<String> spoken = candidate.answerAudio(0, TestMedia.wav(1));
            assertThat(spoken.statusCode()).isEqualTo(409);
            assertThat(spoken.body()).contains("type your answer");
            assertThat(candidate.answerText(0, TYPED).statusCode()).isEqualTo(202);
            assertThat(candidate.awaitPrompt().path("prompt").path("turn").asInt()).isEqualTo(1);
        }
    }

    @Test
    void theRecruitersTryAgainDownloadsAtOnceWhenTheSiteIsBack() {
        try (var server = SpeechModelServer.serving(List.of(HEARD)).failingFirst(1);
             var app = TestApp.startOnDefaultSpeech(server, Map.of())) {
            // given the site was down at the first attempt, and the next automatic one is 30 s away
            Recruiter recruiter = app.recruiter();
            String page = await(() -> recruiter.http.get("/recruiter/interviews").body(),
                    p -> p.contains("Voice answers are not available"));
            assertThat(page).contains("answered HTTP 503").contains("Try again");

            // when the recruiter presses "Try again"
            HttpResponse<String> retried = recruiter.http.postForm(VoiceAnswers.RETRY_PATH,
                    Map.of("_csrf", recruiter.csrf));

            // then the model is downloaded at once and voice answers turn on
            assertThat(retried.statusCode()).isEqualTo(303);
            app.awaitVoiceAnswersOn();
            assertThat(server.requests.get()).isEqualTo(2);
        }
    }

    @Test
    void aModelDownloadedBeforeIsReusedWithoutAnyRequest() {
        Path data = dir.resolve("data");
        try (var server = SpeechModelServer.serving(List.of(HEARD))) {
            try (var first = TestApp.startOnDefaultSpeech(server, Map.of(WebSettings.DATA_DIR, data.toString()))) {
                first.awaitVoiceAnswersOn();
            }
            assertThat(server.requests.get()).isEqualTo(1);

            try (var second = TestApp.startOnDefaultSpeech(server, Map.of(WebSettings.DATA_DIR, data.toString()))) {
                second.awaitVoiceAnswersOn();
            }
            assertThat(server.requests.get()).as("the second start used the model on disk").isEqualTo(1);
            assertThat(data.resolve("models").resolve("test-speech-model")).isDirectory();
        }
    }

    @Test
    void optingOutOfTheDownloadMakesNoRequestAndSaysWhichSettingTurnsItOn() {
        try (var server = SpeechModelServer.serving(List.of(HEARD));
             var app = TestApp.startOnDefaultSpeech(server, Map.of(SpeechSettings.DOWNLOAD, "false"))) {
            Recruiter recruiter = app.recruiter();
            String page = recruiter.http.get("/recruiter/interviews").body();
            assertThat(page).contains("Voice answers off.").contains(SpeechSettings.DOWNLOAD + "=false")
                    .contains("VOSK_MODEL_PATH").contains("GEMINI_API_KEY");
            Candidate candidate = invite(app, recruiter, "Opted Out");
            assertThat(candidate.awaitPrompt().path("speechToText").asBoolean()).isFalse();
            assertThat(server.requests.get()).isZero();
            assertThat(app.dataDir.resolve("models")).doesNotExist();
        }
    }

    @Test
    void speechToTextSetToNoneMakesNoRequestEither() {
        try (var server = SpeechModelServer.serving(List.of(HEARD));
             var app = TestApp.startOnDefaultSpeech(server, Map.of(ConfigKeys.STT_PROVIDER, "none"))) {
            Recruiter recruiter = app.recruiter();
            assertThat(recruiter.http.get("/recruiter/interviews").body()).contains("Voice answers off.")
                    .contains(ConfigKeys.STT_PROVIDER + "=none");
            assertThat(server.requests.get()).isZero();
            assertThat(app.dataDir.resolve("models")).doesNotExist();
        }
    }

    @Test
    void stoppingTheAppMidDownloadAbandonsItAndWritesNothingMore() {
        try (var server = SpeechModelServer.holdingHalfWay(List.of(HEARD))) {
            Path models;
            try (var app = TestApp.startOnDefaultSpeech(server, Map.of())) {
                Recruiter recruiter = app.recruiter();
                await(() -> recruiter.http.get("/recruiter/interviews").body(),
                        p -> p.contains("Downloading the speech model"));
                models = app.dataDir.resolve("models");
            }
            server.release();  // the rest of the model arrives after the stop
            await(() -> Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(t -> t.isAlive() && t.getName().equals("interview-speech-model")), gone -> gone);
            assertThat(models).as("nothing written after the stop").doesNotExist();
        }
    }

    private static Candidate invite(TestApp app, Recruiter recruiter, String name) {
        String token = recruiter.invite(recruiter.plan(TestMedia.jobDescription()), name);
        var candidate = new Candidate(app.base, token);
        candidate.consentAndStart();
        return candidate;
    }

    private static <T> T await(Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        T last = probe.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not in time; last seen: " + last);
            }
            Recruiter.sleep(100);
            last = probe.get();
        }
        return last;
    }
}
