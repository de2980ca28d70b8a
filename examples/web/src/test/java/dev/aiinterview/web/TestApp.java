package dev.aiinterview.web;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.web.invitation.Invitations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
            config.put("interview.playback.transcripts", String.join("|", java.util.Collections.nCopies(40,
                    "I designed the payment service in Java with Spring Boot and Kafka, and cut latency by 40 percent")));
            config.putAll(settings);
            // Only these settings: never the developer's environment (a GEMINI_API_KEY would change the engines).
            return new TestApp(WebApp.start(ConfigSource.of(config)), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
