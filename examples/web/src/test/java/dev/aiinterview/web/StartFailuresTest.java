package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start that cannot succeed, run as the real command would be (a separate JVM): exit status 2, one line on
 * standard error that names the setting to change and its environment variable, no stack trace, and no file
 * written.
 */
class StartFailuresTest {

    @TempDir
    Path temp;

    @Test
    void aPortInUseIsOneLineThatNamesThePortSettingAndLeavesNoDataDirectory() throws Exception {
        // given
        Path dataDir = temp.resolve("data");
        try (var taken = new ServerSocket(0, 50, InetAddress.getByName("localhost"))) {
            // when
            Result r = start(dataDir, Map.of(WebSettings.PORT, String.valueOf(taken.getLocalPort())));

            // then
            r.assertOneLineExit2("Port " + taken.getLocalPort(), "interview.web.port (INTERVIEW_WEB_PORT)");
        }
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void aSecondServerOnTheSameDataDirectoryStopsAtOnceAndWritesNothing() throws Exception {
        // given a server running on the data directory
        try (TestApp first = TestApp.start(Map.of())) {
            Set<String> before = files(first.dataDir);

            // when
            Result r = start(first.dataDir, Map.of(WebSettings.PORT, String.valueOf(ServerProcess.freePort())));

            // then
            r.assertOneLineExit2("in use by another server", "interview.web.data-dir (INTERVIEW_WEB_DATA_DIR)");
            assertThat(files(first.dataDir)).isEqualTo(before);
            assertThat(first.recruiter().http.get("/recruiter/plans").statusCode())
                    .as("the first server still answers").isEqualTo(200);
        }
    }

    @Test
    void aDataDirectoryThatCannotBeMadeIsOneLineThatNamesTheSetting() throws Exception {
        // given a file where the data directory's parent should be
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");

        // when
        Result r = start(file.resolve("data"), Map.of(WebSettings.PORT, "0"));

        // then
        r.assertOneLineExit2("is a file, not a folder", "interview.web.data-dir (INTERVIEW_WEB_DATA_DIR)");
        assertThat(files(temp)).containsExactly("not-a-folder");
    }

    @Test
    void aDatabaseUrlNoDriverTakesIsOneLineThatNamesTheSettingAndLeavesNoDataDirectory() throws Exception {
        // given
        Path dataDir = temp.resolve("data");

        // when
        Result r = start(dataDir, Map.of(WebSettings.PORT, "0", WebSettings.JDBC_URL,
                "jdbc:nosuch://db/app?password=hunter2"));

        // then
        r.assertOneLineExit2("No database driver takes the URL", "interview.web.jdbc-url (INTERVIEW_WEB_JDBC_URL)");
        assertThat(r.stderr).doesNotContain("hunter2");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void aDatabaseThatCannotBeReachedIsOneLineAndTheNewDataDirectoryIsRemoved() throws Exception {
        // given nothing listens on the database's port
        Path dataDir = temp.resolve("data");
        int closedPort = ServerProcess.freePort();

        // when
        Result r = start(dataDir, Map.of(WebSettings.PORT, "0", WebSettings.JDBC_URL,
                "jdbc:postgresql://localhost:" + closedPort + "/app", WebSettings.JDBC_PASSWORD, "hunter2"));

        // then
        r.assertOneLineExit2("Cannot open the database", "interview.web.jdbc-url (INTERVIEW_WEB_JDBC_URL)");
        assertThat(r.stderr).doesNotContain("hunter2");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void aFailedStartInADataDirectoryThatExistedRemovesOnlyWhatItWroteThere() throws Exception {
        // given a data directory that already holds the operator's own file
        Path dataDir = Files.createDirectories(temp.resolve("existing"));
        Files.writeString(dataDir.resolve("notes.txt"), "kept");
        int closedPort = ServerProcess.freePort();

        // when the database cannot be reached
        Result r = start(dataDir, Map.of(WebSettings.PORT, "0", WebSettings.JDBC_URL,
                "jdbc:postgresql://localhost:" + closedPort + "/app"));

        // then the lock file and the media folder it made are gone, and the operator's file is kept
        r.assertOneLineExit2("Cannot open the database");
        try (var left = Files.list(dataDir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
        }
    }

    /** How the app's process ended. */
    record Result(int exit, String stderr, String stdout) {
        void assertOneLineExit2(String... parts) {
            List<String> lines = stderr.lines().filter(l -> !l.isBlank()).toList();
            assertThat(exit).as("exit status; stderr:%n%s", stderr).isEqualTo(2);
            assertThat(lines).as("standard error").hasSize(1);
            assertThat(lines.get(0)).contains("Cannot start:").contains(parts);
            assertThat(stderr + stdout).doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    /** Runs the app's main class on this test's class path, with only the given settings. */
    private static Result start(Path dataDir, Map<String, String> settings) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path")));
        // As the packaged app logs (the tests' own logging settings show warnings only).
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
        command.add("-D" + WebSettings.DATA_DIR + "=" + dataDir);
        command.add("-Dinterview.llm.provider=offline");
        command.add("-Dinterview.stt.provider=playback");
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("dev.aiinterview.web.WebMain");
        var builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("INTERVIEW_") || k.startsWith("GEMINI")
                || k.equals("VOSK_MODEL_PATH"));
        Process process = builder.start();
        // A start that fails stops within seconds; one that succeeded would run on.
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The app did not stop");
        }
        return new Result(process.exitValue(), new String(process.getErrorStream().readAllBytes()),
                new String(process.getInputStream().readAllBytes()));
    }

    private static Set<String> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).collect(Collectors.toSet());
        }
    }
}
