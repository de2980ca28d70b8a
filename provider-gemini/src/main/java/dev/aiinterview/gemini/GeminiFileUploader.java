package dev.aiinterview.gemini;

import com.google.genai.Client;
import com.google.genai.types.File;
import com.google.genai.types.FileState;
import com.google.genai.types.UploadFileConfig;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.api.error.ProviderTimeoutException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends audio too large for an inline request through the Gemini Files API: a resumable upload, a wait until the
 * file is ACTIVE, and deletion once transcribed, so recordings do not stay with Google for the default 48 hours.
 */
final class GeminiFileUploader {

    private static final Logger LOG = LoggerFactory.getLogger(GeminiFileUploader.class);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final Client client;
    private final GeminiConfig config;
    private final GeminiExceptionMapper exceptions;
    /** Waits between polls of an upload's state; tests pass one that records instead of waiting. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;

        Pause REAL = d -> Thread.sleep(d.toMillis());
    }

    private final Pause sleeper;

    GeminiFileUploader(Client client, GeminiConfig config, GeminiExceptionMapper exceptions, Pause sleeper) {
        this.client = client;
        this.config = config;
        this.exceptions = exceptions;
        this.sleeper = sleeper;
    }

    /** Uploads the audio, streaming it from its file or bytes, and returns the file once it can be used. */
    File upload(AudioInput audio, AudioKind kind) {
        File file;
        try (InputStream in = audio.openStream()) {
            file = client.files.upload(in, audio.size(), UploadFileConfig.builder().mimeType(kind.mimeType()).build());
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the audio " + audio + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw exceptions.map(e, GeminiConfig.TRANSCRIPTION_TASK);
        }
        LOG.debug("Uploaded {} to the Gemini Files API as {}", audio, file.name().orElse("?"));
        return awaitActive(file);
    }

    /** Deletes an uploaded file; a failure is logged, not thrown, as the transcript is already in hand. */
    void deleteQuietly(File file) {
        file.name().ifPresent(name -> {
            try {
                client.files.delete(name, null);
            } catch (RuntimeException e) {
                LOG.warn("Could not delete {} from the Gemini Files API (it expires after 48 hours): {}", name,
                        e.toString());
            }
        });
    }

    // Audio is usually ACTIVE at once; larger media may be PROCESSING for a while. This polls a state, it retries
    // nothing: a failed poll is mapped and thrown, and the SDK's wrapper decides whether the transcription is retried.
    private File awaitActive(File file) {
        long deadline = System.nanoTime() + config.timeout().toNanos();
        File current = file;
        while (state(current) == FileState.Known.PROCESSING) {
            if (System.nanoTime() > deadline) {
                throw new ProviderTimeoutException(GeminiLlmProviderFactory.ID, "Gemini was still processing "
                        + current.name().orElse("the upload") + " after " + config.timeout() + "; raise "
                        + GeminiConfig.TIMEOUT, null);
            }
            sleep();
            try {
                current = client.files.get(current.name().orElseThrow(), null);
            } catch (RuntimeException e) {
                throw exceptions.map(e, GeminiConfig.TRANSCRIPTION_TASK);
            }
        }
        if (state(current) == FileState.Known.FAILED || current.uri().isEmpty()) {
            deleteQuietly(current);
            throw new ProviderException(GeminiLlmProviderFactory.ID, "Gemini could not process the uploaded audio "
                    + current.name().orElse("") + current.error().map(err -> ": " + err).orElse(""));
        }
        return current;
    }

    private static FileState.Known state(File file) {
        return file.state().map(FileState::knownEnum).orElse(FileState.Known.ACTIVE);
    }

    private void sleep() {
        try {
            sleeper.sleep(POLL_INTERVAL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(GeminiLlmProviderFactory.ID, "Interrupted while Gemini processed the audio");
        }
    }
}
