package dev.aiinterview.testkit;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Recognises WAV (RIFF/WAVE) and WebM (EBML) by their first bytes, as real providers must. */
final class AudioSignatures {

    static void requireAudio(AudioInput audio) {
        byte[] head;
        try (InputStream in = audio.openStream()) {
            head = in.readNBytes(12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean wav = head.length == 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'A' && head[10] == 'V' && head[11] == 'E';
        boolean webm = head.length >= 4 && head[0] == 0x1A && head[1] == 0x45 && head[2] == (byte) 0xDF
                && head[3] == (byte) 0xA3;
        if (!wav && !webm) {
            throw new InvalidInputException("Not WAV or WebM audio: " + audio);
        }
    }

    private AudioSignatures() {
    }
}
