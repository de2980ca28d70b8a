package dev.aiinterview.web.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.Candidate;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import dev.aiinterview.web.WebSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Uploads over the limits or of the wrong type get a 4xx with a message that says what to do, and leave nothing. */
class UploadLimitsTest {

    static TestApp app;
    static Recruiter recruiter;
    static String planPath;
    Candidate candidate;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of(WebSettings.MAX_UPLOAD_MB, "1", WebSettings.MAX_ANSWER_SECONDS, "10"));
        recruiter = app.recruiter();
        planPath = recruiter.plan(TestMedia.jobDescription());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void invite() {
        candidate = new Candidate(app.base, recruiter.invite(planPath, "Uploader " + System.nanoTime()));
        candidate.consentAndStart();
    }

    @Test
    void anUploadOverTheSizeLimitIs413() {
        HttpResponse<String> r = candidate.upload(0, "video", new byte[2 * 1024 * 1024], "video/webm");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("the limit is 1 MB");
    }

    @Test
    void aStreamedUploadWithoutALengthIsCutOffAtTheLimit() {
        byte[] big = TestMedia.webm();
        byte[] body = new byte[3 * 1024 * 1024];
        System.arraycopy(big, 0, body, 0, big.length);
        var request = candidate.http.request(candidate.api + "/media?turn=0&kind=video")
                .header("Content-Type", "video/webm")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        HttpResponse<String> r = candidate.http.send(request);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("too large");
    }

    @Test
    void aRecordingLongerThanTheAnswerLimitIs413() {
        HttpResponse<String> r = candidate.upload(0, "audio", TestMedia.wav(20), "audio/wav");
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("20 seconds long").contains("at most 10 seconds");
    }

    @Test
    void oneAnswerTakesOnlyAFewUploadsSoALeakedLinkCannotFillTheDisk() {
        byte[] video = TestMedia.webm();
        for (int i = 0; i < MediaUploads.MAX_UPLOADS_PER_ANSWER; i++) {
            assertThat(candidate.upload(0, "video", video, "video/webm").statusCode()).isEqualTo(201);
        }

        HttpResponse<String> r = candidate.upload(0, "video", video, "video/webm");

        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.body()).contains("Reload the page");
        assertThat(candidate.upload(0, "audio", TestMedia.wav(1), "audio/wav").statusCode())
                .as("the other kind of recording still goes through").isEqualTo(201);
    }

    @Test
    void aTruncatedWebmIsRefusedAsCutShortAndNothingIsKept() throws IOException {
        // given the first 11 bytes of a recording, and one cut before its first audio block
        byte[] whole = TestMedia.webm();
        long before = mediaFiles();

        // when
        HttpResponse<String> eleven = candidate.upload(0, "video", java.util.Arrays.copyOf(whole, 11), "video/webm");
        HttpResponse<String> headersOnly = candidate.upload(0, "video", java.util.Arrays.copyOf(whole, 300),
                "video/webm");

        // then
        for (HttpResponse<String> r : java.util.List.of(eleven, headersOnly)) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            assertThat(r.body()).contains("The recording is empty or cut short; record the answer again.");
        }
        assertThat(mediaFiles()).isEqualTo(before);
        assertThat(candidate.upload(0, "video", whole, "video/webm").statusCode()).as("the whole recording")
                .isEqualTo(201);
    }

    @Test
    void aWavHeaderWithNoSamplesIsRefusedAsCutShortAndNothingIsKept() throws IOException {
        // given a WAV that is only its header: the recorder stopped before any sound was captured
        byte[] headerOnly = TestMedia.wav(0);
        long before = mediaFiles();

        // when
        HttpResponse<String> r = candidate.upload(0, "audio", headerOnly, "audio/wav");

        // then
        assertThat(headerOnly).hasSize(44);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("The recording is empty or cut short; record the answer again.");
        assertThat(mediaFiles()).isEqualTo(before);
    }

    private static long mediaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(app.dataDir.resolve("media"))) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void theWrongContentIs415WhateverTheContentTypeClaims() {
        HttpResponse<String> notWav = candidate.upload(0, "audio", "hello".repeat(100).getBytes(), "audio/wav");
        assertThat(notWav.statusCode()).isEqualTo(415);
        assertThat(notWav.body()).contains("not a WAV recording");
        HttpResponse<String> notWebm = candidate.upload(0, "video", TestMedia.wav(1), "video/webm");
        assertThat(notWebm.statusCode()).isEqualTo(415);
        assertThat(notWebm.body()).contains("not a WebM recording");
    }

    @Test
    void badRequestsSayWhatIsWrong() {
        assertThat(candidate.upload(0, "picture", TestMedia.webm(), "image/png").body()).contains("kind=video or kind=audio");
        assertThat(candidate.upload(0, "video", new byte[0], "video/webm").statusCode()).isEqualTo(400);
        HttpResponse<String> noAudio = candidate.http.postJson(candidate.api + "/answers",
                "{\"turn\":0,\"mode\":\"audio\",\"audio\":\"nope\"}");
        assertThat(noAudio.statusCode()).isEqualTo(400);
        assertThat(noAudio.body()).contains("Upload the recording");
        assertThat(candidate.answerText(0, "   ").body()).contains("The answer is empty");
        assertThat(candidate.answerText(0, "x".repeat(10_001)).body()).contains("too long");
        assertThat(candidate.http.postJson(candidate.api + "/answers", "not json").statusCode()).isEqualTo(400);
        HttpResponse<String> wrongTurn = candidate.answerText(5, "An answer for a question not asked yet");
        assertThat(wrongTurn.statusCode()).isEqualTo(409);
        assertThat(wrongTurn.body()).contains("already answered");
    }

    @Test
    void rejectedUploadsLeaveNoFileBehindAndAcceptedOnesAreStoredBeforeTheAnswer() throws IOException {
        candidate.upload(0, "audio", "not audio".getBytes(), "audio/wav");
        candidate.upload(0, "video", new byte[2 * 1024 * 1024], "video/webm");
        HttpResponse<String> ok = candidate.upload(0, "audio", TestMedia.wav(2), "audio/wav");
        assertThat(ok.statusCode()).isEqualTo(201);
        String id = Candidate.read(ok.body()).path("id").asText();
        try (Stream<Path> files = Files.walk(app.dataDir.resolve("media"))) {
            var names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
            assertThat(names).noneMatch(n -> n.endsWith(".part"));
            assertThat(names).anyMatch(n -> n.contains(id) && n.endsWith(".wav"));
        }
    }
}
