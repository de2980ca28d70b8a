package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.json.Json;
import dev.aiinterview.web.security.WebSecurity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kill the packaged server with SIGKILL in the middle of an interview and start it again on the same data: the
 * candidate resumes at the right question, and every answer, recording and sign-in is still there.
 */
class RestartIT {

    @TempDir
    Path dir;

    @Test
    void aServerKilledMidInterviewResumesTheCandidateWithNothingLost() throws Exception {
        Path data = dir.resolve("data");
        int port = ServerProcess.freePort();
        Map<String, String> settings = Map.of(WebSettings.ADMIN_PASSWORD, TestApp.PASSWORD,
                "interview.llm.provider", "offline", "interview.stt.provider", "playback",
                "interview.playback.transcripts", "I run Kubernetes with Argo CD and validate manifests in CI|"
                        + "I designed versioned REST APIs with OpenAPI and consumer contract tests");
        List<String> typed = new ArrayList<>();
        String token;
        String interviewId;
        String recruiterCookie;
        int lastAnswered;
        int answeredBefore;

        try (ServerProcess first = ServerProcess.start(data, port, settings)) {
            Recruiter recruiter = Recruiter.signIn(first.base, TestApp.PASSWORD);
            recruiterCookie = recruiter.http.cookies.get(WebSecurity.SESSION_COOKIE);
            String plan = recruiter.plan(TestMedia.jobDescription());
            token = recruiter.invite(plan, "Crash Candidate");
            interviewId = recruiter.interviewId("Crash Candidate");

            var candidate = new Candidate(first.base, token);
            candidate.consentAndStart();
            JsonNode s = candidate.awaitPrompt();
            // Turn 0 typed, turn 1 spoken (with its video), turn 2 typed; then the server dies at once.
            typed.add(answer(candidate, s, "I check manifests with kubeconform and Conftest in CI, deploy with Argo CD "
                    + "and watch a canary with Prometheus alerts before promoting it."));
            s = candidate.awaitPrompt();
            int spokenTurn = s.path("prompt").path("turn").asInt();
            assertThat(candidate.upload(spokenTurn, "video", TestMedia.webm(), "video/webm").statusCode()).isEqualTo(201);
            assertThat(candidate.answerAudio(spokenTurn, TestMedia.wav(2)).statusCode()).isEqualTo(202);
            s = candidate.awaitPrompt();
            lastAnswered = s.path("prompt").path("turn").asInt();
            typed.add(answer(candidate, s, "When our Kafka consumers lagged I added idempotent writes keyed by "
                    + "payment id, so retries never charged twice, and lag fell from hours to seconds."));
            answeredBefore = candidate.state().path("answered").asInt();
            first.kill(); // the answer was acknowledged: it must survive, processed or not
            assertThat(first.process.exitValue()).isEqualTo(137);
        }

        Instant restart = Instant.now();
        try (ServerProcess second = ServerProcess.start(data, port, Map.of(WebSettings.ADMIN_PASSWORD, TestApp.PASSWORD,
                "interview.llm.provider", "offline", "interview.stt.provider", "playback",
                "interview.playback.transcripts", "After the restart I answered about mentoring juniors weekly"))) {
            var candidate = new Candidate(second.base, token);
            JsonNode resumed = candidate.awaitPrompt();
            Duration toResume = Duration.between(restart, Instant.now());
            System.out.printf("RestartIT: server start %d ms, candidate resumed %d ms after the restart began%n",
                    second.startup.toMillis(), toResume.toMillis());
            assertThat(resumed.path("status").asText()).isEqualTo("question");
            assertThat(resumed.path("prompt").path("turn").asInt()).isEqualTo(lastAnswered + 1);
            assertThat(resumed.path("answered").asInt()).isEqualTo(answeredBefore);

            // The recruiter is still signed in, and sees every answer kept.
            var recruiter = new Http(second.base);
            recruiter.cookies.put(WebSecurity.SESSION_COOKIE, recruiterCookie);
            assertThat(recruiter.get("/recruiter/interviews").statusCode()).isEqualTo(200);
            try (Stream<Path> media = Files.walk(data.resolve("media"))) {
                assertThat(media.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                        .anyMatch(n -> n.endsWith(".webm")).anyMatch(n -> n.endsWith(".wav"));
            }

            // Finish the interview on the restarted server; the report holds the answers from before the crash.
            JsonNode s = resumed;
            while (s.path("status").asText().equals("question")) {
                typed.add(answer(candidate, s, "I would start by measuring the problem, agree a plan with the team "
                        + "and report progress weekly until the numbers are back to target."));
                s = candidate.awaitPrompt();
            }
            JsonNode report = awaitReport(recruiter, interviewId);
            String json = report.toString();
            for (String text : typed) {
                assertThat(json.contains(Json.write(text))).as("the report keeps the answer '%s'", text).isTrue();
            }
            assertThat(json.contains("I run Kubernetes with Argo CD and validate manifests in CI"))
                    .as("the spoken answer's transcript is kept").isTrue();
            long answers = 0;
            for (JsonNode q : report.path("questions")) {
                for (JsonNode t : q.path("turns")) {
                    if (!t.path("answer").isNull() && !t.path("answer").isMissingNode()) {
                        answers++;
                        assertThat(t.path("evaluation").isObject()).as("every answer evaluated: %s", t).isTrue();
                    }
                }
            }
            assertThat(answers).isEqualTo(typed.size() + 1);
        }
    }

    private static String answer(Candidate candidate, JsonNode state, String text) {
        int turn = state.path("prompt").path("turn").asInt();
        var response = candidate.answerText(turn, text);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return text;
    }

    private static JsonNode awaitReport(Http recruiter, String id) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            JsonNode body = Candidate.read(recruiter.get("/api/recruiter/interviews/" + id).body());
            if (body.path("report").isObject()) {
                return body.path("report");
            }
            Recruiter.sleep(200);
        }
        throw new AssertionError("No report after the restart");
    }
}
