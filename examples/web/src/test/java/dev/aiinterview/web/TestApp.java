package dev.aiinterview.web;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.vosk.VoskConfig;
import dev.aiinterview.web.invitation.Invitations;
import dev.aiinterview.web.speech.SpeechSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The web app started in this JVM on a free port, with its own data directory and no outside settings. */
public final class TestApp implements AutoCloseable {

    public static final String PASSWORD = "test-password-7f3a";

    public final WebApp app;
    public final Path dataDir;
    public final URI base;

    private TestApp(WebApp app, Path dataDir) {
        this.app = app;
        this.dataDir = dataDir;
        this.base = URI.create("http://localhost:" + app.port());
    }

    public static TestApp start(Map<String, String> settings) {
        try {
            Path dir = Files.createTempDirectory("interview-web-test");
            var config = new HashMap<String, String>();
            config.put(WebSettings.PORT, "0");
            config.put(WebSettings.DATA_DIR, dir.toString());
            config.put(WebSettings.ADMIN_PASSWORD, PASSWORD);
            config.put("interview.llm.provider", "offline");
            config.put("interview.stt.provider", "playback");
            // Should a test leave speech-to-text unset, the default model's download must never reach the
            // internet, nor load a real Vosk: it goes to a closed local port and stands Vosk in.
            config.put(VoskConfig.MODEL_URL, SpeechModelServer.unreachableUrl().toString());
            config.put(VoskConfig.MODEL_SHA256, "0".repeat(64));
            config.put(SpeechSettings.DEFAULT_PROVIDER, ModelFolderSpeechToTextFactory.ID);
            config.put("interview.playback.transcripts", String.join("|", java.util.Collections.nCopies(40,
                    "I designed the payment service in Java with Spring Boot and Kafka, and cut latency by 40 percent")));
            config.putAll(settings);
            // Only these settings: never the developer's environment (a GEMINI_API_KEY would change the engines).
            return new TestApp(WebApp.start(ConfigSource.of(config)), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the app with no speech-to-text configured, so that it takes its default path: the model is
     * downloaded from {@code modelUrl} into the data directory in the background, checked against
     * {@code sha256}, and {@link ModelFolderSpeechToTextFactory} stands in for Vosk, made from that folder.
     * {@link SpeechModelServer} serves such a model.
     */
    public static TestApp startOnDefaultSpeech(URI modelUrl, String sha256, Map<String, String> settings) {
        var config = new HashMap<String, String>();
        config.put("interview.stt.provider", "");  // blank is unset
        config.put(VoskConfig.MODEL_URL, modelUrl.toString());
        config.put(VoskConfig.MODEL_SHA256, sha256);
        config.putAll(settings);
        return start(config);
    }

    /** {@link #startOnDefaultSpeech(URI, String, Map)} with the model {@code server} serves. */
    public static TestApp startOnDefaultSpeech(SpeechModelServer server, Map<String, String> settings) {
        return startOnDefaultSpeech(server.url(), server.sha256(), settings);
    }

    /**
     * Waits until the recruiter's pages say voice answers are on (the default model downloaded and its provider
     * made), at most 20 s; from then on candidate pages offer spoken answers.
     */
    public void awaitVoiceAnswersOn() {
        Recruiter recruiter = recruiter();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        String page = recruiter.http.get("/recruiter/interviews").body();
        while (!page.contains("Voice answers on:")) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Voice answers did not turn on in time: " + Http.find(page,
                        "data-status-banner>(.*?)</div>").orElse(page));
            }
            Recruiter.sleep(100);
            page = recruiter.http.get("/recruiter/interviews").body();
        }
    }

    public Recruiter recruiter() {
        return Recruiter.signIn(base, PASSWORD);
    }

    @Override
    public void close() {
        app.close();
        Invitations.deleteTree(dataDir);
    }
}
