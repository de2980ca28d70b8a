package dev.aiinterview.core;

import dev.aiinterview.api.InterviewListener;
import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.core.llm.ContractRunner;
import dev.aiinterview.core.event.EventBus;
import dev.aiinterview.core.llm.LlmGateway;
import dev.aiinterview.core.llm.Retries;
import dev.aiinterview.core.llm.RetryPolicy;
import dev.aiinterview.core.llm.SpeechGateway;
import dev.aiinterview.core.plan.PlanSettings;
import dev.aiinterview.core.plan.Planner;
import dev.aiinterview.contract.QuestionScreen;
import dev.aiinterview.core.registry.ProviderKind;
import dev.aiinterview.core.registry.ProviderRegistry;
import dev.aiinterview.core.report.ReportBuilder;
import dev.aiinterview.core.session.InMemoryInterviewStore;
import dev.aiinterview.core.session.SessionContext;
import dev.aiinterview.core.session.SessionSettings;
import dev.aiinterview.spi.InterviewStore;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apiguardian.api.API;

/**
 * Builds an {@link Interviewer}. A provider instance given here wins; otherwise the provider configured under
 * {@link ConfigKeys#LLM_PROVIDER} / {@link ConfigKeys#STT_PROVIDER}; otherwise the single one on the classpath.
 * Speech-to-text is optional: without one, only typed answers can be evaluated.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InterviewerBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(InterviewerBuilder.class);

    private ConfigSource config = ConfigSource.defaults();
    private LlmProvider llm;
    private LlmProvider llmFallback;
    private SpeechToTextProvider stt;
    private InterviewStore store;
    private final List<InterviewListener> listeners = new ArrayList<>();
    private Executor executor;
    private Clock clock = Clock.systemUTC();
    private ScheduledExecutorService retryScheduler;
    private ProviderRegistry<LlmProviderFactory> llmRegistry;
    private ProviderRegistry<SpeechToTextProviderFactory> sttRegistry;

    InterviewerBuilder() {
    }

    /** Where settings come from; default {@link ConfigSource#defaults()} (system properties, then environment). */
    public InterviewerBuilder config(ConfigSource config) {
        this.config = Objects.requireNonNull(config, "config");
        return this;
    }

    /** The LLM provider to use, instead of the configured one. */
    public InterviewerBuilder llm(LlmProvider llm) {
        this.llm = llm;
        return this;
    }

    /** The LLM provider to switch to when the main one keeps failing, instead of {@link ConfigKeys#LLM_FALLBACK}. */
    public InterviewerBuilder llmFallback(LlmProvider llmFallback) {
        this.llmFallback = llmFallback;
        return this;
    }

    /** The speech-to-text provider to use, instead of the configured one. */
    public InterviewerBuilder speechToText(SpeechToTextProvider stt) {
        this.stt = stt;
        return this;
    }

    /** Where sessions are persisted; default in memory. */
    public InterviewerBuilder store(InterviewStore store) {
        this.store = store;
        return this;
    }

    /** Receives events; may be called several times. */
    public InterviewerBuilder listener(InterviewListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /**
     * Runs the sessions' and planning's steps, blocking providers and the store; default a fork-join pool of as
     * many daemon threads as processors (4 to 16) that the interviewer owns and closes, and that adds a thread while
     * one waits for a blocking provider or a blocking SDK call. A host may pass its own, such as a
     * virtual-thread-per-task executor on Java 21; a fixed-size pool deadlocks if listeners call blocking methods
     * on its threads.
     */
    public InterviewerBuilder executor(Executor executor) {
        this.executor = executor;
        return this;
    }

    public InterviewerBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /**
     * Times the waits between retries of provider calls (no thread sleeps while it waits); default one daemon thread
     * the interviewer owns. A host may share its own; tests pass one that records the delays and runs at once.
     */
    public InterviewerBuilder retryScheduler(ScheduledExecutorService retryScheduler) {
        this.retryScheduler = Objects.requireNonNull(retryScheduler, "retryScheduler");
        return this;
    }

    /** The LLM providers to choose from, instead of those on the classpath. */
    public InterviewerBuilder llmProviders(List<? extends LlmProviderFactory> factories) {
        this.llmRegistry = new ProviderRegistry<>(ProviderKind.LLM, factories);
        return this;
    }

    /** The speech-to-text providers to choose from, instead of those on the classpath. */
    public InterviewerBuilder speechToTextProviders(List<? extends SpeechToTextProviderFactory> factories) {
        this.sttRegistry = new ProviderRegistry<>(ProviderKind.SPEECH_TO_TEXT, factories);
        return this;
    }

    public Interviewer build() {
        var owned = new ArrayList<AutoCloseable>();
        try {
            return build(owned);
        } catch (RuntimeException e) {
            // A provider that fails to start must not leak the clients and threads of those made before it.
            for (AutoCloseable provider : owned) {
                try {
                    provider.close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    private Interviewer build(List<AutoCloseable> owned) {
        LlmProvider primary = llm;
        LlmProvider fallback = llmFallback;
        if (primary == null || (fallback == null && config.get(ConfigKeys.LLM_FALLBACK).isPresent())) {
            var registry = llmRegistry != null ? llmRegistry
                    : ProviderRegistry.fromClasspath(ProviderKind.LLM, LlmProviderFactory.class);
            if (primary == null) {
                primary = registry.create(registry.select(config), config);
                owned.add(primary);
            }
            if (fallback == null && config.get(ConfigKeys.LLM_FALLBACK).isPresent()) {
                fallback = registry.create(registry.require(config.require(ConfigKeys.LLM_FALLBACK)), config);
                owned.add(fallback);
            }
        }
        SpeechToTextProvider speech = stt;
        SpeechToTextProvider speechFallback = null;
        String sttMissing = null;
        var sttProviders = sttRegistry != null ? sttRegistry
                : ProviderRegistry.fromClasspath(ProviderKind.SPEECH_TO_TEXT, SpeechToTextProviderFactory.class);
        if (speech == null && config.get(ConfigKeys.STT_PROVIDER).isPresent()) {
            // Chosen explicitly: a provider that cannot start is an error now.
            speech = sttProviders.create(sttProviders.select(config), config);
            owned.add(speech);
        } else if (speech == null && !sttProviders.ids().isEmpty()) {
            // Only found on the classpath: typed interviews must not fail because, say, Gemini has no key or two
            // engines are present. The reason is kept and given when a spoken answer needs transcribing.
            try {
                speech = sttProviders.create(sttProviders.select(config), config);
                owned.add(speech);
            } catch (ConfigurationException e) {
                sttMissing = e.getMessage();
                LOG.info("No speech-to-text provider in use: {}", sttMissing);
            }
        }
        if (config.get(ConfigKeys.STT_FALLBACK).isPresent()) {
            speechFallback = sttProviders.create(sttProviders.require(config.require(ConfigKeys.STT_FALLBACK)), config);
            owned.add(speechFallback);
        }

        ExecutorService ownedExecutor = null;
        Executor exec = executor;
        if (exec == null) {
            ownedExecutor = ownedWorkers();
            exec = ownedExecutor;
        }
        var events = new EventBus(listeners);
        ScheduledExecutorService scheduler = retryScheduler != null ? retryScheduler : ownedScheduler();
        var llmRetries = new Retries(RetryPolicy.llm(config), scheduler, exec, clock);
        var sttRetries = new Retries(RetryPolicy.speechToText(config), scheduler, exec, clock);
        owned.add(llmRetries);
        owned.add(sttRetries);
        if (retryScheduler == null) {
            owned.add(scheduler::shutdownNow); // after the retries, which fail the calls whose waits it drops
        }
        var gateway = new LlmGateway(primary, fallback, llmRetries, events);
        var speechGateway = speech == null ? null : new SpeechGateway(speech, speechFallback, sttRetries, events);
        var runner = new ContractRunner(gateway);
        var planner = new Planner(runner, new QuestionScreen(), PlanSettings.from(config), events, clock,
                exec);
        var context = new SessionContext(runner, speech, speechFallback, new ReportBuilder(runner, clock),
                store != null ? store : new InMemoryInterviewStore(), events, clock, exec,
                SessionSettings.from(config), primary.id(), sttMissing, speechGateway);
        return new Interviewer(planner, context, clock, ownedExecutor, owned, primary, fallback);
    }

    /**
     * The default executor: a {@link ForkJoinPool} of {@link #defaultWorkers()} daemon threads that end after a
     * minute idle. Its threads run short steps (reading replies, saving, publishing) while asynchronous providers
     * answer by themselves, so 1,000 sessions waiting for a provider need no more than a few. A thread that waits
     * instead (a blocking provider's call, or a listener calling the blocking {@code submit} or {@code complete})
     * waits as a managed block, and the pool adds a thread for as long as it does: a fixed pool would deadlock there.
     */
    private static ExecutorService ownedWorkers() {
        var counter = new AtomicInteger();
        ForkJoinPool.ForkJoinWorkerThreadFactory threads = pool -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setName("interview-worker-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return new ForkJoinPool(defaultWorkers(), threads, null, true);
    }

    /** As many as there are processors, at least 4 and at most 16. */
    static int defaultWorkers() {
        return Math.min(16, Math.max(4, Runtime.getRuntime().availableProcessors()));
    }

    /** One timer thread for every retry wait of the interviewer; it only hands work on, so one is enough. */
    private static ScheduledExecutorService ownedScheduler() {
        var scheduler = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "interview-retry-timer");
            t.setDaemon(true);
            return t;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        return scheduler;
    }
}
