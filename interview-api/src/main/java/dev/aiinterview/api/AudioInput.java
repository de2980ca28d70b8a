package dev.aiinterview.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Audio to transcribe: a file (preferred, so large recordings never sit whole in memory) or bytes.
 */
public final class AudioInput {

    private final Path path;
    private final byte[] bytes;
    private final String mimeType;

    private AudioInput(Path path, byte[] bytes, String mimeType) {
        this.path = path;
        this.bytes = bytes;
        this.mimeType = Objects.requireNonNull(mimeType, "mimeType");
    }

    /** Audio in a file, such as {@code audio/wav} or {@code audio/webm}. */
    public static AudioInput ofFile(Path path, String mimeType) {
        return new AudioInput(Objects.requireNonNull(path, "path"), null, mimeType);
    }

    /** Audio held in memory. */
    public static AudioInput ofBytes(byte[] bytes, String mimeType) {
        return new AudioInput(null, Objects.requireNonNull(bytes, "bytes").clone(), mimeType);
    }

    /** A WAV file, guessing nothing: the caller states it is WAV. */
    public static AudioInput wav(Path path) {
        return ofFile(path, "audio/wav");
    }

    public String mimeType() {
        return mimeType;
    }

    /** The file, when the audio is in one. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** Size in bytes. */
    public long size() {
        if (bytes != null) {
            return bytes.length;
        }
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + path, e);
        }
    }

    /** A fresh stream over the audio; the caller closes it. */
    public InputStream openStream() throws IOException {
        return bytes != null ? new ByteArrayInputStream(bytes) : Files.newInputStream(path);
    }

    /** The whole audio in memory. Prefer {@link #openStream()} for large recordings. */
    public byte[] readAllBytes() throws IOException {
        return bytes != null ? bytes.clone() : Files.readAllBytes(path);
    }

    @Override
    public String toString() {
        return "AudioInput[" + (path != null ? path : bytes.length + " bytes") + ", " + mimeType + "]";
    }
}
