package dev.aiinterview.testkit;

import dev.aiinterview.api.AudioContainer;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Accepts WAV and WebM only, recognised by their first bytes ({@link AudioContainer#sniff}), as real providers must. */
final class AudioSignatures {

    static void requireAudio(AudioInput audio) {
        byte[] head;
        try (InputStream in = audio.openStream()) {
            head = in.readNBytes(AudioContainer.SIGNATURE_LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AudioContainer container = AudioContainer.sniff(head).orElse(null);
        if (container != AudioContainer.WAV && container != AudioContainer.WEBM) {
            throw new InvalidInputException("Not WAV or WebM audio: " + audio);
        }
    }

    private AudioSignatures() {
    }
}
