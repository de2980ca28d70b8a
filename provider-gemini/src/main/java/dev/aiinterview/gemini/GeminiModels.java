package dev.aiinterview.gemini;

import com.google.genai.Client;
import com.google.genai.errors.ApiException;
import com.google.genai.types.ListModelsConfig;
import com.google.genai.types.Model;
import dev.aiinterview.api.error.AuthenticationException;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.api.error.InterviewException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the API whether each configured model is served ({@code models.get}), once per endpoint, credential and model
 * for {@link #TTL}, so that a retired or mistyped model fails when the provider is created, with the served models
 * that would fit, rather than in the middle of an interview. (That a served model is deprecated is not in
 * {@code models.get}; replies say it, see {@link ModelNotices}.) When the service cannot be asked (an outage, a
 * timeout) the check is skipped with a warning and tried again next time.
 */
final class GeminiModels {

    /** How long an answer is trusted; models are retired with weeks of notice, so an hour is plenty. */
    static final Duration TTL = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(GeminiModels.class);
    private static final Map<String, Checked> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Listed> LISTS = new ConcurrentHashMap<>();
    private static final Pattern VERSION = Pattern.compile("^gemini-(\\d+)(?:\\.(\\d+))?");
    private static final int MAX_SUGGESTIONS = 4;
    private static final int MAX_LISTED = 1_000;
    /** Models that cannot serve a prompt contract: media generation, embeddings, speech, the Live API. */
    private static final List<String> NOT_FOR_CONTRACTS = List.of("embedding", "imagen", "image", "veo", "tts",
            "live", "native-audio", "aqa", "lyria", "robotics", "computer-use", "transcribe");

    /** What the service said of one model. */
    enum Status { SERVED, NOT_SERVED, UNCHECKED }

    /**
     * @param model  the model id
     * @param status what the service said
     * @param detail why the model could not be checked; empty otherwise
     */
    record ModelStatus(String model, Status status, String detail) {}

    private record Checked(ModelStatus status, long atMillis) {}

    private record Listed(List<String> names, long atMillis) {}

    private final Client client;
    private final GeminiConfig config;
    private final GeminiExceptionMapper exceptions;

    GeminiModels(Client client, GeminiConfig config) {
        this.client = client;
        this.config = config;
        this.exceptions = new GeminiExceptionMapper(config);
    }

    /**
     * Fails with one {@link ConfigurationException} line when a task's model is not served: it names the model,
     * the key that chose it and the served models that fit. A rejected key is an {@link AuthenticationException}.
     */
    void requireServed(List<String> tasks) {
        Map<String, GeminiTask> byModel = new LinkedHashMap<>();
        tasks.forEach(name -> byModel.putIfAbsent(config.modelFor(name), config.task(name)));
        for (GeminiTask task : byModel.values()) {
            ModelStatus status = status(task);
            switch (status.status()) {
                case NOT_SERVED -> throw new ConfigurationException("Gemini model '" + task.model() + "' ("
                        + task.modelKey() + ") is not served to this key (API version "
                        + config.apiVersion().orElse("default") + ")" + suggestions(task) + "; set "
                        + task.modelKey() + " to a served model");
                case UNCHECKED -> LOG.warn("Could not check that Gemini serves model '{}' ({}); going on: {}",
                        task.model(), task.modelKey(), status.detail());
                case SERVED -> LOG.debug("Gemini serves model '{}' ({})", task.model(), task.modelKey());
            }
        }
    }

    /** The service's answer for a task's model, from the cache while it is fresh. */
    ModelStatus status(GeminiTask task) {
        String key = fingerprint() + "|" + task.model();
        Checked cached = CACHE.get(key);
        long now = System.currentTimeMillis();
        if (cached != null && now - cached.atMillis() < TTL.toMillis()) {
            return cached.status();
        }
        ModelStatus status = ask(task);
        if (status.status() != Status.UNCHECKED) {
            CACHE.put(key, new Checked(status, now));
        }
        return status;
    }

    /** ", served models that fit: a, b, c", or nothing when the list cannot be had. */
    String suggestions(GeminiTask task) {
        List<String> fit = servedFor(task.name());
        return fit.isEmpty() ? "" : "; served models that fit: " + String.join(", ", fit);
    }

    /**
     * Served models that can do a task: Gemini models that generate content and are neither media, embedding,
     * speech-synthesis nor Live models; for transcription, the transcription models first. Stable before preview,
     * then newest version first.
     */
    List<String> servedFor(String task) {
        boolean transcription = GeminiConfig.TRANSCRIPTION_TASK.equals(task);
        return served().stream()
                .filter(n -> n.startsWith("gemini-"))
                .filter(n -> NOT_FOR_CONTRACTS.stream().filter(word -> !(transcription && word.equals("transcribe")))
                        .noneMatch(n::contains))
                .sorted(Comparator.comparing((String n) -> transcription && !n.contains("transcribe"))
                        .thenComparing(n -> n.contains("preview") || n.contains("exp"))
                        .thenComparing(GeminiModels::version, Comparator.reverseOrder())
                        .thenComparing(Comparator.naturalOrder()))
                .limit(MAX_SUGGESTIONS)
                .collect(Collectors.toList());
    }

    /** The models.list names that generate content, cached like the checks; empty when the list cannot be had. */
    private List<String> served() {
        String key = fingerprint();
        Listed cached = LISTS.get(key);
        long now = System.currentTimeMillis();
        if (cached != null && now - cached.atMillis() < TTL.toMillis()) {
            return cached.names();
        }
        List<String> names = new ArrayList<>();
        try {
            for (Model m : client.models.list(ListModelsConfig.builder().pageSize(MAX_LISTED).build())) {
                if (m.supportedActions().map(a -> a.contains("generateContent")).orElse(true)) {
                    m.name().map(GeminiModels::id).ifPresent(names::add);
                }
                if (names.size() >= MAX_LISTED) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.debug("Could not list Gemini models: {}", exceptions.map(e, "models.list").getMessage());
            return List.of();
        }
        LISTS.put(key, new Listed(List.copyOf(names), now));
        return names;
    }

    /** "gemini-3.10-flash" -> 3010, so that 3.10 sorts after 3.9; 0 for names without a version. */
    private static int version(String name) {
        Matcher m = VERSION.matcher(name);
        return m.find() ? Integer.parseInt(m.group(1)) * 1000 + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)))
                : 0;
    }

    private ModelStatus ask(GeminiTask task) {
        String model = task.model();
        try {
            client.models.get(model, null);
            return new ModelStatus(model, Status.SERVED, "");
        } catch (ApiException e) {
            if (e.code() == 404) {
                return new ModelStatus(model, Status.NOT_SERVED, "");
            }
            InterviewException mapped = exceptions.map(e, task.name());
            if (mapped instanceof AuthenticationException) {
                throw mapped;
            }
            return new ModelStatus(model, Status.UNCHECKED, mapped.getMessage());
        } catch (RuntimeException e) {
            return new ModelStatus(model, Status.UNCHECKED, exceptions.map(e, task.name()).getMessage());
        }
    }

    static String id(String name) {
        return name.startsWith("models/") ? name.substring("models/".length()) : name;
    }

    /** The endpoint and credential the answers hold for; the key itself is never kept, only its hash. */
    private String fingerprint() {
        String who = config.vertexMode() ? "vertex:" + config.vertexProject() + "/" + config.vertexLocation()
                : "key:" + sha256(config.apiKey());
        return config.baseUrl().orElse("google") + "|" + config.apiVersion().orElse("") + "|" + who;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Forgets every answer; for tests that serve different catalogues at one address. */
    static void forgetAll() {
        CACHE.clear();
        LISTS.clear();
    }
}
