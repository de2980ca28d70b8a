package dev.aiinterview.web.candidate;

import dev.aiinterview.web.http.WebException;
import dev.aiinterview.web.storage.MediaRepository;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.api.webm.WebmDemuxer;
import dev.aiinterview.core.input.AudioFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

/**
 * Receives a recording: streams it to disk under a size limit, checks the content (a WAV header {@code javax.sound}
 * parses with at least one sample, or a WebM the SDK's demuxer reads to its audio blocks) and the duration, then
 * stores file and row. Only then may the answer be processed.
 */
final class MediaUploads {

    /** Uploads of one kind kept for one answer, re-recordings and network retries included. */
    static final int MAX_UPLOADS_PER_ANSWER = 10;

    private static final byte[] EBML = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};
    /** What the candidate is told when a recording holds nothing usable; the page keeps its copy to retry. */
    static final String CUT_SHORT = "The recording is empty or cut short; record the answer again.";
    /** The smallest WAV header (RIFF, fmt and data chunk headers). */
    private static final int WAV_HEADER_BYTES = 44;
    /** Slack on the answer time limit: the recorder stops a little after the timer. */
    private static final long DURATION_GRACE_MS = 5_000;

    /**
     * Videos checked at once. The check reads a whole video into memory (the demuxer is strict about every byte), so
     * it is bounded by this count times the upload limit.
     */
    private static final int CONCURRENT_CHECKS = 2;

    private final java.util.concurrent.Semaphore checks = new java.util.concurrent.Semaphore(CONCURRENT_CHECKS, true);
    private final MediaRepository repo;
    private final Path mediaDir;
    private final long maxBytes;
    private final int maxAnswerSeconds;
    private final Clock clock;

    MediaUploads(MediaRepository repo, Path mediaDir, long maxBytes, int maxAnswerSeconds, Clock clock) {
        this.repo = repo;
        this.mediaDir = mediaDir;
        this.maxBytes = maxBytes;
        this.maxAnswerSeconds = maxAnswerSeconds;
        this.clock = clock;
    }

    /** Stores one upload for a turn of a session. {@code declaredLength} is the Content-Length, or -1. */
    MediaRepository.Media receive(String sessionId, int turnIndex, MediaRepository.Kind kind, long declaredLength,
                                  InputStream body) throws IOException {
        if (declaredLength > maxBytes) {
            throw tooLarge(declaredLength);
        }
        // Retries and re-recordings need a few; a leaked link must not be able to fill the disk.
        long earlier = repo.forSession(sessionId).stream()
                .filter(m -> m.turnIndex() == turnIndex && m.kind() == kind).count();
        if (earlier >= MAX_UPLOADS_PER_ANSWER) {
            throw new WebException(429, "This answer has already been uploaded " + earlier + " times. Reload the "
                    + "page to continue with the interview.");
        }
        Path dir = mediaDir.resolve(sessionId);
        Files.createDirectories(dir);
        String id = UUID.randomUUID().toString();
        Path temp = dir.resolve(id + ".part");
        try {
            long size = copyLimited(body, temp);
            if (size == 0) {
                throw WebException.badRequest("The recording is empty. Record the answer again.");
            }
            String mime;
            Long duration = null;
            if (kind == MediaRepository.Kind.VIDEO) {
                requireWebm(temp);
                mime = "video/webm";
                // Stored with the recording: the browser's WebM has no duration, so players would show 0:00.
                var length = WebmDuration.millis(temp);
                // A length longer than any answer may last comes from a crafted header: show none rather than it.
                duration = length.isPresent() && length.getAsLong() <= maxAnswerSeconds * 1000L + DURATION_GRACE_MS
                        ? length.getAsLong() : null;
            } else {
                AudioFiles.Probe probe = probeWav(temp);
                mime = "audio/wav";
                duration = probe.durationMs();
                if (duration == null || probe.format().getFrameSize() <= 0
                        || Files.size(temp) < WAV_HEADER_BYTES + probe.format().getFrameSize()) {
                    // A header without samples: the recorder stopped before any sound was captured.
                    throw WebException.badRequest(CUT_SHORT);
                }
                if (duration > maxAnswerSeconds * 1000L + DURATION_GRACE_MS) {
                    throw new WebException(413, "The recording is " + duration / 1000 + " seconds long; answers "
                            + "may last at most " + maxAnswerSeconds + " seconds.");
                }
            }
            Path target = dir.resolve(turnIndex + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + id
                    + (kind == MediaRepository.Kind.VIDEO ? ".webm" : ".wav"));
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            var media = new MediaRepository.Media(id, sessionId, turnIndex, kind, mime, target, size, duration,
                    clock.instant());
            try {
                repo.insert(media);
            } catch (RuntimeException e) {
                Files.deleteIfExists(target);  // no file without its row: retention could never find it
                throw e;
            }
            return media;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private long copyLimited(InputStream in, Path target) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var channel = java.nio.channels.FileChannel.open(target, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE);
             OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(total);
                }
                out.write(buffer, 0, n);
            }
            out.flush();
            channel.force(true);  // on disk before the candidate is told it arrived and drops its copy
        }
        return total;
    }

    /**
     * The SDK's WebM demuxer reads the whole recording (it is on disk, within the upload limit): the EBML header, the
     * Segment, the Tracks with the Opus audio the browser records, and at least one block of it. A file that stops
     * short of that, which a recorder that was cut off writes, is refused before it is acknowledged.
     */
    private void requireWebm(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        if (!Arrays.equals(head, EBML)) {
            throw new WebException(415, "The video is not a WebM recording. Record the answer in the page again "
                    + "(the browser records WebM).");
        }
        if (Files.size(file) > Integer.MAX_VALUE - 64) {
            throw new WebException(413, "The recording is too large to check. Record a shorter answer.");
        }
        boolean acquired = false;
        try {
            acquired = checks.tryAcquire(30, java.util.concurrent.TimeUnit.SECONDS);
            if (!acquired) {
                throw new WebException(503, "The server is busy checking other recordings. Your answer is kept in "
                        + "this page: send it again in a moment.");
            }
            WebmDemuxer.read(Files.readAllBytes(file), "upload",
                    Duration.ofMillis(maxAnswerSeconds * 1000L + DURATION_GRACE_MS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebException(503, "The server is stopping. Your answer is kept in this page: send it again "
                    + "in a moment.");
        } catch (WebmDemuxer.TooLong e) {
            throw new WebException(413, "The recording is longer than " + maxAnswerSeconds + " seconds, the most an "
                    + "answer may last.");
        } catch (InvalidInputException | IndexOutOfBoundsException | IllegalArgumentException | ArithmeticException e) {
            throw WebException.badRequest(CUT_SHORT);
        } finally {
            if (acquired) {
                checks.release();
            }
        }
    }

    private static AudioFiles.Probe probeWav(Path file) {
        try {
            AudioFiles.Probe probe = AudioFiles.probe(AudioInput.ofFile(file, "audio/wav"));
            if (!probe.mimeType().equals("audio/wav")) {
                throw new WebException(415, "The audio for speech-to-text must be WAV, but this is "
                        + probe.mimeType() + ".");
            }
            return probe;
        } catch (InvalidInputException e) {
            throw new WebException(415, "The audio is not a WAV recording (16-bit PCM). Record the answer in the "
                    + "page again.");
        }
    }

    private WebException tooLarge(long size) {
        return new WebException(413, "The recording is too large (" + size / (1024 * 1024) + " MB or more); the "
                + "limit is " + maxBytes / (1024 * 1024) + " MB. Record a shorter answer.");
    }
}
