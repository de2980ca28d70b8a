package dev.aiinterview.web.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.Candidate;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without a speech-to-text engine the page says so, answers are typed, and recordings are still kept. */
class NoSpeechToTextTest {

    @Test
    void spokenAnswersAreRefusedPlainlyWhileTypedAnswersAndRecordingsWork() throws SQLException {
        try (TestApp app = TestApp.start(Map.of("interview.stt.provider", "none"))) {
            assertThat(app.app.settings().maxAnswerSeconds()).isEqualTo(180);
            Recruiter recruiter = app.recruiter();
            var candidate = new Candidate(app.base, recruiter.invite(recruiter.plan(TestMedia.jobDescription()),
                    "Typist"));
            candidate.consentAndStart();
            var state = candidate.awaitPrompt();
            assertThat(state.path("speechToText").asBoolean()).isFalse();
            assertThat(consentNotice(app, "Typist")).as("the notice read promised no transcript of the voice")
                    .isEqualTo(Interviews.NOTICE_VERSION_TYPED);

            HttpResponse<String> video = candidate.upload(0, "video", TestMedia.webm(), "video/webm");
            assertThat(video.statusCode()).as("recorded for the human reviewer").isEqualTo(201);
            HttpResponse<String> spoken = candidate.answerAudio(0, TestMedia.wav(1));
            assertThat(spoken.statusCode()).isEqualTo(409);
            assertThat(spoken.body()).contains("cannot be transcribed on this server").contains("type your answer");

            assertThat(candidate.answerText(0, "I test Kubernetes changes in a staging cluster first.").statusCode())
                    .isEqualTo(202);
            assertThat(candidate.awaitPrompt().path("prompt").path("turn").asInt()).isEqualTo(1);
        }
    }

    @Test
    void theNoticePromisesATranscriptOnlyWhileVoiceAnswersAreOn() throws IOException {
        // The candidate's page is static: the notice shows one of two lines, chosen by the speechToText flag.
        String page = Files.readString(Path.of("src/main/resources/public/candidate.html"));
        String script = Files.readString(Path.of("src/main/resources/public/assets/candidate.js"));

        assertThat(page).contains("<li id=\"notice-stt-on\" class=\"hidden\">A transcript of what you say")
                .contains("<li id=\"notice-stt-off\">No transcript of your voice")
                .as("the promise appears nowhere else").containsOnlyOnce("transcript of what you say");
        assertThat(script).contains("show('notice-stt-on', state.speechToText)")
                .contains("show('notice-stt-off', !state.speechToText)");
    }

    private static String consentNotice(TestApp app, String candidate) throws SQLException {
        try (var c = DriverManager.getConnection(app.app.settings().jdbcUrl());
             var ps = c.prepareStatement("SELECT consent_notice FROM invitation WHERE candidate = ?")) {
            ps.setString(1, candidate);
            try (var rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
