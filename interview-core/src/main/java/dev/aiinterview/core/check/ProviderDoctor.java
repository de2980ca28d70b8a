package dev.aiinterview.core.check;

import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.contract.QuestionReview;
import dev.aiinterview.core.registry.ProviderKind;
import dev.aiinterview.core.registry.ProviderRegistry;
import dev.aiinterview.core.session.SessionSettings;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.LlmResponse;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import dev.aiinterview.spi.TranscriptionOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Checks every configured provider the way an interview would meet it, before one does: the settings and key (by
 * creating the provider, which also asks a model-backed service whether its models are served), then one tiny real
 * call each (the smallest prompt contract for an LLM, half a second of silence for speech-to-text), timed. Nothing
 * secret is reported: providers' messages never carry keys.
 *
 * <p>Speech-to-text that is not configured and cannot start is reported as {@link Status#SKIPPED}, as interviews
 * then take typed answers only; chosen explicitly, it is {@link Status#MISCONFIGURED}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ProviderDoctor {

    /** What a check found. */
    public enum Status {
        /** Configured, reachable, and the tiny call worked. */
        OK,
        /** Settings, key or model are wrong: the line says which key to change. */
        MISCONFIGURED,
        /** Configured, but the service failed (rejected key, outage, unusable reply). */
        FAILED,
        /** Optional and not set up. */
        SKIPPED
    }

    /**
     * One provider's result.
     *
     * @param role      {@code llm}, {@code llm fallback}, {@code speech-to-text} or {@code speech-to-text fallback}
     * @param provider  the provider id, or {@code -} when none could be chosen
     * @param model     the model it uses, or {@code -}
     * @param status    what was found
     * @param latencyMs how long the tiny call took, or {@code null} when none was made
     * @param detail    what went wrong and how to fix it, or a short note; one line
     */
    public record Check(String role, String provider, String model, Status status, Long latencyMs, String detail) {

        /** The check as one log line: {@code llm gemini (gemini-3.8-flash): OK in 412 ms; answered ...}. */
        public String summary() {
            return role + " " + provider + (model.equals("-") ? "" : " (" + model + ")") + ": " + status
                    + (latencyMs == null ? "" : " in " + latencyMs + " ms") + (detail.isEmpty() ? "" : "; " + detail);
        }
    }

    /** Every check, in order. */
    public record Report(List<Check> checks) {

        /** 0 when nothing failed, 2 when a setting is wrong, else 1 when a provider failed. */
        public int exitCode() {
            if (checks.stream().anyMatch(c -> c.status() == Status.MISCONFIGURED)) {
                return 2;
            }
            return checks.stream().anyMatch(c -> c.status() == Status.FAILED) ? 1 : 0;
        }
    }

    private static final Question PROBE = new Question("q1", QuestionType.BEHAVIORAL, "t1",
            "Tell me about a project you are proud of. What was your part in it?",
            "A concrete project, the candidate's own contribution and its result.");

    private final ConfigSource config;
    private final ProviderRegistry<LlmProviderFactory> llms;
    private final ProviderRegistry<SpeechToTextProviderFactory> speech;

    public ProviderDoctor(ConfigSource config, List<? extends LlmProviderFactory> llms,
                          List<? extends SpeechToTextProviderFactory> speechToText) {
        this.config = config;
        this.llms = new ProviderRegistry<>(ProviderKind.LLM, llms);
        this.speech = new ProviderRegistry<>(ProviderKind.SPEECH_TO_TEXT, speechToText);
    }

    /** Runs every check; never throws for a provider's failure. */
    public Report run() {
        List<Check> checks = new ArrayList<>();
        checks.add(llm("llm", () -> llms.select(config)));
        config.get(ConfigKeys.LLM_FALLBACK).ifPresent(id -> checks.add(llm("llm fallback", () -> llms.require(id))));
        boolean chosen = config.get(ConfigKeys.STT_PROVIDER).isPresent();
        if (chosen || !speech.ids().isEmpty()) {
            checks.add(speechToText("speech-to-text", () -> speech.select(config), !chosen));
        }
        config.get(ConfigKeys.STT_FALLBACK).ifPresent(id -> checks.add(speechToText("speech-to-text fallback",
                () -> speech.require(id), false)));
        return new Report(List.copyOf(checks));
    }

    private interface Choice<F> {
        F get();
    }

    private Check llm(String role, Choice<LlmProviderFactory> choice) {
        LlmProviderFactory factory;
        try {
            factory = choice.get();
        } catch (InterviewException e) {
            return failed(role, "-", "-", e);
        }
        LlmProvider provider;
        try {
            provider = llms.create(factory, config);
        } catch (InterviewException e) {
            return failed(role, factory.id(), "-", e);
        }
        try (provider) {
            return call(role, provider);
        }
    }

    private Check speechToText(String role, Choice<SpeechToTextProviderFactory> choice, boolean optional) {
        SpeechToTextProviderFactory factory;
        try {
            factory = choice.get();
        } catch (InterviewException e) {
            return optional ? skipped(role, "-", e) : failed(role, "-", "-", e);
        }
        SpeechToTextProvider provider;
        try {
            provider = speech.create(factory, config);
        } catch (ConfigurationException e) {
            return optional ? skipped(role, factory.id(), e) : failed(role, factory.id(), "-", e);
        } catch (InterviewException e) {
            return failed(role, factory.id(), "-", e);
        }
        String language;
        try {
            language = SessionSettings.from(config).language();
        } catch (ConfigurationException e) {
            provider.close();
            return failed(role, factory.id(), "-", e);
        }
        try (provider) {
            return call(role, provider, language);
        }
    }

    /**
     * Checks providers that exist already, such as an interviewer's own, with the same tiny call each; they are
     * not closed. {@code null} ones are left out. A provider that works offline ({@link Capability#OFFLINE}) has
     * no service to reach and was ready once created, so it is not called: its work is an interview's.
     */
    public static Report check(LlmProvider llm, LlmProvider llmFallback, SpeechToTextProvider speechToText,
                               SpeechToTextProvider speechToTextFallback, String language) {
        List<Check> checks = new ArrayList<>();
        checks.add(existing("llm", llm));
        if (llmFallback != null) {
            checks.add(existing("llm fallback", llmFallback));
        }
        if (speechToText != null) {
            checks.add(existing("speech-to-text", speechToText, language));
        }
        if (speechToTextFallback != null) {
            checks.add(existing("speech-to-text fallback", speechToTextFallback, language));
        }
        return new Report(List.copyOf(checks));
    }

    private static Check existing(String role, LlmProvider provider) {
        return local(provider.capabilities()) ? ready(role, provider.id(), provider.model()) : call(role, provider);
    }

    private static Check existing(String role, SpeechToTextProvider provider, String language) {
        return local(provider.capabilities()) ? ready(role, provider.id(), provider.model())
                : call(role, provider, language);
    }

    private static boolean local(Set<Capability> capabilities) {
        return capabilities.contains(Capability.OFFLINE);
    }

    private static Check ready(String role, String id, String model) {
        return new Check(role, id, model == null ? "-" : model, Status.OK, null, "works offline; ready since it "
                + "was created");
    }

    /** The smallest prompt contract, whose reply must read as the pipeline reads it. */
    private static Check call(String role, LlmProvider provider) {
        String model = Optional.ofNullable(provider.model()).orElse("-");
        var input = new QuestionReview.Input("Software Engineer", List.of(PROBE));
        long started = System.nanoTime();
        try {
            LlmResponse response = provider.generate(QuestionReview.CONTRACT.request(input));
            long millis = (System.nanoTime() - started) / 1_000_000;
            List<String> problems = QuestionReview.CONTRACT.read(input, response.text()).problems();
            if (!problems.isEmpty()) {
                return new Check(role, provider.id(), model, Status.FAILED, millis, "the reply does not fit the "
                        + QuestionReview.NAME + " contract: " + oneLine(String.join("; ", problems)));
            }
            return new Check(role, provider.id(), model, Status.OK, millis, "answered " + QuestionReview.NAME
                    + " (" + response.usage().totalTokens() + " tokens)");
        } catch (RuntimeException e) {
            return failed(role, provider.id(), model, e);
        }
    }

    /** Half a second of silence: any transcript, even an empty one, shows the service works. */
    private static Check call(String role, SpeechToTextProvider provider, String language) {
        String model = Optional.ofNullable(provider.model()).orElse("-");
        long started = System.nanoTime();
        try {
            provider.transcribe(Silence.wav(500), TranscriptionOptions.builder().language(language).build());
            return new Check(role, provider.id(), model, Status.OK, (System.nanoTime() - started) / 1_000_000,
                    "transcribed 0.5 s of silence");
        } catch (RuntimeException e) {
            return failed(role, provider.id(), model, e);
        }
    }

    private static Check skipped(String role, String provider, InterviewException e) {
        return new Check(role, provider, "-", Status.SKIPPED, null, "not set up, so answers can only be typed: "
                + oneLine(e.getMessage()));
    }

    /** A failure on one line; a provider's crash (not one of the SDK's exceptions) is named by its type. */
    private static Check failed(String role, String provider, String model, RuntimeException e) {
        Status status = e instanceof ConfigurationException ? Status.MISCONFIGURED : Status.FAILED;
        String message = e instanceof InterviewException ? e.getMessage() : "unexpected " + e;
        return new Check(role, provider, model, status, null, oneLine(message));
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
