package dev.aiinterview.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.Candidate;
import dev.aiinterview.web.Http;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the report says is missing: only what the answers lacked, once, and apart from what to probe next. */
class ReportGapsTest {

    static TestApp app;
    static Recruiter recruiter;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of());
        recruiter = app.recruiter();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aTopicWhoseOnlyQuestionWasDeletedIsNotACandidatesGapAndTheProbesDoNotRepeatTheGaps() {
        // given a plan with a topic whose only question the recruiter deleted
        String plan = recruiter.plan(TestMedia.jobDescription());
        post(plan + "/topics", Map.of("name", "Terraform", "kind", "SKILL", "importance", "ESSENTIAL"));
        String topic = Http.find(recruiter.http.get(plan).body(),
                "id=\"(t\\d+)\"><div class=\"topic-head\"><strong>Terraform<").orElseThrow();
        String question = Http.find(post(plan + "/questions", Map.of("topic", topic, "type", "TECHNICAL",
                "text", "How do you structure Terraform modules for several environments?")), "#(q\\d+)$")
                .orElseThrow();
        post(plan + "/questions/" + question + "/delete", Map.of());

        // when a candidate answers every question the interview asks
        var candidate = new Candidate(app.base, recruiter.invite(plan, "Gap Reader"));
        String id = recruiter.interviewId("Gap Reader");
        candidate.consentAndStart();
        var s = candidate.awaitPrompt();
        while (s.path("status").asText().equals("question")) {
            candidate.answerText(s.path("prompt").path("turn").asInt(), "I designed an idempotent Kafka consumer "
                    + "for payments and reduced duplicate charges to zero over three months.");
            s = candidate.awaitPrompt();
        }
        String report = recruiter.awaitReport(id);

        // then Terraform is named, neutrally, as outside this interview, and nowhere as a gap or a probe
        List<String> gaps = items(report, "Gaps");
        List<String> probes = items(report, "For the human interviewer to probe");
        assertThat(report).containsPattern("id=\"not-covered\">Not covered by this interview, because no question "
                + "in it asked about it: Terraform\\.<");
        assertThat(report).contains("<span class=\"chart-label\">Terraform</span>")
                .containsPattern("Terraform</span><svg[^>]*>.*?</svg><span class=\"chart-value\">Not covered by this "
                        + "interview</span>")
                .doesNotContain("<h3>Terraform");
        assertThat(gaps).isNotEmpty().noneSatisfy(g -> assertThat(g).contains("Terraform"));
        assertThat(probes).noneSatisfy(p -> assertThat(p).contains("Terraform"));

        // and no line appears twice, and no probe restates a gap
        assertThat(gaps).doesNotHaveDuplicates();
        assertThat(probes).isNotEmpty().doesNotHaveDuplicates();
        for (String probe : probes) {
            assertThat(gaps).noneSatisfy(g -> assertThat(words(probe)).contains(words(g)));
        }
    }

    /** The lines of one of the summary's lists, by its heading. */
    private static List<String> items(String report, String heading) {
        String list = Http.find(report, "(?s)<h3>" + Pattern.quote(heading) + "</h3>(.*?)</div>").orElseThrow();
        var lines = new ArrayList<String>();
        Matcher m = Pattern.compile("<li>(.*?)</li>").matcher(list);
        while (m.find()) {
            lines.add(m.group(1));
        }
        return lines;
    }

    private static String words(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }


    /** Posts a form as the recruiter; returns where it redirects. */
    private String post(String path, Map<String, String> form) {
        var all = new java.util.HashMap<>(form);
        all.put("_csrf", recruiter.csrf);
        HttpResponse<String> r = recruiter.http.postForm(path, all);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(303);
        return r.headers().firstValue("Location").orElseThrow();
    }
}
