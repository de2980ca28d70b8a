package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.apikey.ApiKeys;
import dev.aiinterview.web.apikey.ApiScope;
import dev.aiinterview.web.storage.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code api-key create|list|revoke}, run as the operator runs it: the app's main class in a process of its own. */
class ApiKeyCommandTest {

    @TempDir
    Path temp;

    @Test
    void aKeyCreatedOnTheCommandLineIsPrintedOnceAuthenticatesIsStoredOnlyAsAHashAndCanBeRevoked() throws Exception {
        Path dataDir = temp.resolve("data");

        // when a key is created for an organization that does not exist yet
        Result created = run(dataDir, "create", "--org", "acme", "--scopes", "jobs:read,reports:read", "--name", "ATS");

        // then the key is the only line on standard output, and standard error says the organization was made
        assertThat(created.exit).as(created.stderr).isZero();
        assertThat(created.stdout.lines().toList()).singleElement().asString()
                .matches("aik_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
        assertThat(created.stderr).contains("Created the organization 'acme'");
        String key = created.stdout.strip();
        // After "aik_" and the 12-character prefix: the secret is base64url, so it may itself contain '_'.
        String secret = key.substring("aik_".length() + 12 + 1);
        assertThat(secret).hasSize(43);

        // and no file of the data directory holds the secret
        assertThat(filesContaining(dataDir, secret)).isEmpty();

        // and the list shows the key without its secret
        Result list = run(dataDir, "list", "--org", "acme");
        assertThat(list.exit).as(list.stderr).isZero();
        assertThat(list.stdout).contains(key.substring(0, 16)).contains("ATS").contains("acme")
                .contains("jobs:read,reports:read").doesNotContain(secret);
        String id = list.stdout.lines().skip(1).findFirst().orElseThrow().split("\t")[0];

        // and the key authenticates as acme's with its scopes
        String acme;
        try (Database db = open(dataDir)) {
            var principal = new ApiKeys(db, Clock.systemUTC()).authenticate("Bearer " + key).orElseThrow();
            assertThat(principal.scopes()).containsExactlyInAnyOrder(ApiScope.JOBS_READ, ApiScope.REPORTS_READ);
            acme = principal.orgId();
        }

        // when it is revoked, then it authenticates nothing, and the list says when it was revoked
        Result revoked = run(dataDir, "revoke", id);
        assertThat(revoked.exit).as(revoked.stderr).isZero();
        try (Database db = open(dataDir)) {
            assertThat(new ApiKeys(db, Clock.systemUTC()).authenticate(key)).isEmpty();
            assertThat(new ApiKeys(db, Clock.systemUTC()).list(acme).get(0).revoked()).isTrue();
        }
        assertThat(run(dataDir, "list").stdout.lines().skip(1).findFirst().orElseThrow()).doesNotEndWith("\t-");
    }

    @Test
    void badUsageExitsWith2AndSaysWhatIsValid() throws Exception {
        Path dataDir = temp.resolve("data");

        Result scope = run(dataDir, "create", "--org", "acme", "--scopes", "jobs:delete");
        Result noOrg = run(dataDir, "create");
        Result unknownKey = run(dataDir, "revoke", "no-such-id");

        assertThat(scope.exit).isEqualTo(2);
        assertThat(scope.stderr).contains("Unknown scope 'jobs:delete'").contains("jobs:read, jobs:write");
        assertThat(scope.stdout).isEmpty();
        assertThat(noOrg.exit).isEqualTo(2);
        assertThat(noOrg.stderr).contains("--org");
        assertThat(unknownKey.exit).isEqualTo(2);
        assertThat(unknownKey.stderr).contains("No API key with id no-such-id");
        assertThat(scope.stderr + noOrg.stderr + unknownKey.stderr).doesNotContain("\tat ");
    }

    @Test
    void whileTheServerRunsOnTheH2DatabaseTheCommandSaysInOneLineToStopItOrUseTheRecruiterPage() throws Exception {
        // given a server on the data directory (in this JVM: it holds the directory's lock)
        try (TestApp app = TestApp.start(Map.of())) {
            // when a key is created on the command line
            Result r = run(app.dataDir, "create", "--org", "acme");

            // then it stops at once with one line, and creates nothing
            assertThat(r.exit).as(r.stderr).isEqualTo(2);
            assertThat(r.stdout).isEmpty();
            assertThat(r.stderr.lines().filter(l -> !l.isBlank()).toList()).singleElement().asString()
                    .contains("stop the server").contains("/recruiter/api-keys");
        }
    }

    private static Database open(Path dataDir) {
        return Database.open(WebSettings.from(dev.aiinterview.api.config.ConfigSource.of(
                Map.of(WebSettings.DATA_DIR, dataDir.toString()))).database());
    }

    private static List<Path> filesContaining(Path dir, String text) throws IOException {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        var found = new ArrayList<Path>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (indexOf(Files.readAllBytes(f), needle) >= 0) {
                    found.add(f);
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    record Result(int exit, String stdout, String stderr) {}

    /** Runs {@code api-key ...} with the app's main class on this test's class path, on a data directory. */
    private static Result run(Path dataDir, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                "-D" + WebSettings.DATA_DIR + "=" + dataDir, "dev.aiinterview.web.WebMain", "api-key"));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("INTERVIEW_") || k.startsWith("GEMINI"));
        Path out = Files.createTempFile("api-key-out", ".txt");
        Path err = Files.createTempFile("api-key-err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("The command did not finish");
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
