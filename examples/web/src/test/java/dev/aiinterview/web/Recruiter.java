package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** The recruiter, driven over HTTP as a browser would: sign-in, plans, invitations. */
public final class Recruiter {

    public final Http http;
    public String csrf;

    Recruiter(URI base) {
        this.http = new Http(base);
    }

    static Recruiter signIn(URI base, String password) {
        var r = new Recruiter(base);
        HttpResponse<String> login = r.http.get("/login");
        HttpResponse<String> signedIn = r.http.postForm("/login", Map.of("_csrf", Http.csrf(login.body()),
                "username", "admin", "password", password, "next", "/recruiter/plans"));
        assertThat(signedIn.statusCode()).as("sign-in: %s", signedIn.body()).isEqualTo(303);
        r.csrf = Http.csrf(r.http.get("/recruiter/plans/new").body());
        return r;
    }

    /** Creates a plan from a job description and waits until it is ready; returns its path. */
    public String plan(String jobDescription) {
        HttpResponse<String> created = http.postForm("/recruiter/plans", Map.of("_csrf", csrf, "text", jobDescription));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String path = created.headers().firstValue("Location").orElseThrow();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            String page = http.get(path).body();
            if (page.contains("id=\"invite\"")) {
                return path;
            }
            assertThat(page).doesNotContain("could not be made");
            sleep(200);
        }
        throw new AssertionError("The plan was not ready in time");
    }

    /** Invites a candidate; returns the link's token. */
    public String invite(String planPath, String candidate) {
        HttpResponse<String> page = http.postForm(planPath + "/invitations", Map.of("_csrf", csrf,
                "candidate", candidate, "days", "7"));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Http.find(page.body(), "/i/([A-Za-z0-9_-]{43})\"").orElseThrow();
    }

    /** The id of the interview invited for a candidate. */
    public String interviewId(String candidate) {
        String list = http.get("/api/recruiter/interviews").body();
        return Http.find(list, "\"id\":\"([0-9a-f-]{36})\",\"candidate\":\"" + candidate + "\"").orElseThrow();
    }

    /** Waits until the interview's page shows its report (at most 30 s); returns the page. */
    public String awaitReport(String interviewId) {
        for (int i = 0; i < 150; i++) {
            String page = http.get("/recruiter/interviews/" + interviewId).body();
            if (page.contains("Report ready")) {
                return page;
            }
            sleep(200);
        }
        throw new AssertionError("No report in time for interview " + interviewId);
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
