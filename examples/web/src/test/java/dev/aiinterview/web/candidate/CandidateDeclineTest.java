package dev.aiinterview.web.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.Candidate;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import dev.aiinterview.web.WebSettings;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A candidate may decline an AI-assisted interview on the notice page: the choice and their message reach the
 * recruiter, and the link can no longer be used to answer.
 */
class CandidateDeclineTest {

    static TestApp app;
    static Recruiter recruiter;
    static String planPath;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of(WebSettings.RECRUITER_CONTACT, "jobs@example.com"));
        recruiter = app.recruiter();
        planPath = recruiter.plan(TestMedia.jobDescription());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theCandidatePageOffersTheRecruitersContact() {
        var candidate = new Candidate(app.base, recruiter.invite(planPath, "Casey Contact"));

        assertThat(candidate.state().path("contact").asText()).isEqualTo("jobs@example.com");
    }

    @Test
    void aDeclineWithAMessageIsConfirmedAndTheRecruiterSeesBoth() {
        var candidate = new Candidate(app.base, recruiter.invite(planPath, "Dana Decline"));

        HttpResponse<String> declined = candidate.decline("  I would rather talk to a person. <b>Thanks</b>  ");

        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        assertThat(Candidate.read(declined.body()).path("status").asText()).isEqualTo("declined");
        assertThat(candidate.state().path("status").asText()).isEqualTo("declined");
        String list = recruiter.http.get("/recruiter/interviews").body();
        assertThat(list).contains("Dana Decline").contains(">Declined<");
        String page = recruiter.http.get("/recruiter/interviews/" + recruiter.interviewId("Dana Decline")).body();
        assertThat(page).contains("The candidate declined the interview")
                .contains("I would rather talk to a person. &lt;b&gt;Thanks&lt;/b&gt;")
                .doesNotContain("<b>Thanks</b>");
        assertThat(recruiter.http.get("/api/recruiter/interviews").body())
                .contains("\"declineMessage\":\"I would rather talk to a person. <b>Thanks</b>\"");
    }

    @Test
    void aDeclinedLinkCannotBeUsedToConsentStartOrAnswer() {
        var candidate = new Candidate(app.base, recruiter.invite(planPath, "Drew Declined"));
        assertThat(candidate.decline("").statusCode()).isEqualTo(200);

        assertThat(candidate.consent().statusCode()).isEqualTo(409);
        assertThat(candidate.start().statusCode()).isEqualTo(409);
        HttpResponse<String> answer = candidate.answerText(0, "An answer after declining.");
        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("You declined this interview");
        assertThat(candidate.upload(0, "video", TestMedia.webm(), "video/webm").statusCode()).isEqualTo(409);
        String page = recruiter.http.get("/recruiter/interviews/" + recruiter.interviewId("Drew Declined")).body();
        assertThat(page).contains("They left no message.");
    }

    @Test
    void declineIsAnsweredTheSameWhenTheRequestIsRepeated() {
        var candidate = new Candidate(app.base, recruiter.invite(planPath, "Robin Retry"));

        assertThat(candidate.decline("First message").statusCode()).isEqualTo(200);
        assertThat(candidate.decline("Second message").statusCode()).isEqualTo(200);

        String page = recruiter.http.get("/recruiter/interviews/" + recruiter.interviewId("Robin Retry")).body();
        assertThat(page).contains("First message").doesNotContain("Second message");
    }

    @Test
    void aStartedInterviewCannotBeDeclinedFromTheNotice() {
        var candidate = new Candidate(app.base, recruiter.invite(planPath, "Sam Started"));
        candidate.consentAndStart();

        HttpResponse<String> declined = candidate.decline("Too late");

        assertThat(declined.statusCode()).isEqualTo(409);
        assertThat(declined.body()).contains("already started");
    }

    @Test
    void aMessageLongerThanTheLimitIsRefusedWithTheLimit() {
        var candidate = new Candidate(app.base, recruiter.invite(planPath, "Lee Long"));

        HttpResponse<String> declined = candidate.decline("x".repeat(Interviews.MAX_DECLINE_MESSAGE + 1));

        assertThat(declined.statusCode()).isEqualTo(400);
        assertThat(declined.body()).contains("keep it under 2000 characters");
        assertThat(candidate.state().path("status").asText()).isEqualTo("welcome");
    }
}
