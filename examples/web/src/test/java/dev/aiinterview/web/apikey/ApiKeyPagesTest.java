package dev.aiinterview.web.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.Http;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.storage.Database;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code /recruiter/api-keys}, driven over HTTP as the recruiter's browser would. */
class ApiKeyPagesTest {

    private static final Pattern KEY = Pattern.compile("(aik_[0-9a-f]{12}_[A-Za-z0-9_-]{43})");

    @Test
    void theRecruiterCreatesAKeyThatIsShownOnceListedEscapedAndRevokedWithAConfirmation() {
        try (TestApp app = TestApp.start(Map.of())) {
            Recruiter recruiter = app.recruiter();
            String planPath = recruiter.plan(TestMedia.jobDescription());
            recruiter.invite(planPath, "Org Test");

            // given the page, linked from the navigation
            assertThat(recruiter.http.get("/recruiter/plans").body()).contains("href=\"/recruiter/api-keys\"");
            assertThat(recruiter.http.get("/recruiter/api-keys").body()).contains("No API keys yet");

            // when the recruiter creates a key with a name that is markup and two scopes
            HttpResponse<String> created = create(recruiter, "<b>ATS</b>", List.of("jobs:read", "reports:read"));

            // then the answer shows the key once, with a copy button, and is not cached; the name is escaped
            assertThat(created.statusCode()).isEqualTo(200);
            assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
            String revokedKey = Http.find(created.body(), KEY.pattern()).orElseThrow();
            assertThat(created.body()).contains("data-copy=\"new-key\"").contains("&lt;b&gt;ATS&lt;/b&gt;")
                    .doesNotContain("<b>ATS</b>").contains("jobs:read, reports:read");
            String list = recruiter.http.get("/recruiter/api-keys").body();
            assertThat(list).contains(revokedKey.substring(0, 16)).doesNotContain(revokedKey);

            // and a key with no scope ticked is refused, naming the scopes
            HttpResponse<String> none = create(recruiter, "No scopes", List.of());
            assertThat(none.statusCode()).isEqualTo(400);
            assertThat(none.body()).contains("Tick at least one scope").doesNotContainPattern(KEY);

            // when the first key is revoked (the confirmation's form posts here)
            String id = Http.find(list, "action=\"/recruiter/api-keys/([0-9a-f-]{36})/revoke\"").orElseThrow();
            assertThat(list).contains("Yes, revoke the key");
            HttpResponse<String> revoked = recruiter.http.postForm("/recruiter/api-keys/" + id + "/revoke",
                    Map.of("_csrf", recruiter.csrf));
            assertThat(revoked.statusCode()).isEqualTo(303);
            assertThat(recruiter.http.get("/recruiter/api-keys").body()).contains("Revoked")
                    .contains("The key was revoked");
            String liveKey = Http.find(create(recruiter, "Live", List.of("jobs:write")).body(), KEY.pattern())
                    .orElseThrow();

            // and a key that is not the organization's answers 404
            assertThat(recruiter.http.postForm("/recruiter/api-keys/00000000-0000-0000-0000-000000000000/revoke",
                    Map.of("_csrf", recruiter.csrf)).statusCode()).isEqualTo(404);

            // then, in the database (the server's own, shared in this JVM): the revoked key authenticates
            // nothing, the live one as the default organization, which also holds the plan and the invitation
            // made on the recruiter pages
            try (Database db = Database.open(app.app.settings().database())) {
                var keys = new ApiKeys(db, Clock.systemUTC());
                assertThat(keys.authenticate(revokedKey)).isEmpty();
                assertThat(keys.authenticate(liveKey)).get().extracting(ApiKeys.Principal::orgId)
                        .isEqualTo(Organizations.DEFAULT_ID);
                assertThat(db.query("SELECT org_id FROM interview_plan UNION ALL SELECT org_id FROM invitation",
                        rs -> rs.getString(1))).containsOnly(Organizations.DEFAULT_ID).hasSize(2);
            }
        }
    }

    private HttpResponse<String> create(Recruiter recruiter, String name, List<String> scopes) {
        String body = "_csrf=" + Http.enc(recruiter.csrf) + "&name=" + Http.enc(name)
                + scopes.stream().map(s -> "&scope=" + Http.enc(s)).collect(Collectors.joining());
        return recruiter.http.send(recruiter.http.request("/recruiter/api-keys")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
