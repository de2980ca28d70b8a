package dev.aiinterview.web.api;

import dev.aiinterview.spi.InterviewStore;
import dev.aiinterview.web.WebSettings;
import dev.aiinterview.web.apikey.ApiKeys;
import dev.aiinterview.web.invitation.InvitationRepository;
import dev.aiinterview.web.invitation.Invitations;
import dev.aiinterview.web.plan.OrgPlans;
import dev.aiinterview.web.plan.Plans;
import dev.aiinterview.web.storage.Database;
import dev.aiinterview.web.storage.MediaRepository;
import dev.aiinterview.web.storage.ServerSecrets;
import dev.aiinterview.web.http.ApiProblem;
import dev.aiinterview.web.webhook.Webhooks;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * The REST API v1 under {@code /api/v1}: API keys, problem details, strict JSON, idempotent POSTs, cursor pages and
 * per-key rate limits around the jobs, interviews, reports, recordings and webhook subscription routes. The routes are described in
 * {@code docs/api/openapi.json}, served at {@value #OPENAPI_PATH}.
 */
public final class ApiRoutes {

    /** The OpenAPI document's address; it needs no key. */
    public static final String OPENAPI_PATH = "/api/v1/openapi.json";
    /** The setting for requests per minute per API key. */
    public static final String REQUESTS_PER_MINUTE = "interview.web.api.requests-per-minute";
    /** Its default. */
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 600;
    /**
     * The setting for how long, in seconds, a POST may hold its {@code Idempotency-Key} (answering 409 to retries)
     * before a retry takes the key over: it frees a key whose request died with the process.
     */
    public static final String IDEMPOTENCY_IN_FLIGHT_SECONDS = "interview.web.api.idempotency-in-flight-seconds";
    /** Its default: far above any API request's time. */
    public static final int DEFAULT_IDEMPOTENCY_IN_FLIGHT_SECONDS = 300;

    private final RateLimits limits;
    private final ApiAuth auth;
    private final Idempotency idempotency;
    private final JobRoutes jobs;
    private final InterviewRoutes interviews;
    private final RecordingRoutes recordings;
    private final WebhookApiRoutes webhooks;
    private final byte[] openApi;

    /**
     * The API over the app's services; {@code requestsPerMinute} is each key's rate limit, {@code inFlightSeconds}
     * the {@value #IDEMPOTENCY_IN_FLIGHT_SECONDS} setting.
     */
    public ApiRoutes(Database db, ApiKeys keys, Plans plans, Invitations invited, InvitationRepository invitations,
                     InterviewStore store, MediaRepository media, WebSettings settings, double lowConfidence,
                     Webhooks webhooks, int requestsPerMinute, int inFlightSeconds, Clock clock) {
        if (requestsPerMinute < 1) {
            throw new dev.aiinterview.api.error.ConfigurationException("Setting " + REQUESTS_PER_MINUTE
                    + " must be at least 1, was " + requestsPerMinute);
        }
        if (inFlightSeconds < 60) {
            throw new dev.aiinterview.api.error.ConfigurationException("Setting " + IDEMPOTENCY_IN_FLIGHT_SECONDS
                    + " must be at least 60 (seconds), longer than any API request takes; was " + inFlightSeconds);
        }
        this.limits = new RateLimits(requestsPerMinute);
        this.auth = new ApiAuth(keys, limits);
        var secrets = new ServerSecrets(db, clock);
        this.idempotency = new Idempotency(db, new StoredAnswers(secrets), clock,
                java.time.Duration.ofSeconds(inFlightSeconds));
        var orgPlans = new OrgPlans(plans);
        this.jobs = new JobRoutes(orgPlans);
        this.interviews = new InterviewRoutes(orgPlans, invited, invitations, store, settings, lowConfidence, clock);
        this.recordings = new RecordingRoutes(interviews, media, new RecordingLinks(secrets, clock),
                settings.mediaDir(),
                settings.publicUrl());
        this.webhooks = new WebhookApiRoutes(webhooks);
        this.openApi = openApiDocument();
    }

    /** Each key's requests-per-minute buckets, for other routes a key calls (Greenhouse's) to share. */
    public RateLimits rateLimits() {
        return limits;
    }

    public void register(JavalinConfig config) {
        var router = new ApiRouter(config, idempotency);
        config.routes.before("/api/v1/*", ctx -> {
            auth.before(ctx);
            var allowed = router.allowed(ctx.path());
            if (!allowed.isEmpty() && !allowed.contains(ctx.method().name())) {
                ctx.header("Allow", String.join(", ", allowed));
                throw new ApiProblem(405, "method-not-allowed", ctx.path() + " does not accept " + ctx.method()
                        + "; it accepts " + String.join(", ", allowed) + " (see GET " + OPENAPI_PATH + ").");
            }
        });
        config.routes.get(OPENAPI_PATH, ctx -> ctx.contentType("application/json").result(openApi));
        jobs.register(router);
        interviews.register(router);
        recordings.register(router);
        webhooks.register(router);
    }

    /** The document the build copied from docs/api/openapi.json; its absence is a broken build. */
    private static byte[] openApiDocument() {
        try (InputStream in = ApiRoutes.class.getResourceAsStream("/api/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("api/openapi.json is missing from the classpath: the build copies it "
                        + "from docs/api/openapi.json; rebuild with Maven");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
