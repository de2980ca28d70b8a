package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright for Java, offline: no browser download (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD),
 * Debian's Node.js for the driver, fake camera and a WAV file as the microphone, and no name lookups beyond this
 * machine. Without the browser or the tools the test is skipped on a workstation and fails in CI.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path NODE = onPath("node");

    /** Fails in CI (CI=true) and skips elsewhere when something the browser test needs is missing. */
    static void require(Path... executables) {
        var missing = new ArrayList<String>();
        for (Path p : executables) {
            if (!Files.isExecutable(p)) {
                missing.add(p.toString());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "The browser test needs " + missing + ": apt-get install -y chromium espeak-ng sox nodejs";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message);
        }
        Assumptions.abort(message);
    }

    static Playwright playwright() throws IOException {
        String driverDir = System.getProperty("playwright.driver.tmpdir");
        if (driverDir != null) {
            Files.createDirectories(Path.of(driverDir));
        }
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                "PLAYWRIGHT_NODEJS_PATH", NODE.toString())));
    }

    static BrowserType.LaunchOptions launchOptions(Path microphoneWav) {
        return new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                        "--use-file-for-fake-audio-capture=" + microphoneWav,
                        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1"));
    }

    /** An executable found on the PATH, or where Debian puts it. */
    static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return Path.of("/usr/bin", name);
    }

    /** Speech made with espeak-ng and converted by sox to 16 kHz mono 16-bit, the fake microphone's input. */
    static Path speech(Path dir, String text) throws IOException, InterruptedException {
        Path raw = dir.resolve("speech-raw.wav");
        Path wav = dir.resolve("speech-16k.wav");
        run("espeak-ng", "-s", "150", "-w", raw.toString(), text);
        run("sox", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", wav.toString(), "pad", "0.3", "0.5");
        return wav;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }

    /** Screenshots of the whole page at laptop and phone widths. */
    static final class Screenshots {

        private final Path dir;
        private int count;

        Screenshots(Path dir) throws IOException {
            this.dir = Files.createDirectories(dir);
        }

        void take(Page page, String name) {
            String file = String.format("%02d-%s", ++count, name);
            page.setViewportSize(1366, 768);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(file + "-laptop.png")).setFullPage(true));
            page.setViewportSize(390, 844);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(file + "-phone.png")).setFullPage(true));
            page.setViewportSize(1366, 768);
        }
    }

    private Browser() {
    }
}
