package dev.aiinterview.web.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.Candidate;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without a speech-to-text engine the page says so, answers are typed, and recordings are still kept. */
class NoSpeechToTextTest {

    @Test
    void spokenAnswersAreRefusedPlainlyWhileTypedAnswersAndRecordingsWork() {
        try (TestApp app = TestApp.start(Map.of("interview.stt.provider", "none"))) {
            assertThat(app.app.settings().maxAnswerSeconds()).isEqualTo(180);
            Recruiter recruiter = app.recruiter();
            var candidate = new Candidate(app.base, recruiter.invite(recruiter.plan(TestMedia.jobDescription()),
                    "Typist"));
            candidate.consentAndStart();
            var state = candidate.awaitPrompt();
            assertThat(state.path("speechToText").asBoolean()).isFalse();

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
}
