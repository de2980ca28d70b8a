package dev.aiinterview.web.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.web.Candidate;
import dev.aiinterview.web.Http;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import dev.aiinterview.web.security.Tokens;
import dev.aiinterview.web.security.WebSecurity;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A candidate's link opens their own interview and nothing else: no other interview, no report, no rating. */
class CandidateAccessTest {

    static TestApp app;
    static Recruiter recruiter;
    static String planPath;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of());
        recruiter = app.recruiter();
        planPath = recruiter.plan(TestMedia.jobDescription());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anUnknownOrMalformedLinkOpensNothing() {
        var http = new Http(app.base);
        for (String token : List.of(Tokens.random(), "abc", "..%2F..%2Frecruiter", "0000000000000000000000000000000000000000000")) {
            HttpResponse<String> api = http.get("/api/i/" + token);
            assertThat(api.statusCode()).as(token).isEqualTo(404);
            assertThat(api.body()).contains("link is not valid");
        }
        HttpResponse<String> page = http.get("/i/" + Tokens.random());
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("link is not valid").doesNotContain("Exception");
    }

    @Test
    void aLinkShowsOnlyItsOwnInterviewAndNeverRatingsEvenWhenFinished() {
        String tokenA = recruiter.invite(planPath, "Candidate A");
        String tokenB = recruiter.invite(planPath, "Candidate B");
        var a = new Candidate(app.base, tokenA);
        var b = new Candidate(app.base, tokenB);
        a.consentAndStart();
        JsonNode s = a.awaitPrompt();
        while (s.path("status").asText().equals("question")) {
            int turn = s.path("prompt").path("turn").asInt();
            assertThat(a.answerText(turn, "I led the migration of our payment ledger to PostgreSQL with Flyway, "
                    + "added indexes and cut query time by 60 percent within two months.").statusCode()).isEqualTo(202);
            s = a.awaitPrompt();
        }
        assertThat(s.path("status").asText()).isEqualTo("finished");

        List<String> fields = new ArrayList<>();
        a.state().fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("status", "role", "questionCount", "answered", "speechToText",
                "noticeVersion", "maxAnswerSeconds", "thinkingSeconds", "retentionDays", "maxUploadMb");
        String body = a.http.get(a.api).body().toLowerCase();
        assertThat(body).doesNotContain("rating", "evaluation", "summary", "evidence", "excellent", "poor", "strength",
                "candidate a", "candidate b");
        // B is untouched by everything A did.
        assertThat(b.state().path("status").asText()).isEqualTo("welcome");
        assertThat(b.state().path("answered").asInt()).isZero();
    }

    @Test
    void aLinkCannotOpenTheRecruitersReportOrRecordings() {
        String token = recruiter.invite(planPath, "Curious Candidate");
        String id = recruiter.interviewId("Curious Candidate");
        var candidate = new Http(app.base);
        candidate.cookies.put(WebSecurity.SESSION_COOKIE, token); // the link's token is no sign-in
        assertThat(candidate.get("/recruiter/interviews/" + id).statusCode()).isEqualTo(302);
        assertThat(candidate.get("/recruiter/interviews/" + id + "/report.json").statusCode()).isEqualTo(302);
        assertThat(candidate.get("/api/recruiter/interviews/" + id).statusCode()).isEqualTo(401);
        assertThat(candidate.get("/api/recruiter/interviews").statusCode()).isEqualTo(401);
        assertThat(candidate.get("/api/i/" + token + "/report").statusCode()).isEqualTo(404);
        var c = new Candidate(app.base, token);
        c.consentAndStart();
        HttpResponse<String> uploaded = c.upload(0, "audio", TestMedia.wav(1), "audio/wav");
        String mediaId = Candidate.read(uploaded.body()).path("id").asText();
        assertThat(candidate.get("/recruiter/media/" + mediaId).statusCode()).isEqualTo(302);
        assertThat(recruiter.http.get("/recruiter/media/" + mediaId).statusCode()).isEqualTo(200);
    }

    @Test
    void anExpiredLinkIsGoneWithAClearMessage() throws SQLException {
        String token = recruiter.invite(planPath, "Late Candidate");
        try (var c = DriverManager.getConnection(app.app.settings().jdbcUrl());
             var ps = c.prepareStatement("UPDATE invitation SET expires_at = ? WHERE candidate = ?")) {
            ps.setObject(1, Instant.now().minusSeconds(60).atOffset(ZoneOffset.UTC));
            ps.setString(2, "Late Candidate");
            ps.executeUpdate();
        }
        HttpResponse<String> r = new Http(app.base).get("/api/i/" + token);
        assertThat(r.statusCode()).isEqualTo(410);
        assertThat(r.body()).contains("expired").contains("ask the recruiter for a new one");
    }

    @Test
    void aNewLinkReplacesTheOldOne() {
        String old = recruiter.invite(planPath, "Rotated Candidate");
        String id = recruiter.interviewId("Rotated Candidate");
        HttpResponse<String> page = recruiter.http.postForm("/recruiter/interviews/" + id + "/link",
                Map.of("_csrf", recruiter.csrf));
        String fresh = Http.find(page.body(), "/i/([A-Za-z0-9_-]{43})\"").orElseThrow();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(new Http(app.base).get("/api/i/" + old).statusCode()).isEqualTo(404);
        assertThat(new Http(app.base).get("/api/i/" + fresh).statusCode()).isEqualTo(200);
    }

    @Test
    void consentIsStoredWithItsTime() throws SQLException {
        String token = recruiter.invite(planPath, "Consenting Candidate");
        Instant before = Instant.now().minusSeconds(1);
        new Candidate(app.base, token).consentAndStart();
        try (var c = DriverManager.getConnection(app.app.settings().jdbcUrl());
             var ps = c.prepareStatement("SELECT consented_at, consent_notice FROM invitation WHERE candidate = ?")) {
            ps.setString(1, "Consenting Candidate");
            try (var rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getObject(1, java.time.OffsetDateTime.class).toInstant()).isAfter(before);
                assertThat(rs.getString(2)).isEqualTo(Interviews.NOTICE_VERSION);
            }
        }
    }
}
