package dev.aiinterview.web;

import dev.aiinterview.testkit.PlaybackSpeechToTextFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged app ({@code target/interview-web.jar}) run as a child process, with the testkit's jar beside it so
 * the scripted speech-to-text is available. Killed with SIGKILL, as a crash would.
 */
final class ServerProcess implements AutoCloseable {

    /** The system property with the server's maximum heap ({@code -Xmx}); blank for the JVM's default. */
    static final String HEAP = "server.heap";

    final Process process;
    final URI base;
    final Duration startup;
    final Path log;

    private ServerProcess(Process process, URI base, Duration startup, Path log) {
        this.process = process;
        this.base = base;
        this.startup = startup;
        this.log = log;
    }

    static ServerProcess start(Path dataDir, int port, Map<String, String> settings) throws IOException {
        Path jar = Path.of(System.getProperty("web.jar", "target/interview-web.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the app first: " + jar + " is missing (mvn package)");
        }
        String testkit;
        try {
            testkit = Path.of(PlaybackSpeechToTextFactory.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // Tests keep the heap small; a measurement runs the server as the README does, on the JVM's default heap
        // (-Dserver.heap= with no value).
        String heap = System.getProperty(HEAP, "512m");
        if (!heap.isBlank()) {
            command.add("-Xmx" + heap);
        }
        command.addAll(List.of("-cp", jar + java.io.File.pathSeparator + testkit));
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-D" + WebSettings.PORT + "=" + port);
        command.add("-D" + WebSettings.DATA_DIR + "=" + dataDir);
        command.add("dev.aiinterview.web.WebMain");
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + System.nanoTime() + ".log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("INTERVIEW_") || k.startsWith("GEMINI")
                || k.equals("VOSK_MODEL_PATH"));
        Instant started = Instant.now();
        Process process = builder.start();
        URI base = URI.create("http://localhost:" + port);
        var probe = new Http(base);
        Instant deadline = started.plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server exited: " + Files.readString(log));
            }
            try {
                if (probe.get("/login").statusCode() == 200) {
                    return new ServerProcess(process, base, Duration.between(started, Instant.now()), log);
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Recruiter.sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The server did not start in time: " + Files.readString(log));
    }

    /** SIGKILL: no shutdown hook, no flush, exactly like a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String log() throws IOException {
        return Files.readString(log);
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
