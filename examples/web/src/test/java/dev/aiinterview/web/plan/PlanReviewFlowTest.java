package dev.aiinterview.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.Http;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The recruiter's review of a plan over HTTP: a question the fairness review flagged keeps the plan from being
 * sent until it is fixed, deleted or overridden with a recorded reason; the role title and seniority are edited;
 * deletes ask for confirmation.
 */
class PlanReviewFlowTest {

    private static final String UNLAWFUL = "How old are you, and do you have children?";
    private static final String ALSO_UNLAWFUL = "What year were you born, and are you married?";
    private static final String FAIR = "Tell me about a time you kept a Kubernetes rollout safe to roll back.";

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
    void aPlanWithAnOpenFlagIsRefusedWithLinksToTheQuestionAndSentOnceTheQuestionIsRewritten() {
        // given a plan with a question the review flags
        String plan = recruiter.plan(TestMedia.jobDescription());
        String flagged = addQuestion(plan, UNLAWFUL);

        // when the page is shown and an invitation is tried anyway
        String page = recruiter.http.get(plan).body();
        HttpResponse<String> refused = tryInvite(plan, "Refused Candidate");

        // then the page offers no link form and says why, and the server refuses with the same explanation
        assertThat(page).contains("id=\"flag-gate\"").contains("cannot be sent to candidates")
                .contains("id=\"invite-blocked\"").contains("href=\"#" + flagged + "\"")
                .doesNotContain("action=\"" + plan + "/invitations\"");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("No invitation link was created").contains("role=\"alert\"")
                .contains("may be unlawful or biased").contains("href=\"#" + flagged + "\"")
                .doesNotContain("/i/");
        assertThat(recruiter.http.get("/api/recruiter/interviews").body()).doesNotContain("Refused Candidate");

        // when the recruiter rewrites the question so that the review passes it
        post(plan + "/questions/" + flagged, Map.of("text", FAIR, "type", "BEHAVIORAL", "topic", "t1"));

        // then the plan can be sent
        assertThat(recruiter.http.get(plan).body()).doesNotContain("id=\"flag-gate\"")
                .contains("action=\"" + plan + "/invitations\"");
        assertThat(recruiter.invite(plan, "After Rewrite")).isNotBlank();
    }

    @Test
    void deletingTheFlaggedQuestionOpensTheGate() {
        // given
        String plan = recruiter.plan(TestMedia.jobDescription());
        String flagged = addQuestion(plan, UNLAWFUL);
        assertThat(tryInvite(plan, "Too Early").statusCode()).isEqualTo(409);

        // when
        post(plan + "/questions/" + flagged + "/delete", Map.of());

        // then
        assertThat(recruiter.invite(plan, "After Delete")).isNotBlank();
    }

    @Test
    void anOverrideNeedsAReasonIsShownWithWhoAndWhenAndLetsThePlanBeSent() {
        // given
        String plan = recruiter.plan(TestMedia.jobDescription());
        String flagged = addQuestion(plan, UNLAWFUL);

        // when an override is tried without a reason
        HttpResponse<String> noReason = recruiter.http.postForm(plan + "/questions/" + flagged + "/override",
                Map.of("_csrf", recruiter.csrf, "reason", "  "));

        // then it is refused with the fix, and the gate stays closed
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("Say why this question is fair to ask as worded");
        assertThat(tryInvite(plan, "Still Closed").statusCode()).isEqualTo(409);

        // when the recruiter overrides it with a reason
        String reason = "Legal approved this wording for the <childcare> allowance scheme.";
        post(plan + "/questions/" + flagged + "/override", Map.of("reason", reason));

        // then the page shows the override with who, when and why (escaped), and the plan can be sent
        String page = recruiter.http.get(plan).body();
        assertThat(page).doesNotContain("id=\"flag-gate\"").contains("class=\"override-note\"")
                .contains("by admin, ").containsPattern("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} UTC")
                .contains("Legal approved this wording for the &lt;childcare&gt; allowance scheme.")
                .contains("id=\"fairness-record\"").contains("Flagged: ");
        assertThat(recruiter.invite(plan, "After Override")).isNotBlank();

        // when the question is later reworded into another flagged question
        post(plan + "/questions/" + flagged, Map.of("text", ALSO_UNLAWFUL, "type", "BEHAVIORAL", "topic", "t1"));

        // then the override, made for the old wording, no longer opens the gate, and the record says so
        page = recruiter.http.get(plan).body();
        assertThat(page).contains("id=\"flag-gate\"").contains("No longer applies");
        assertThat(tryInvite(plan, "Reworded").statusCode()).isEqualTo(409);
    }

    @Test
    void aQuestionWithoutAFlagCannotBeOverridden() {
        // given
        String plan = recruiter.plan(TestMedia.jobDescription());

        // when
        HttpResponse<String> r = recruiter.http.postForm(plan + "/questions/q1/override",
                Map.of("_csrf", recruiter.csrf, "reason", "There is nothing to override here."));

        // then
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("no fairness flag to override");
    }

    @Test
    void theRoleTitleAndSeniorityAreEditedAndTheInvitationUsesThem() {
        // given
        String plan = recruiter.plan(TestMedia.jobDescription());

        // when
        post(plan + "/profile", Map.of("roleTitle", "  Staff   Platform Engineer ", "seniority", "PRINCIPAL"));

        // then
        String page = recruiter.http.get(plan).body();
        assertThat(page).contains("<h1>Staff Platform Engineer</h1>").contains("Principal ·")
                .contains("<option value=\"PRINCIPAL\" selected>Principal</option>");
        HttpResponse<String> invitation = recruiter.http.postForm(plan + "/invitations", Map.of("_csrf",
                recruiter.csrf, "candidate", "Title Reader", "days", "7"));
        assertThat(invitation.body()).contains("<strong>Staff Platform Engineer</strong>");
        assertThat(recruiter.http.get("/recruiter/plans").body()).contains("Staff Platform Engineer");
    }

    @Test
    void aBlankTitleOrAnUnknownSeniorityIsRefusedWithTheFix() {
        // given
        String plan = recruiter.plan(TestMedia.jobDescription());

        // when
        HttpResponse<String> blank = recruiter.http.postForm(plan + "/profile", Map.of("_csrf", recruiter.csrf,
                "roleTitle", " ", "seniority", "SENIOR"));
        HttpResponse<String> unknown = recruiter.http.postForm(plan + "/profile", Map.of("_csrf", recruiter.csrf,
                "roleTitle", "Backend Engineer", "seniority", "BOSS"));

        // then
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("Give the role a title of 1 to 200 characters.");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Choose a seniority from the list.");
        assertThat(recruiter.http.get(plan).body()).contains("<h1>Senior Backend Engineer</h1>");
    }

    @Test
    void deletingAQuestionATopicOrThePlanIsASecondStepBehindAConfirmation() {
        // given
        String plan = recruiter.plan(TestMedia.jobDescription());

        // when
        String page = recruiter.http.get(plan).body();

        // then each delete form sits inside a closed <details> whose summary names the action
        assertThat(page).containsPattern("<details class=\"confirm\"><summary class=\"button small danger\">Delete"
                + "</summary><div class=\"confirm-box\"[^>]*><p>Delete question 1\\? This cannot be undone.</p>"
                + "<form method=\"post\" action=\"" + plan + "/questions/q1/delete\"");
        assertThat(page).containsPattern("<details class=\"confirm\"><summary class=\"button danger small\">Delete "
                + "topic[^<]*</summary><div class=\"confirm-box\"[^>]*><p>[^<]+</p><form method=\"post\" action=\""
                + plan + "/topics/t1/delete\"");
        assertThat(page).containsPattern("<details class=\"confirm\"><summary class=\"button subtle\">Delete this "
                + "plan</summary>.*?<form method=\"post\" action=\"" + plan + "/delete\"");
        assertThat(page).doesNotContainPattern("<details class=\"confirm\" open");
    }

    @Test
    void deletingAnInterviewIsASecondStepBehindAConfirmationToo() {
        // given an invited candidate
        String plan = recruiter.plan(TestMedia.jobDescription());
        recruiter.invite(plan, "Casey Confirm");
        String interview = "/recruiter/interviews/" + recruiter.interviewId("Casey Confirm");

        // when
        String page = recruiter.http.get(interview).body();

        // then the delete form sits behind a closed <details>, without any script
        assertThat(page).containsPattern("<details class=\"confirm\"><summary class=\"button danger\">Delete"
                + "</summary><div class=\"confirm-box\"[^>]*><p>Delete this interview with its answers, report and "
                + "recordings\\? This cannot be undone.</p><form method=\"post\" action=\"" + interview + "/delete\"");
        assertThat(page).doesNotContain("data-confirm");
    }

    private HttpResponse<String> tryInvite(String plan, String candidate) {
        return recruiter.http.postForm(plan + "/invitations", Map.of("_csrf", recruiter.csrf, "candidate", candidate,
                "days", "7"));
    }

    /** Adds a question for the first topic; returns its id. */
    private String addQuestion(String plan, String text) {
        HttpResponse<String> r = recruiter.http.postForm(plan + "/questions", Map.of("_csrf", recruiter.csrf,
                "text", text, "type", "BEHAVIORAL", "topic", "t1"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String id = Http.find(r.headers().firstValue("Location").orElseThrow(), "#(q\\d+)$").orElseThrow();
        assertThat(recruiter.http.get(plan).body()).contains("class=\"question flagged\" id=\"" + id + "\"");
        return id;
    }

    private void post(String path, Map<String, String> form) {
        var all = new HashMap<>(form);
        all.put("_csrf", recruiter.csrf);
        HttpResponse<String> r = recruiter.http.postForm(path, all);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(303);
    }
}
