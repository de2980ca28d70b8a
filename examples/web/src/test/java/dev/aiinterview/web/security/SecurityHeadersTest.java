package dev.aiinterview.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.Http;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every response carries the security headers, and no page needs inline script or style to work. */
class SecurityHeadersTest {

    static TestApp app;
    static Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of());
        Recruiter recruiter = app.recruiter();
        String plan = recruiter.plan(TestMedia.jobDescription());
        String token = recruiter.invite(plan, "Header Check");
        String id = recruiter.interviewId("Header Check");
        var anonymous = new Http(app.base);
        responses.put("sign-in page", anonymous.get("/login"));
        responses.put("redirect to sign-in", anonymous.get("/recruiter/plans"));
        responses.put("401 JSON", anonymous.get("/api/recruiter/interviews"));
        responses.put("404 page", anonymous.get("/no/such/page"));
        responses.put("static asset", anonymous.get("/assets/candidate.js"));
        responses.put("candidate page", anonymous.get("/i/" + token));
        responses.put("candidate API", anonymous.get("/api/i/" + token));
        responses.put("candidate error", anonymous.postJson("/api/i/" + token + "/answers", "{}"));
        responses.put("plans page", recruiter.http.get("/recruiter/plans"));
        responses.put("plan page", recruiter.http.get(plan));
        responses.put("new plan page", recruiter.http.get("/recruiter/plans/new"));
        responses.put("interviews page", recruiter.http.get("/recruiter/interviews"));
        responses.put("interview page", recruiter.http.get("/recruiter/interviews/" + id));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        responses.forEach((name, r) -> {
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(name).contains("frame-ancestors 'none'").contains("script-src 'self'")
                    .contains("default-src 'self'").contains("object-src 'none'").doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(name).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(name).contains("no-referrer");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(name).contains("DENY");
            assertThat(r.headers().firstValue("Permissions-Policy").orElse("")).as(name)
                    .contains("camera=(self)").contains("microphone=(self)");
        });
    }

    @Test
    void pagesAndErrorsAreNotCachedButAssetsAre() {
        assertThat(responses.get("plan page").headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(responses.get("candidate API").headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(responses.get("static asset").headers().firstValue("Cache-Control").orElse(""))
                .doesNotContain("no-store");
    }

    @Test
    void noPageHasInlineScriptOrStyleAttributesWhichTheCspWouldBlock() {
        var inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");
        var styleAttribute = Pattern.compile("<[^>]+\\sstyle=");
        var handlerAttribute = Pattern.compile("<[^>]+\\son[a-z]+=");
        responses.forEach((name, r) -> {
            if (r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                assertThat(inlineScript.matcher(r.body()).find()).as(name).isFalse();
                assertThat(styleAttribute.matcher(r.body()).find()).as(name).isFalse();
                assertThat(handlerAttribute.matcher(r.body()).find()).as(name).isFalse();
                assertThat(r.body()).as(name).doesNotContain("javascript:");
            }
        });
    }

    @Test
    void errorsAreClearMessagesWithoutStackTraces() {
        assertThat(responses.get("401 JSON").body()).isEqualTo("{\"status\":401,\"error\":\"Sign in as the recruiter first.\"}");
        assertThat(responses.get("candidate error").statusCode()).isEqualTo(400);
        assertThat(responses.get("404 page").body()).contains("There is nothing at this address")
                .doesNotContain("Exception").doesNotContain("at io.javalin");
    }
}
