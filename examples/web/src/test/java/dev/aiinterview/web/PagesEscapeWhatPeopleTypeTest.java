package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Markup typed by a recruiter or a candidate is shown as text on every page: the job description (and so the role
 * title and topics read from it), a topic's name, a question, the candidate's name and the answers.
 */
class PagesEscapeWhatPeopleTypeTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "\"><img src=x onerror=alert(1)>";

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {SCRIPT, IMAGE})
    void everyPageShowingRecruiterOrCandidateTextShowsMarkupAsText(String payload) {
        // given a plan whose job description, topic, question and candidate carry the payload
        Recruiter recruiter = app.recruiter();
        String jd = TestMedia.jobDescription().replaceFirst("# Senior Backend Engineer",
                "# Senior Backend Engineer " + payload).replace("- Strong skills in Java or Kotlin",
                "- Strong skills in Java " + payload + " or Kotlin");
        String plan = recruiter.plan(jd);
        edit(recruiter, plan + "/topics/t1", Map.of("name", "Payments " + payload, "kind", "SKILL",
                "importance", "ESSENTIAL"));
        edit(recruiter, plan + "/questions/q1", Map.of("text", "Tell us about an outage you handled " + payload,
                "type", "BEHAVIORAL", "topic", "t1"));
        String candidateName = "Ada " + payload + " " + System.nanoTime();
        HttpResponse<String> invited = recruiter.http.postForm(plan + "/invitations", Map.of("_csrf", recruiter.csrf,
                "candidate", candidateName, "days", "7"));
        String token = Http.find(invited.body(), "/i/([A-Za-z0-9_-]{43})\"").orElseThrow();
        String id = Http.find(invited.body(), "/recruiter/interviews/([0-9a-f-]{36})\"").orElseThrow();
        var pages = new LinkedHashMap<String, String>();
        pages.put("invitation link", invited.body());
        pages.put("plan review and editor", recruiter.http.get(plan).body());
        pages.put("plan list", recruiter.http.get("/recruiter/plans").body());
        pages.put("refused job description", recruiter.http.postForm("/recruiter/plans", Map.of("_csrf",
                recruiter.csrf, "text", "Short " + payload)).body());

        // when the candidate answers every question with the payload in the answer
        var candidate = new Candidate(app.base, token);
        pages.put("candidate page", candidate.http.get("/i/" + token).body());
        candidate.consentAndStart();
        var state = candidate.awaitPrompt();
        boolean first = true;
        while (state.path("status").asText().equals("question")) {
            int turn = state.path("prompt").path("turn").asInt();
            assertThat(candidate.answerText(turn, "I led the incident review " + payload + " and we fixed the "
                    + "retries of the payment service within two days.").statusCode()).isEqualTo(202);
            state = candidate.awaitPrompt();
            if (first) {
                pages.put("interview in progress", recruiter.http.get("/recruiter/interviews/" + id).body());
                first = false;
            }
        }
        pages.put("report", recruiter.awaitReport(id));
        pages.put("interview list", recruiter.http.get("/recruiter/interviews").body());

        // then the payload is never markup, and where it was typed it shows escaped
        String escaped = payload.equals(SCRIPT) ? "&lt;script&gt;alert(1)&lt;/script&gt;"
                : "&lt;img src=x onerror=alert(1)&gt;";
        pages.forEach((name, html) -> assertThat(html).as(name).doesNotContain(payload)
                .doesNotContain("<img").doesNotContain("<script>"));
        for (String name : new String[] {"invitation link", "plan review and editor", "refused job description",
                "interview in progress", "report", "interview list"}) {
            assertThat(pages.get(name)).as(name).contains(escaped);
        }
        // The plan list shows only the role title, which the planner cut at the payload's "(".
        assertThat(pages.get("plan list")).contains(escaped.substring(0, escaped.indexOf("alert") + 5));
        // As element text (a quote needs no escaping there), right where it was typed:
        String asText = payload.equals(SCRIPT) ? escaped : "\"" + escaped.replace("&lt;img", "&gt;&lt;img");
        assertThat(pages.get("plan review and editor")).contains("<strong>Payments " + asText + "</strong>")
                .contains("Tell us about an outage you handled " + asText + "</p>");
        assertThat(pages.get("report")).contains("I led the incident review " + asText + " and we fixed");
    }

    @ParameterizedTest
    @ValueSource(strings = {SCRIPT, IMAGE})
    void theSignInPageShowsAReturnAddressFromTheLinkAsText(String payload) {
        // given a link to the sign-in page whose "next" carries the payload, as an attacker would send it
        var visitor = new Http(app.base);

        // when
        String html = visitor.get("/login?next=" + Http.enc("/recruiter/" + payload)).body();

        // then
        assertThat(html).doesNotContain(payload).doesNotContain("<img").doesNotContain("<script>");
    }

    @Test
    void aSpokenAnswerWhoseTranscriptCarriesMarkupShowsItAsTextAlsoInItsUnsureWords() {
        // given a speech-to-text that hears both payloads, each word of them marked as unsure ("~")
        String heard = "I led the incident review " + SCRIPT + "~ and then \"><img~ src=x~ onerror=alert(1)>~ "
                + "we fixed the retries of the payment service within two days";
        try (TestApp spoken = TestApp.start(Map.of("interview.playback.transcripts", heard))) {
            Recruiter recruiter = spoken.recruiter();
            String plan = recruiter.plan(TestMedia.jobDescription());
            HttpResponse<String> invited = recruiter.http.postForm(plan + "/invitations", Map.of("_csrf",
                    recruiter.csrf, "candidate", "Grace " + System.nanoTime(), "days", "7"));
            String token = Http.find(invited.body(), "/i/([A-Za-z0-9_-]{43})\"").orElseThrow();
            String id = Http.find(invited.body(), "/recruiter/interviews/([0-9a-f-]{36})\"").orElseThrow();

            // when the candidate answers the first question by voice and the rest in writing
            var candidate = new Candidate(spoken.base, token);
            candidate.consentAndStart();
            var state = candidate.awaitPrompt();
            boolean first = true;
            while (state.path("status").asText().equals("question")) {
                int turn = state.path("prompt").path("turn").asInt();
                var answered = first ? candidate.answerAudio(turn, TestMedia.wav(1))
                        : candidate.answerText(turn, "I would first ask the team what they already know.");
                assertThat(answered.statusCode()).isEqualTo(202);
                first = false;
                state = candidate.awaitPrompt();
            }
            String report = recruiter.awaitReport(id);

            // then the transcript is text, its unsure words are marked, and neither payload is markup
            assertThat(report).doesNotContain(SCRIPT).doesNotContain("<img").doesNotContain("<script>")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;img")
                    .contains("onerror=alert(1)&gt;").contains("<mark");
        }
    }

    @Test
    void theCandidatePageWritesTheServersTextAsTextNeverAsMarkup() throws Exception {
        // The candidate's page is static; its script fills in the role and questions from the JSON API.
        String script = Files.readString(Path.of("src/main/resources/public/assets/candidate.js"));

        assertThat(script).doesNotContain("innerHTML").doesNotContain("outerHTML")
                .doesNotContain("insertAdjacentHTML").doesNotContain("document.write").contains("textContent");
    }

    private static void edit(Recruiter recruiter, String path, Map<String, String> form) {
        var body = new LinkedHashMap<>(form);
        body.put("_csrf", recruiter.csrf);
        HttpResponse<String> r = recruiter.http.postForm(path, body);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(303);
    }

}
