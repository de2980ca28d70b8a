package dev.aiinterview.vosk;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;

/**
 * Measures Vosk's real-time factor (processing time / audio duration; below 1 is faster than real time) and the
 * resident memory each concurrent stream adds, on the model in VOSK_MODEL_PATH. A plain main class, so it runs in
 * its own JVM and the memory figures are the JVM's plus Vosk's native memory (VmRSS, Linux). See
 * docs/providers/vosk.md for the command.
 *
 * <p>Arguments: {@code [wav file] [streams, e.g. 1,2,4] [rounds per stream]}; defaults: the bundled 6.7 s sample,
 * {@code 1,2,4}, 3.
 */
public final class VoskBenchmark {

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        if (System.getenv("VOSK_MODEL_PATH") == null || System.getenv("VOSK_MODEL_PATH").isBlank()) {
            out.println("VoskBenchmark: set VOSK_MODEL_PATH to an unzipped Vosk model folder first");
            return;
        }
        AudioInput audio = args.length > 0 ? AudioInput.wav(Path.of(args[0]))
                : AudioInput.ofBytes(SpeechSamples.resource("speech-sample.wav"), "audio/wav");
        int[] streams = Arrays.stream((args.length > 1 ? args[1] : "1,2,4").split(",")).map(String::trim)
                .mapToInt(Integer::parseInt).toArray();
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        double audioSeconds = seconds(audio);

        long rssBefore = rssKb();
        long loadStarted = System.nanoTime();
        try (SpeechToTextProvider provider = new VoskSpeechToTextProviderFactory().create(ConfigSource.defaults())) {
            double loadMs = (System.nanoTime() - loadStarted) / 1e6;
            provider.transcribe(audio, TranscriptionOptions.defaults());  // warm-up
            long rssLoaded = rssKb();
            out.printf(Locale.ROOT, "model %s: loaded in %.0f ms, +%d MB resident; audio %.2f s; %d cores%n",
                    System.getenv("VOSK_MODEL_PATH"), loadMs, (rssLoaded - rssBefore) >> 10, audioSeconds,
                    Runtime.getRuntime().availableProcessors());
            out.println("streams  rounds  RTF/stream(mean)  RTF/stream(max)  throughput(x real time)  "
                    + "extra MB/stream(peak RSS)");
            for (int n : streams) {
                run(provider, audio, audioSeconds, n, rounds, rssKb(), out);
            }
        }
    }

    private static void run(SpeechToTextProvider provider, AudioInput audio, double audioSeconds, int streams,
                            int rounds, long rssBaseline, PrintStream out) throws Exception {
        AtomicLong peak = new AtomicLong(rssBaseline);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(rssKb(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
        ExecutorService pool = Executors.newFixedThreadPool(streams);
        List<Future<List<Double>>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (int s = 0; s < streams; s++) {
            futures.add(pool.submit(() -> {
                List<Double> rtfs = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    long t0 = System.nanoTime();
                    provider.transcribe(audio, TranscriptionOptions.defaults());
                    rtfs.add((System.nanoTime() - t0) / 1e9 / audioSeconds);
                }
                return rtfs;
            }));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> f : futures) {
            all.addAll(f.get());
        }
        double wall = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        sampler.interrupt();
        double mean = all.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double max = all.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        out.printf(Locale.ROOT, "%7d  %6d  %16.3f  %15.3f  %23.1f  %25.1f%n", streams, rounds, mean, max,
                streams * rounds * audioSeconds / wall, (peak.get() - rssBaseline) / 1024.0 / streams);
    }

    private static double seconds(AudioInput audio) throws Exception {
        try (InputStream in = new BufferedInputStream(audio.openStream())) {
            AudioFileFormat f = AudioSystem.getAudioFileFormat(in);
            return f.getFrameLength() / (double) f.getFormat().getFrameRate();
        }
    }

    /** Resident set size in KiB from /proc (Linux); elsewhere the JVM's used heap, which misses native memory. */
    static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 10;
    }

    private VoskBenchmark() {
    }
}
