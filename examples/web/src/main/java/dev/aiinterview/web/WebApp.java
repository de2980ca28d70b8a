package dev.aiinterview.web;

import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.Interviewer;
import dev.aiinterview.core.check.ProviderDoctor;
import dev.aiinterview.core.registry.ServiceLoaderProviders;
import dev.aiinterview.core.session.SessionSettings;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import dev.aiinterview.web.api.ApiRoutes;
import dev.aiinterview.web.apikey.ApiKeyRoutes;
import dev.aiinterview.web.apikey.ApiKeys;
import dev.aiinterview.web.candidate.CandidateRoutes;
import dev.aiinterview.web.candidate.Interviews;
import dev.aiinterview.web.http.ErrorHandling;
import dev.aiinterview.web.http.JteRenderer;
import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.partner.greenhouse.Greenhouse;
import dev.aiinterview.web.security.RecruiterPages;
import dev.aiinterview.web.invitation.ExpirySweep;
import dev.aiinterview.web.invitation.InvitationRepository;
import dev.aiinterview.web.invitation.Invitations;
import dev.aiinterview.web.invitation.Retention;
import dev.aiinterview.web.plan.JdFiles;
import dev.aiinterview.web.plan.FlagOverrides;
import dev.aiinterview.web.plan.PlanRepository;
import dev.aiinterview.web.plan.PlanRoutes;
import dev.aiinterview.web.plan.SendablePlans;
import dev.aiinterview.web.plan.Plans;
import dev.aiinterview.web.report.ReportRoutes;
import dev.aiinterview.web.security.AdminAccount;
import dev.aiinterview.web.security.AuthRoutes;
import dev.aiinterview.web.security.LoginSessions;
import dev.aiinterview.web.security.LoginThrottle;
import dev.aiinterview.web.security.PasswordHasher;
import dev.aiinterview.web.security.WebSecurity;
import dev.aiinterview.web.speech.SpeechSetup;
import dev.aiinterview.web.storage.Database;
import dev.aiinterview.web.storage.JdbcInterviewStore;
import dev.aiinterview.web.storage.MediaRepository;
import dev.aiinterview.web.webhook.WebhookRoutes;
import dev.aiinterview.web.webhook.WebhookSettings;
import dev.aiinterview.web.webhook.WebhookSetup;
import dev.aiinterview.web.webhook.Webhooks;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web app: wires the database, the SDK's {@link Interviewer} and the routes, and runs the HTTP server.
 * {@link #start(ConfigSource)} returns once the server listens; {@link #close()} stops everything.
 */
public final class WebApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    private final WebSettings settings;
    private final Database db;
    private final Interviewer interviewer;
    private final ExecutorService workers;
    private final AlternativesInterviewer alternatives;
    private final Retention retention;
    private final ExpirySweep expirySweep;
    private final Webhooks webhooks;
    private final Javalin server;
    private final CompletableFuture<ProviderDoctor.Report> providerCheck;
    /** What the app opened, so that a failed start and {@link #close()} close it the last first. */
    private final Resources resources = new Resources();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Every route registered, as "METHOD /path", in order: what the server answers, read from Javalin itself. */
    private final java.util.List<String> routes = new java.util.concurrent.CopyOnWriteArrayList<>();

    private WebApp(ConfigSource config) {
        this.settings = WebSettings.from(config);
        Clock clock = Clock.systemUTC();
        EngineSelection engines = EngineSelection.choose(config,
                ServiceLoaderProviders.load(LlmProviderFactory.class),
                ServiceLoaderProviders.load(SpeechToTextProviderFactory.class));
        // Nothing is written before these pass; the lock is taken before anything else is written in the folder.
        StartChecks.run(settings);
        DataDirLock lock = DataDirLock.take(settings.dataDir());
        try {
            resources.opened(lock);
            Files.createDirectories(settings.mediaDir());
            SpeechSetup speech = resources.opened(engines.speech(settings.dataDir()));
            this.db = resources.opened(StartChecks.openDatabase(settings));
            var webhookSetup = resources.opened(new WebhookSetup(db, clock, WebhookSettings.from(config)));
            var store = new JdbcInterviewStore(db, webhookSetup.events());
            this.workers = resources.opened(newWorkers(), ExecutorService::shutdownNow);
            this.interviewer = resources.opened(Interviewer.builder()
                    .executor(workers)
                    .config(engines.config())
                    .store(store)
                    .speechToTextProviders(speech.factories())
                    .listener(WebApp::log)
                    .build());
            this.alternatives = resources.opened(new AlternativesInterviewer(engines));
            // Closed before the interviewers: work in progress finishes while its providers are still open.
            resources.opened(workers, WebApp::drain);
            LOG.info("Engines: LLM '{}', speech-to-text {}", interviewer.llmProvider(), speech.describe());

            var hasher = new PasswordHasher();
            var account = new AdminAccount(db, hasher, settings.adminUser());
            account.initialise(settings.adminPassword(), settings.dataDir());
            var sessions = new LoginSessions(db, clock, Duration.ofHours(settings.sessionHours()));
            var security = new WebSecurity(sessions, settings.secureCookies());
            var planRepository = new PlanRepository(db, clock);
            int interrupted = planRepository.failInterrupted();
            if (interrupted > 0) {
                LOG.warn("{} plan(s) were being made when the server stopped; they are marked failed", interrupted);
            }
            var flagOverrides = new FlagOverrides(db, clock);
            var planners = resources.opened(new PlanningInterviewers(engines));
            var plans = new Plans(interviewer, alternatives, planners, planRepository, flagOverrides);
            var invitations = new InvitationRepository(db, webhookSetup.events());
            var media = new MediaRepository(db);
            var interviews = new Interviews(interviewer, invitations, media, clock, speech.voice()::on);
            var invited = new Invitations(interviewer, store, invitations, media, settings.mediaDir(), clock);
            this.retention = resources.opened(new Retention(invitations, invited, sessions, db,
                    settings.retentionDays(), clock), Retention::close);

            this.expirySweep = resources.opened(new ExpirySweep(invitations, clock));

            var auth = new AuthRoutes(account, sessions, new LoginThrottle(clock), security);
            var pages = new RecruiterPages(sessions, speech.voice()::banner, new Organizations(db, clock));
            var recruiter = new PlanRoutes(plans, invited, invitations, sessions, settings, pages);
            var reports = new ReportRoutes(invited, invitations, media, pages, settings,
                    SessionSettings.from(engines.config()).lowConfidence());
            var candidate = new CandidateRoutes(interviews, media, settings, clock);
            var keys = new ApiKeys(db, clock);
            var apiKeys = new ApiKeyRoutes(keys, pages);
            this.webhooks = webhookSetup.webhooks();
            var api = new ApiRoutes(db, keys, plans, invited, invitations, store, media, settings,
                    SessionSettings.from(engines.config()).lowConfidence(), webhooks,
                    config.getInt(ApiRoutes.REQUESTS_PER_MINUTE, ApiRoutes.DEFAULT_REQUESTS_PER_MINUTE),
                    config.getInt(ApiRoutes.IDEMPOTENCY_IN_FLIGHT_SECONDS,
                            ApiRoutes.DEFAULT_IDEMPOTENCY_IN_FLIGHT_SECONDS), clock);
            var webhookPages = new WebhookRoutes(webhooks, pages);
            var greenhouse = resources.opened(Greenhouse.create(config, settings, db, keys,
                    new SendablePlans(planRepository, flagOverrides), invited, invitations, api.rateLimits(), clock),
                    Greenhouse::close);
            this.server = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                // The watcher warns when a server is never started; this one starts at once, and the watcher
                // would outlive a start that failed by a few seconds as a non-daemon thread.
                cfg.startup.startupWatcherEnabled = false;
                cfg.http.maxRequestSize = 2L * 1024 * 1024; // forms and JSON; recordings are streamed, not buffered
                // Above JdFiles' own limit, so its clear 413 answers an oversized job description, not a bare 500.
                cfg.jetty.multipartConfig.maxFileSize(2L * JdFiles.MAX_BYTES, SizeUnit.BYTES);
                cfg.jetty.multipartConfig.maxTotalRequestSize(2L * JdFiles.MAX_BYTES + 1024 * 1024, SizeUnit.BYTES);
                cfg.staticFiles.add(files -> {
                    files.hostedPath = "/assets";
                    files.directory = "/public/assets";
                    files.location = Location.CLASSPATH;
                });
                cfg.fileRenderer(new JteRenderer());
                cfg.events.handlerAdded(h -> routes.add(h.getHttpMethod().name() + " " + h.getPath()));
                cfg.routes.before(security::before);
                ErrorHandling.install(cfg);
                auth.register(cfg);
                recruiter.register(cfg);
                reports.register(cfg);
                apiKeys.register(cfg);
                api.register(cfg);
                webhookPages.register(cfg);
                candidate.register(cfg);
                greenhouse.register(cfg);
                speech.register(cfg);
            });
            resources.opened(server, Javalin::stop);
            server.start(settings.host(), settings.port());
            retention.schedule();
            expirySweep.schedule(Duration.ofMinutes(1));
            webhookSetup.start();
            greenhouse.start();
            speech.start();
            this.providerCheck = ProviderCheckAtStart.run(interviewer, speech.voice());
        } catch (IOException e) {
            resources.closeAfter(e);
            lock.removeIfCreated();
            throw new UncheckedIOException("Cannot create " + settings.mediaDir(), e);
        } catch (RuntimeException | Error e) {
            resources.closeAfter(e);
            lock.removeIfCreated();
            throw e;
        }
        LOG.info("Interview web app ready on http://{}:{}/ (data in {})",
                settings.host().equals("0.0.0.0") ? "localhost" : settings.host(), server.port(), settings.dataDir());
    }

    /** Starts the app with these settings. */
    public static WebApp start(ConfigSource config) {
        return new WebApp(config);
    }

    /** The port the server listens on. */
    public int port() {
        return server.port();
    }

    /** The settings the app runs with. */
    public WebSettings settings() {
        return settings;
    }

    /** The routes the server registered (method and path pattern, e.g. {@code GET /api/v1/jobs/{id}}). */
    public java.util.List<String> routes() {
        return java.util.List.copyOf(routes);
    }

    Retention retention() {
        return retention;
    }

    /** The sweep that records expired links; tests run it at once instead of waiting a minute. */
    public ExpirySweep expirySweep() {
        return expirySweep;
    }

    /** The organizations' webhook endpoints and deliveries (what the REST API calls). */
    public Webhooks webhooks() {
        return webhooks;
    }

    /** The provider check run at start, as {@code interview doctor} runs it; its lines are in the log. */
    CompletableFuture<ProviderDoctor.Report> providerCheck() {
        return providerCheck;
    }

    /**
     * Checks the interviewer's own providers once the server is up, with one tiny real call each, on a thread of
     * its own, and logs a line per provider: a key that was revoked or a service that is down shows at start, not
     * at the first candidate. (A model that is not served has already stopped the start, when the interviewer
     * created its providers.)
     */
    /**
     * Stops taking requests, lets work in progress finish (see {@link #drain}), then closes the rest, the last
     * opened first. A part that fails to close does not keep the others open; closing twice does nothing.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        var failure = new IllegalStateException("The web app did not stop cleanly");
        resources.closeAfter(failure);
        if (failure.getSuppressed().length > 0) {
            LOG.warn("Stopping the web app", failure);
        }
    }

    /** Lets answers being evaluated and reports being written finish before the database closes. */
    private static void drain(ExecutorService workers) throws InterruptedException {
        workers.shutdown();
        if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.warn("Stopping with work still running; it resumes at the next start");
        }
    }

    /** Daemon threads: an answer being evaluated never keeps the JVM alive; it resumes at the next start. */
    private static ExecutorService newWorkers() {
        var counter = new AtomicInteger();
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "interview-worker-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private static void log(InterviewEvent event) {
        if (event instanceof InterviewEvent.ProviderFellBack f) {
            LOG.warn("Session {}: {} provider '{}' failed, '{}' took over: {}", f.sessionId(), f.kind(), f.from(),
                    f.to(), f.reason());
        } else if (event instanceof InterviewEvent.AnswerFailed f) {
            LOG.warn("Session {}: processing the answer to {} failed (kept): {}", f.sessionId(), f.questionId(),
                    f.error());
        }
    }
}
