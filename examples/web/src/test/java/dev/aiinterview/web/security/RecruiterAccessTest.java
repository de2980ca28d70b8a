package dev.aiinterview.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.Http;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every recruiter page and API needs the sign-in, and every change needs the CSRF token. */
class RecruiterAccessTest {

    static TestApp app;
    static Recruiter recruiter;
    static String planPath;
    static String interviewId;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of());
        recruiter = app.recruiter();
        planPath = recruiter.plan(TestMedia.jobDescription());
        recruiter.invite(planPath, "Access Test");
        interviewId = recruiter.interviewId("Access Test");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    List<String> pages() {
        return List.of("/recruiter", "/recruiter/plans", "/recruiter/plans/new", planPath, "/recruiter/interviews",
                "/recruiter/interviews/" + interviewId, "/recruiter/interviews/" + interviewId + "/report.json",
                "/recruiter/media/00000000-0000-0000-0000-000000000000", "/recruiter/api-keys",
                "/recruiter/webhooks");
    }

    List<String> changes() {
        return List.of("/recruiter/plans", planPath + "/delete", planPath + "/questions", planPath + "/questions/q1",
                planPath + "/questions/q1/delete", planPath + "/questions/q1/up", planPath + "/questions/q1/regenerate",
                planPath + "/topics", planPath + "/topics/t1", planPath + "/topics/t1/delete", planPath + "/invitations",
                "/recruiter/interviews/" + interviewId + "/link", "/recruiter/interviews/" + interviewId + "/delete",
                "/recruiter/api-keys", "/recruiter/api-keys/00000000-0000-0000-0000-000000000000/revoke",
                "/recruiter/webhooks", "/recruiter/webhooks/00000000-0000-0000-0000-000000000000/test",
                "/recruiter/webhooks/00000000-0000-0000-0000-000000000000/delete",
                "/recruiter/webhooks/deliveries/00000000-0000-0000-0000-000000000000/resend");
    }

    @Test
    void everyRecruiterPageRedirectsToTheSignInWhenNotSignedIn() {
        var anonymous = new Http(app.base);
        for (String page : pages()) {
            HttpResponse<String> r = anonymous.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).as(page).startsWith("/login");
        }
    }

    @Test
    void everyRecruiterApiAnswers401WhenNotSignedIn() {
        var anonymous = new Http(app.base);
        for (String api : List.of("/api/recruiter/interviews", "/api/recruiter/interviews/" + interviewId)) {
            HttpResponse<String> r = anonymous.get(api);
            assertThat(r.statusCode()).as(api).isEqualTo(401);
            assertThat(r.body()).contains("Sign in");
        }
    }

    @Test
    void everyChangeIsRefusedWhenNotSignedInEvenWithAToken() {
        var anonymous = new Http(app.base);
        for (String path : changes()) {
            HttpResponse<String> r = anonymous.postForm(path, Map.of("_csrf", recruiter.csrf));
            assertThat(r.statusCode()).as(path).isEqualTo(401);
        }
        assertThat(recruiter.http.get(planPath).statusCode()).isEqualTo(200); // nothing was deleted
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefused() {
        for (String path : changes()) {
            HttpResponse<String> r = recruiter.http.postForm(path, Map.of("candidate", "Mallory"));
            assertThat(r.statusCode()).as(path).isEqualTo(403);
            assertThat(r.body()).contains("CSRF check failed");
        }
        HttpResponse<String> wrong = recruiter.http.postForm(planPath + "/invitations",
                Map.of("_csrf", Tokens.random(), "candidate", "Mallory"));
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(recruiter.http.get("/api/recruiter/interviews").body()).doesNotContain("Mallory");
    }

    @Test
    void aRequestAnotherSiteMadeTheBrowserSendIsRefusedEvenWithTheToken() {
        var request = recruiter.http.request(planPath + "/invitations")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + Http.enc(recruiter.csrf)
                        + "&candidate=Eve"));
        assertThat(recruiter.http.send(request).statusCode()).isEqualTo(403);
    }

    @Test
    void aChangeWithTheTokenInAHeaderOrFieldIsAccepted() {
        HttpResponse<String> r = recruiter.http.postForm(planPath + "/invitations",
                Map.of("_csrf", recruiter.csrf, "candidate", "Header Or Field"));
        assertThat(r.statusCode()).isEqualTo(200);
        var viaHeader = recruiter.http.request(planPath + "/questions/q1/down")
                .header(WebSecurity.CSRF_HEADER, recruiter.csrf).POST(java.net.http.HttpRequest.BodyPublishers.noBody());
        assertThat(recruiter.http.send(viaHeader).statusCode()).isEqualTo(303);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        var http = new Http(app.base);
        HttpResponse<String> login = http.get("/login");
        HttpResponse<String> r = http.postForm("/login", Map.of("_csrf", Http.csrf(login.body()), "username", "admin",
                "password", TestApp.PASSWORD));
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("aiw_session="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
        assertThat(cookie.substring("aiw_session=".length(), cookie.indexOf(';'))).hasSize(43);
    }

    @Test
    void aWrongPasswordOrAMissingFormTokenSignsNobodyIn() {
        var http = new Http(app.base);
        HttpResponse<String> login = http.get("/login");
        HttpResponse<String> wrong = http.postForm("/login", Map.of("_csrf", Http.csrf(login.body()),
                "username", "admin", "password", "guess"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("user name or password is wrong");
        assertThat(http.cookies).doesNotContainKey(WebSecurity.SESSION_COOKIE);

        var noForm = new Http(app.base);
        HttpResponse<String> forged = noForm.postForm("/login", Map.of("username", "admin",
                "password", TestApp.PASSWORD));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(noForm.cookies).doesNotContainKey(WebSecurity.SESSION_COOKIE);
    }

    @Test
    void signingOutEndsTheSession() {
        Recruiter other = app.recruiter();
        String cookie = other.http.cookies.get(WebSecurity.SESSION_COOKIE);
        assertThat(other.http.postForm("/logout", Map.of("_csrf", other.csrf)).statusCode()).isEqualTo(303);
        var replay = new Http(app.base);
        replay.cookies.put(WebSecurity.SESSION_COOKIE, cookie);
        assertThat(replay.get("/recruiter/plans").statusCode()).isEqualTo(302);
    }

    @Test
    void theSignInNeverRedirectsToAnotherSite() {
        assertThat(AuthRoutes.safeNext("https://evil.example/")).isEqualTo("/recruiter");
        assertThat(AuthRoutes.safeNext("//evil.example")).isEqualTo("/recruiter");
        assertThat(AuthRoutes.safeNext("/recruiter//evil.example")).isEqualTo("/recruiter");
        assertThat(AuthRoutes.safeNext("/recruiter/plans")).isEqualTo("/recruiter/plans");
    }
}
