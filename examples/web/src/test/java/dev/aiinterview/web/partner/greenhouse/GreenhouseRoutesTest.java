package dev.aiinterview.web.partner.greenhouse;

import static dev.aiinterview.web.partner.greenhouse.GreenhouseCalls.basic;
import static dev.aiinterview.web.partner.greenhouse.GreenhouseCalls.sendTestBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.aiinterview.web.Candidate;
import dev.aiinterview.web.Http;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import dev.aiinterview.web.apikey.ApiKeys;
import dev.aiinterview.web.apikey.ApiScope;
import dev.aiinterview.web.mail.MailSettings;
import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.storage.Database;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The four Greenhouse routes in the app started in this JVM: shapes, authentication, isolation between two
 * organizations and bad inputs. The invitation emails go to a real SMTP server (GreenMail).
 */
class GreenhouseRoutesTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    private static final AtomicInteger APPLICATIONS = new AtomicInteger(1000);
    private static TestApp app;
    private static GreenhouseCalls greenhouse;
    private static String planId;
    private static String acmeKey;
    private static String readOnlyKey;
    private static String revokedKey;
    private static String globexKey;
    private static String globexId;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of(MailSettings.HOST, "localhost",
                MailSettings.PORT, String.valueOf(MAIL.getSmtp().getPort()),
                MailSettings.FROM, "interviews@acme.example", MailSettings.STARTTLS, "false",
                Greenhouse.CALLBACK_SECONDS, "1"));
        greenhouse = new GreenhouseCalls(app);
        String planPath = app.recruiter().plan(TestMedia.jobDescription());
        planId = planPath.substring(planPath.lastIndexOf('/') + 1);
        acmeKey = GreenhouseCalls.key(app, Organizations.DEFAULT_ID, EnumSet.allOf(ApiScope.class));
        readOnlyKey = GreenhouseCalls.key(app, Organizations.DEFAULT_ID, EnumSet.of(ApiScope.INTERVIEWS_READ));
        try (Database db = Database.open(app.app.settings().database())) {
            var keys = new ApiKeys(db, Clock.systemUTC());
            var created = keys.create(Organizations.DEFAULT_ID, "Old", EnumSet.allOf(ApiScope.class));
            keys.revoke(Organizations.DEFAULT_ID, created.stored().id());
            revokedKey = created.key();
            String globex = new Organizations(db, Clock.systemUTC()).create("globex").id();
            globexId = globex;
            globexKey = keys.create(globex, "Greenhouse", EnumSet.allOf(ApiScope.class)).key();
        }
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void listTestsAnswersTheOrganizationsReadyPlansAsGreenhousesTestListAndNothingOfAnotherOrganization() {
        JsonNode tests = greenhouse.listTests(acmeKey);

        assertThat(tests.isArray()).isTrue();
        assertThat(tests).hasSize(1);
        assertThat(fieldNames(tests.get(0))).containsExactly("partner_test_id", "partner_test_name");
        assertThat(tests.get(0).path("partner_test_id").asText()).isEqualTo(planId);
        assertThat(tests.get(0).path("partner_test_name").asText()).isNotBlank();
        assertThat(greenhouse.listTests(readOnlyKey)).hasSize(1);
        assertThat(greenhouse.listTests(globexKey)).isEmpty();
    }

    @Test
    void sendTestCreatesOneInterviewPerApplicationAndTestAndEmailsTheCandidateALinkThatWorks() throws Exception {
        int before = MAIL.getReceivedMessages().length;
        String application = application();

        String id = greenhouse.sendTest(acmeKey, planId, "harry@hogwarts.example", application, callback(application));
        String again = greenhouse.sendTest(acmeKey, planId, "harry@hogwarts.example", application,
                callback(application));
        String other = greenhouse.sendTest(acmeKey, planId, "harry@hogwarts.example", application(), callback("x"));

        assertThat(again).isEqualTo(id);
        assertThat(other).isNotEqualTo(id);
        assertThat(MAIL.waitForIncomingEmail(10_000, before + 2)).isTrue();
        MimeMessage mail = MAIL.getReceivedMessages()[before];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("harry@hogwarts.example");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("interviews@acme.example");
        String text = (String) mail.getContent();
        String token = Http.find(text, app.base + "/i/([A-Za-z0-9_-]{43})").orElseThrow();
        JsonNode state = new Candidate(app.base, token).state();
        assertThat(state.path("status").asText()).isEqualTo("welcome");
        // The repeated call sent no second email; the recruiter's list shows the interview.
        assertThat(MAIL.getReceivedMessages()).hasSize(before + 2);
        HttpResponse<String> page = app.recruiter().http.get("/recruiter/interviews/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Harry Potter");
        try (Database db = Database.open(app.app.settings().database())) {
            assertThat(db.query("SELECT gh_candidate_id, gh_application_id, email, callback_url, org_id FROM "
                    + "greenhouse_interview WHERE invitation_id = ?", rs -> List.of(rs.getString(1), rs.getString(2),
                    rs.getString(3), rs.getString(4), rs.getString(5)), id)).containsExactly(List.of("17681532",
                    application, "harry@hogwarts.example", callback(application), Organizations.DEFAULT_ID));
        }
    }

    @Test
    void aLongProfileUrlWithoutAnApplicationIdStillIdentifiesTheApplication() {
        String profile = "https://app.greenhouse.io/people/5?ref=" + "r".repeat(1900);
        String body = sendTestBody(planId, "a@b.example", "1", callback("z"))
                .replace("https://app.greenhouse.io/people/17681532?application_id=1", profile);

        String id = GreenhouseCalls.ok(greenhouse.post(basic(acmeKey), "send_test", body))
                .path("partner_interview_id").asText();
        String again = GreenhouseCalls.ok(greenhouse.post(basic(acmeKey), "send_test", body))
                .path("partner_interview_id").asText();
        String other = GreenhouseCalls.ok(greenhouse.post(basic(acmeKey), "send_test", body.replace("ref=r",
                "ref=s"))).path("partner_interview_id").asText();

        assertThat(again).isEqualTo(id);
        assertThat(other).isNotEqualTo(id);
    }

    @Test
    void testStatusIsPendingBeforeTheCandidateStartsAndAnotherOrganizationsIdIsNotFound() {
        String application = application();
        String id = greenhouse.sendTest(acmeKey, planId, "ron@hogwarts.example", application, callback(application));

        JsonNode status = greenhouse.testStatus(readOnlyKey, id);

        assertThat(fieldNames(status)).containsExactly("partner_status");
        assertThat(status.path("partner_status").asText()).isEqualTo("pending");
        assertError(greenhouse.get(basic(globexKey), "test_status?partner_interview_id=" + id), 404,
                "no interview");
        assertError(greenhouse.get(basic(acmeKey), "test_status?partner_interview_id=nope"), 404, "no interview");
        assertError(greenhouse.get(basic(acmeKey), "test_status"), 400, "partner_interview_id");
        assertError(greenhouse.get(basic(acmeKey), "test_status?partner_interview_id=" + id
                + "&partner_interview_id=" + id), 400, "one partner_interview_id");
    }

    @Test
    void aCandidateWhoDeclinesIsDeclinedForGreenhouse() throws Exception {
        int before = MAIL.getReceivedMessages().length;
        String application = application();
        String id = greenhouse.sendTest(acmeKey, planId, "percy@hogwarts.example", application,
                callback(application));
        assertThat(MAIL.waitForIncomingEmail(10_000, before + 1)).isTrue();
        String token = Http.find((String) MAIL.getReceivedMessages()[before].getContent(),
                "/i/([A-Za-z0-9_-]{43})").orElseThrow();

        assertThat(new Candidate(app.base, token).decline("I took another offer.").statusCode()).isBetween(200, 299);

        assertThat(greenhouse.testStatus(acmeKey, id).path("partner_status").asText()).isEqualTo("declined");
        // No PATCH will ever be due: the stored credential is erased by the next callback round.
        assertThat(awaitRow("SELECT callback_auth FROM greenhouse_interview WHERE invitation_id = ?",
                rs -> rs.getString(1) == null, id)).isTrue();
    }

    @Test
    void theStoredCallbackCredentialNeverHoldsTheKeyInClear() {
        String application = application();
        String id = greenhouse.sendTest(acmeKey, planId, "ginny@hogwarts.example", application,
                callback(application));

        String encoded = basic(acmeKey).substring("Basic ".length());
        try (Database db = Database.open(app.app.settings().database())) {
            List<String> row = db.query("SELECT * FROM greenhouse_interview WHERE invitation_id = ?", rs -> {
                var values = new java.util.ArrayList<String>();
                for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                    values.add(String.valueOf(rs.getString(c)));
                }
                return String.join("|", values);
            }, id);
            assertThat(row).hasSize(1);
            assertThat(row.get(0)).doesNotContain(acmeKey).doesNotContain(encoded)
                    .doesNotContain(acmeKey.substring(acmeKey.length() - 20));
            assertThat(db.query("SELECT callback_auth FROM greenhouse_interview WHERE invitation_id = ?",
                    rs -> rs.getString(1), id).get(0)).isNotBlank();
        }
    }

    @Test
    void aRowOlderThanTheGiveUpWindowIsGivenUpWhateverItsStatusAndItsCredentialErased() {
        String application = application();
        String id = greenhouse.sendTest(acmeKey, planId, "fred@hogwarts.example", application,
                callback(application));
        try (Database db = Database.open(app.app.settings().database())) {
            db.update("UPDATE greenhouse_interview SET created_at = ? WHERE invitation_id = ?",
                    java.time.Instant.now().minus(java.time.Duration.ofDays(57)), id);
        }

        assertThat(awaitRow("SELECT gave_up_at, callback_auth FROM greenhouse_interview WHERE invitation_id = ?",
                rs -> rs.getString(1) != null && rs.getString(2) == null, id)).isTrue();
        assertThat(greenhouse.testStatus(acmeKey, id).path("partner_status").asText()).isEqualTo("pending");
    }

    @Test
    void sendTestsRacingForOneApplicationMakeOneInterviewAndOneEmail() throws Exception {
        String application = application();
        String email = "race-" + application + "@hogwarts.example";
        int invitationsBefore = count("SELECT COUNT(*) FROM invitation");
        int mailsBefore = MAIL.getReceivedMessages().length;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var calls = new java.util.ArrayList<java.util.concurrent.Future<HttpResponse<String>>>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return greenhouse.post(basic(acmeKey), "send_test", sendTestBody(planId, email, application,
                            callback(application)));
                }));
            }
            start.countDown();
            var ids = new java.util.HashSet<String>();
            for (var call : calls) {
                ids.add(GreenhouseCalls.ok(call.get()).path("partner_interview_id").asText());
            }

            assertThat(ids).hasSize(1);
            assertThat(count("SELECT COUNT(*) FROM invitation")).isEqualTo(invitationsBefore + 1);
            assertThat(MAIL.waitForIncomingEmail(10_000, mailsBefore + 1)).isTrue();
            long toCandidate = java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().equals(email);
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).count();
            assertThat(toCandidate).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSendTestClaimedByAnotherServerIsNotDuplicatedAndAStaleClaimIsTakenOver() {
        String application = application();
        String body = sendTestBody(planId, "neville@hogwarts.example", application, callback(application));
        String applicationKey = application; // the application id is the key when the profile URL carries one
        int invitationsBefore = count("SELECT COUNT(*) FROM invitation");
        try (Database db = Database.open(app.app.settings().database())) {
            db.update("INSERT INTO greenhouse_send (org_id, partner_test_id, application_key, claimed_at) "
                    + "VALUES (?, ?, ?, ?)", Organizations.DEFAULT_ID, planId, applicationKey, java.time.Instant.now());
        }

        assertError(greenhouse.post(basic(acmeKey), "send_test", body), 503, "send_test again");
        assertThat(count("SELECT COUNT(*) FROM invitation")).isEqualTo(invitationsBefore);

        try (Database db = Database.open(app.app.settings().database())) {
            db.update("UPDATE greenhouse_send SET claimed_at = ? WHERE application_key = ?",
                    java.time.Instant.now().minus(java.time.Duration.ofMinutes(10)), applicationKey);
        }
        String id = GreenhouseCalls.ok(greenhouse.post(basic(acmeKey), "send_test", body))
                .path("partner_interview_id").asText();
        assertThat(greenhouse.testStatus(acmeKey, id).path("partner_status").asText()).isEqualTo("pending");
        assertThat(count("SELECT COUNT(*) FROM invitation")).isEqualTo(invitationsBefore + 1);
    }

    @Test
    void onlyTheLatestResponseErrorReportsOfAnOrganizationAreKept() {
        for (int i = 1; i <= 105; i++) {
            String body = "{\"api_call\": \"list_tests\", \"errors\": [\"" + "e".repeat(1000)
                    + "\"], \"partner_interview_id\": \"cap-" + i + "\"}";
            GreenhouseCalls.ok(greenhouse.post(basic(globexKey), "response_error", body));
        }

        try (Database db = Database.open(app.app.settings().database())) {
            List<String> kept = db.query("SELECT partner_interview_id FROM greenhouse_response_error "
                    + "WHERE org_id = ?", rs -> rs.getString(1), globexId);
            assertThat(kept).hasSize(100).contains("cap-105").doesNotContain("cap-1", "cap-5");
        }
    }

    private static int count(String sql) {
        try (Database db = Database.open(app.app.settings().database())) {
            return db.query(sql, rs -> rs.getInt(1)).get(0);
        }
    }

    /** Whether the row comes to satisfy {@code test} within 20 s (the callback round runs every second). */
    private static boolean awaitRow(String sql, Database.RowMapper<Boolean> test, String id) {
        for (int i = 0; i < 200; i++) {
            try (Database db = Database.open(app.app.settings().database())) {
                if (db.query(sql, test, id).get(0)) {
                    return true;
                }
            }
            dev.aiinterview.web.Recruiter.sleep(100);
        }
        return false;
    }

    @Test
    void anotherOrganizationCannotSendTheTestOfThisOne() {
        String application = application();

        assertError(greenhouse.post(basic(globexKey), "send_test", sendTestBody(planId, "a@b.example", application,
                callback(application))), 404, "list_tests");
    }

    @Test
    void responseErrorIsStoredAndAnsweredWithStatus200() {
        String body = """
                {"api_call": "test_status",
                 "errors": ["partner_status is 'complete' but partner_profile url is missing"],
                 "partner_test_id": 12345, "partner_test_name": "Personality Test",
                 "partner_interview_id": 299506, "candidate_email": "hpotter@hogwarts.edu"}""";

        JsonNode answer = GreenhouseCalls.ok(greenhouse.post(basic(readOnlyKey), "response_error", body));

        assertThat(answer.toString()).isEqualTo("{\"status\":200}");
        try (Database db = Database.open(app.app.settings().database())) {
            assertThat(db.query("SELECT org_id, api_call, errors, partner_test_id, partner_interview_id FROM "
                    + "greenhouse_response_error WHERE partner_interview_id = '299506'", rs -> List.of(rs.getString(1),
                    rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))).containsExactly(List.of(
                    Organizations.DEFAULT_ID, "test_status",
                    "partner_status is 'complete' but partner_profile url is missing", "12345", "299506"));
        }
        assertError(greenhouse.post(basic(acmeKey), "response_error", "{\"api_call\": \"list_tests\"}"), 400,
                "'errors'");
        assertError(greenhouse.post(basic(acmeKey), "response_error",
                "{\"api_call\": \"list_tests\", \"errors\": [1]}"), 400, "string");
    }

    @Test
    void aMissingMalformedWrongRevokedOrUnderScopedKeyIsRefusedInTheSameJsonShape() {
        HttpResponse<String> none = greenhouse.get(null, "list_tests");
        assertError(none, 401, "HTTP Basic");
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Basic realm="));
        assertError(greenhouse.get("Bearer " + acmeKey, "list_tests"), 401, "HTTP Basic");
        assertError(greenhouse.get("Basic %%%", "list_tests"), 401, "Base64");
        assertError(greenhouse.get(basic(acmeKey.substring(0, acmeKey.length() - 1) + "x"), "list_tests"), 401,
                "not valid or was revoked");
        assertError(greenhouse.get(basic(revokedKey), "list_tests"), 401, "not valid or was revoked");
        assertError(greenhouse.get(basic("k".repeat(5000)), "list_tests"), 401, "not valid or was revoked");
        String application = application();
        assertError(greenhouse.post(basic(readOnlyKey), "send_test", sendTestBody(planId, "a@b.example",
                application, callback(application))), 403, "interviews:write");
        // The key as Greenhouse sends it, fewer than 171 characters.
        assertThat(acmeKey.length()).isLessThan(171);
    }

    @Test
    void badSendTestBodiesAreRefusedNamingTheFieldAndCreateNothing() {
        String good = sendTestBody(planId, "a@b.example", application(), callback("y"));
        Map<String, String> refusals = new java.util.LinkedHashMap<>();
        refusals.put("{\"partner_test_id\": ", "not valid JSON");
        refusals.put("[1, 2]", "JSON object");
        refusals.put("", "no body");
        refusals.put(good + " {}", "not valid JSON");
        refusals.put("{\"partner_test_id\": \"a\", \"partner_test_id\": \"b\"}", "Duplicate field");
        refusals.put(good.replace("\"partner_test_id\": \"" + planId + "\"", "\"partner_test_id\": 7"),
                "'partner_test_id' must be a string");
        refusals.put(good.replace("\"a@b.example\"", "42"), "'candidate.email' must be a string");
        refusals.put(good.replace("a@b.example", "not-an-address"), "not an email address");
        refusals.put(good.replace("\"first_name\": \"Harry\", ", ""), "'candidate.first_name' is required");
        refusals.put(good.replace(",\n \"url\": \"" + callback("y") + "\"", ""), "'url' is required");
        refusals.put(good.replace(callback("y"), "ftp://example.com/x"), "absolute http(s) URL");
        refusals.put(good.replace("\"Harry\"", "\"" + "H".repeat(96) + "\""), "longer than 95");
        refusals.put("{\"partner_test_id\": \"x\"}", "'candidate' is required");
        refusals.put("{\"a\": ".repeat(40) + "1" + "}".repeat(40), "nesting depth");
        int before = app.recruiter().http.get("/api/recruiter/interviews").body().split("\"id\"").length;

        refusals.forEach((body, message) -> assertError(greenhouse.post(basic(acmeKey), "send_test", body), 400,
                message));
        assertError(greenhouse.post(basic(acmeKey), "send_test", good.replace(planId, "no-such-test")), 404,
                "list_tests");
        assertError(greenhouse.post(basic(acmeKey), "send_test", good.replace(callback("y"),
                "https://metadata.internal.example/latest")), 400, GreenhouseSettings.CALLBACK_HOSTS);
        String huge = good.replace("\"Harry\",", "\"Harry\", \"notes\": \"" + "n".repeat(70_000) + "\",");
        assertError(greenhouse.post(basic(acmeKey), "send_test", huge), 413, "larger than");

        assertThat(app.recruiter().http.get("/api/recruiter/interviews").body().split("\"id\"")).hasSize(before);
        // A property Greenhouse adds later is ignored, as its spec reserves the right to add them.
        assertThat(greenhouse.post(basic(acmeKey), "send_test", good.replace("\"url\"", "\"new_field\": {\"a\": 1}, "
                + "\"url\"")).statusCode()).isEqualTo(200);
    }

    private static void assertError(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = Candidate.read(response.body());
        assertThat(fieldNames(body)).containsExactly("status", "error");
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("error").asText()).contains(message).doesNotContain("Exception").doesNotContain("at dev.");
    }

    static List<String> fieldNames(JsonNode node) {
        var names = new java.util.ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String application() {
        return String.valueOf(APPLICATIONS.incrementAndGet());
    }

    private static String callback(String application) {
        return "https://app.greenhouse.io/integrations/testing_partners/take_home_tests/" + application;
    }
}
