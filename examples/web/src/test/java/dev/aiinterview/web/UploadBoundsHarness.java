package dev.aiinterview.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Measures what bad uploads cost the packaged server: starts {@code target/interview-web.jar} as its own process,
 * sends each input (the two document bombs, an oversized form field, a NUL in a file name, a 12 MB file, a cut-off
 * WebM, a WAV header without samples) and reports the status, the time, the growth of the server's resident memory
 * (sampled with {@code ps -o rss=} every 50 ms) and whether another request kept answering meanwhile. Timing and
 * memory are machine-dependent, so they are measured here rather than asserted in unit tests. Run it as
 * {@code examples/web/README.md} says; it exits 1 when an input misses the targets (a 4xx, under 5 s, under
 * 256 MB of growth, other requests answered, no stack trace in the server's log).
 */
public final class UploadBoundsHarness {

    private static final Duration MAX_TIME = Duration.ofSeconds(5);
    private static final long MAX_GROWTH_KB = 256 * 1024;

    record Row(String input, int status, long millis, long growthKb, int probes, int probeFailures,
               long slowestProbeMs) {
        boolean ok() {
            return status >= 400 && status < 500 && millis < MAX_TIME.toMillis() && growthKb < MAX_GROWTH_KB
                    && probeFailures == 0;
        }
    }

    public static void main(String[] args) throws Exception {
        // The server as the README starts it: no heap limit but the JVM's own (a quarter of the machine's memory).
        System.setProperty(ServerProcess.HEAP, System.getProperty(ServerProcess.HEAP, ""));
        Path dataDir = Files.createTempDirectory("bounds-harness");
        try (ServerProcess server = ServerProcess.start(dataDir.resolve("data"), ServerProcess.freePort(), Map.of(
                WebSettings.ADMIN_PASSWORD, TestApp.PASSWORD, "interview.llm.provider", "offline",
                "interview.stt.provider", "playback", "interview.playback.transcripts", "An answer"))) {
            long pid = server.process.pid();
            Recruiter recruiter = Recruiter.signIn(server.base, TestApp.PASSWORD);
            Candidate candidate = new Candidate(server.base, recruiter.invite(
                    recruiter.plan(TestMedia.jobDescription()), "Harness"));
            candidate.consentAndStart();
            var rows = new ArrayList<Row>();
            byte[] docx = DocumentBombs.docx(DocumentBombs.CHARS);
            byte[] pdf = DocumentBombs.pdf(DocumentBombs.CHARS, 20);
            System.out.printf("Bombs: docx %,d bytes, pdf %,d bytes, each over %,d characters%n", docx.length,
                    pdf.length, DocumentBombs.CHARS);
            rows.add(measure(server, pid, "DOCX bomb (" + docx.length / 1024 + " KB)",
                    () -> jd(recruiter, new Multipart().file("file", "bomb.docx", "application/octet-stream", docx))));
            rows.add(measure(server, pid, "PDF bomb (" + pdf.length / 1024 + " KB)",
                    () -> jd(recruiter, new Multipart().file("file", "bomb.pdf", "application/pdf", pdf))));
            // The same characters on one page: one stream past the per-stream limit, refused before it is decoded.
            byte[] onePage = DocumentBombs.pdf(DocumentBombs.CHARS, 1, DocumentBombs.PdfFilter.FLATE_ABBREVIATED);
            rows.add(measure(server, pid, "PDF bomb, 1 page /Fl (" + onePage.length / 1024 + " KB)",
                    () -> jd(recruiter, new Multipart().file("file", "bomb.pdf", "application/pdf", onePage))));
            rows.add(measure(server, pid, "3 MB multipart JD field",
                    () -> jd(recruiter, new Multipart().field("text", "Backend engineer. ".repeat(175_000)))));
            rows.add(measure(server, pid, "NUL byte in the file name",
                    () -> jd(recruiter, new Multipart().file("file", "jd\u0000.txt", "text/plain",
                            TestMedia.jobDescription().getBytes(StandardCharsets.UTF_8)))));
            rows.add(measure(server, pid, "12 MB JD file",
                    () -> jd(recruiter, new Multipart().file("file", "big.pdf", "application/pdf",
                            new byte[12 * 1024 * 1024]))));
            rows.add(measure(server, pid, "truncated WebM (11 bytes)",
                    () -> candidate.upload(0, "video", java.util.Arrays.copyOf(TestMedia.webm(), 11), "video/webm")));
            rows.add(measure(server, pid, "WAV header, no samples",
                    () -> candidate.upload(0, "audio", TestMedia.wav(0), "audio/wav")));

            System.out.printf("%-30s %6s %8s %12s %18s%n", "input", "status", "time ms", "RSS growth", "other requests");
            boolean allOk = true;
            for (Row r : rows) {
                System.out.printf("%-30s %6d %8d %9d MB %7d ok, %d failed, slowest %d ms%s%n", r.input(), r.status(),
                        r.millis(), r.growthKb() / 1024, r.probes() - r.probeFailures(), r.probeFailures(),
                        r.slowestProbeMs(), r.ok() ? "" : "   <-- MISSES THE TARGET");
                allOk &= r.ok();
            }
            boolean stackTrace = server.log().contains("\tat ");
            System.out.println("Stack trace in the server log: " + (stackTrace ? "YES" : "no"));
            System.out.printf("Server RSS at the end: %d MB%n", rss(pid) / 1024);
            if (!allOk || stackTrace) {
                System.exit(1);
            }
        } finally {
            dev.aiinterview.web.invitation.Invitations.deleteTree(dataDir);
        }
    }

    private static HttpResponse<String> jd(Recruiter recruiter, Multipart form) {
        form.field("_csrf", recruiter.csrf);
        return recruiter.http.send(form.post(recruiter.http.request("/recruiter/plans")));
    }

    /** Sends one input while sampling the server's RSS and probing it with another request. */
    private static Row measure(ServerProcess server, long pid, String name, Supplier<HttpResponse<String>> send)
            throws Exception {
        Thread.sleep(500);  // the previous input's work settles
        long before = rss(pid);
        var peak = new AtomicLong(before);
        var done = new AtomicBoolean();
        var probes = new AtomicInteger();
        var failures = new AtomicInteger();
        var slowest = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                peak.accumulateAndGet(rss(pid), Math::max);
                pause(50);
            }
        });
        var probe = new Http(server.base);
        Thread prober = new Thread(() -> {
            while (!done.get()) {
                long start = System.nanoTime();
                try {
                    if (probe.get("/login").statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                }
                probes.incrementAndGet();
                slowest.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                pause(200);
            }
        });
        sampler.start();
        prober.start();
        long start = System.nanoTime();
        HttpResponse<String> response = send.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        pause(300);  // memory still being released or allocated right after the answer
        done.set(true);
        sampler.join();
        prober.join();
        return new Row(name, response.statusCode(), millis, Math.max(0, peak.get() - before), probes.get(),
                failures.get(), slowest.get());
    }

    /** The process's resident set size in KB, as {@code ps} reports it. */
    static long rss(long pid) {
        try {
            Process ps = new ProcessBuilder("ps", "-o", "rss=", "-p", String.valueOf(pid)).start();
            String out = new String(ps.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            ps.waitFor();
            return out.isEmpty() ? 0 : Long.parseLong(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private UploadBoundsHarness() {
    }
}
