package dev.aiinterview.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.contract.ContractSchemas;
import dev.aiinterview.json.Json;
import dev.aiinterview.web.Candidate;
import dev.aiinterview.web.Http;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import dev.aiinterview.web.storage.Database;
import dev.aiinterview.web.storage.JdbcInterviewStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The recruiter's whole path over HTTP: upload a JD, edit the plan every way, invite, read the report. */
class RecruiterFlowTest {

    static TestApp app;
    static Recruiter recruiter;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of("interview.playback.transcripts",
                "I run Kubernetes with Argo CD and kubeconform checks in CI, which cut failed deploys by half|"
                        + "We versioned our REST APIs with OpenAPI and contract~ tests~ in the pipeline|"
                        + "I mentored two engineers through design reviews and pairing every week"));
        recruiter = app.recruiter();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aWordFileBecomesAPlanThatCanBeEditedEveryWay() throws IOException {
        String plan = upload("advert.docx", docx(TestMedia.jobDescription()));
        String page = recruiter.http.get(plan).body();
        assertThat(page).contains("Senior Backend Engineer").contains("from advert.docx").contains("id=\"q1\"");

        edit(plan + "/questions/q1", Map.of("text", "How do you keep Kubernetes deployments safe to roll back?",
                "type", "TECHNICAL", "topic", "t1"));
        edit(plan + "/questions/q3/up", Map.of());
        edit(plan + "/questions/q4/delete", Map.of());
        edit(plan + "/topics", Map.of("name", "Terraform", "kind", "SKILL", "importance", "NICE_TO_HAVE"));
        edit(plan + "/topics/t2", Map.of("name", "Backend services in Java", "kind", "SKILL", "importance", "ESSENTIAL"));
        edit(plan + "/questions", Map.of("text", "How old are you, and do you have children?", "type", "BEHAVIORAL",
                "topic", "t8"));
        page = recruiter.http.get(plan).body();
        assertThat(page).contains("How do you keep Kubernetes deployments safe to roll back?")
                .contains("Terraform").contains("Backend services in Java")
                .contains("The fairness review flagged").contains("Flagged: Age");
        assertThat(page.indexOf("id=\"q3\"")).isLessThan(page.indexOf("id=\"q2\""));
        assertThat(page).doesNotContain("id=\"q4\"");
        String flagged = Http.find(page, "class=\"question flagged\" id=\"(q\\d+)\"").orElseThrow();

        edit(plan + "/questions/" + flagged + "/rewrite", Map.of());
        page = recruiter.http.get(plan).body();
        assertThat(page).doesNotContain("How old are you").doesNotContain("The fairness review flagged");

        String before = Http.find(page, "id=\"q2\">.*?<p class=\"q-text\">([^<]+)<").orElseThrow();
        edit(plan + "/questions/q2/regenerate", Map.of());
        String after = Http.find(recruiter.http.get(plan).body(), "id=\"q2\">.*?<p class=\"q-text\">([^<]+)<")
                .orElseThrow();
        assertThat(after).isNotEqualTo(before);

        edit(plan + "/topics/t8/delete", Map.of());
        assertThat(recruiter.http.get(plan).body()).doesNotContain("Terraform").doesNotContain("id=\"" + flagged + "\"");
    }

    @Test
    void badEditsAreRefusedWithAMessage() {
        String plan = recruiter.plan(TestMedia.jobDescription());
        HttpResponse<String> r = recruiter.http.postForm(plan + "/questions/q1", Map.of("_csrf", recruiter.csrf,
                "text", "Short", "type", "TECHNICAL", "topic", "t1"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("at least 10 characters");
        HttpResponse<String> empty = recruiter.http.postForm("/recruiter/plans", Map.of("_csrf", recruiter.csrf,
                "text", "Too short"));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("too short");
    }

    @Test
    void theReportShowsTranscriptsRatingsAndChartAndExportsTheSdkFormatExactly() throws Exception {
        String plan = recruiter.plan(TestMedia.jobDescription());
        var candidate = new Candidate(app.base, recruiter.invite(plan, "Report Reader"));
        String id = recruiter.interviewId("Report Reader");
        candidate.consentAndStart();
        var s = candidate.awaitPrompt();
        int spoken = 0;
        while (s.path("status").asText().equals("question")) {
            int turn = s.path("prompt").path("turn").asInt();
            if (spoken < 3) {
                candidate.upload(turn, "video", TestMedia.webm(), "video/webm");
                assertThat(candidate.answerAudio(turn, TestMedia.wav(1)).statusCode()).isEqualTo(202);
                spoken++;
            } else {
                candidate.answerText(turn, "I designed an idempotent Kafka consumer for payments and reduced "
                        + "duplicate charges to zero over three months.");
            }
            s = candidate.awaitPrompt();
        }
        String report = recruiter.awaitReport(id);
        assertThat(report).contains(InterviewReport.DISCLAIMER).contains("class=\"chart-row\"")
                .contains("Transcript · playback").contains("Typed answer")
                .contains("<mark class=\"unsure\" title=\"Low confidence (0.30): check the recording\">contract</mark>")
                .containsPattern("class=\"rating r-(poor|fair|good|excellent)\"")
                .contains("Evidence quoted from the answer").contains("<video controls")
                .contains("LLM calls").contains("Export JSON")
                .doesNotContainIgnoringCase("hire").doesNotContainIgnoringCase("reject");

        HttpResponse<String> json = recruiter.http.get("/recruiter/interviews/" + id + "/report.json");
        assertThat(json.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        SessionState state = storedState(id);
        assertThat(json.body()).isEqualTo(Json.writePretty(state.report()));
        Path schemaFile = Path.of(System.getProperty("examples.data", "../data"))
                .resolve("../../docs/schemas/interview-report.schema.json");
        var schema = ContractSchemas.compile(Json.mapper().readTree(Files.readString(schemaFile)));
        assertThat(ContractSchemas.validate(schema, Json.mapper().readTree(json.body()))).isEmpty();
    }


    private SessionState storedState(String interviewId) {
        String invitationSession = Http.find(recruiter.http.get("/api/recruiter/interviews/" + interviewId).body(),
                "\"sessionId\" ?: ?\"([0-9a-f-]{36})\"").orElseThrow();
        try (Database db = Database.open(app.app.settings().jdbcUrl(), "", "")) {
            return new JdbcInterviewStore(db).load(invitationSession).orElseThrow();
        }
    }

    private void edit(String path, Map<String, String> form) {
        var all = new java.util.HashMap<>(form);
        all.put("_csrf", recruiter.csrf);
        HttpResponse<String> r = recruiter.http.postForm(path, all);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(303);
    }

    @Test
    void aJobDescriptionFileOverTheLimitGetsAClear413() {
        HttpResponse<String> r = post("big.txt", "Backend engineer. ".repeat(400_000).getBytes(StandardCharsets.UTF_8));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).doesNotContain("Something went wrong");
    }

    private String upload(String name, byte[] content) {
        HttpResponse<String> r = post(name, content);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String path = r.headers().firstValue("Location").orElseThrow();
        for (int i = 0; i < 100 && !recruiter.http.get(path).body().contains("id=\"invite\""); i++) {
            Recruiter.sleep(100);
        }
        return path;
    }

    private HttpResponse<String> post(String name, byte[] content) {
        String boundary = "----test" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + recruiter.csrf
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\nContent-Type: "
                + "application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return recruiter.http.send(recruiter.http.request("/recruiter/plans")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static byte[] docx(String text) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var doc = new XWPFDocument()) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line.replaceAll("^[#\\-] ?#* ?", ""));
            }
            doc.write(out);
        }
        return out.toByteArray();
    }
}
