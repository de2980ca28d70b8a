package dev.aiinterview.gemini;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Audio containers accepted for transcription, recognised by their first bytes rather than the declared MIME type:
 * browsers label WebM audio as video/webm, and a wrong label would make Gemini misread the data.
 */
enum AudioKind {
    WAV("audio/wav"),
    WEBM("audio/webm"),
    OGG("audio/ogg"),
    FLAC("audio/flac");

    /** The EBML magic number that starts every WebM file. */
    private static final byte[] EBML = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};

    private final String mimeType;

    AudioKind(String mimeType) {
        this.mimeType = mimeType;
    }

    String mimeType() {
        return mimeType;
    }

    /** The container of the audio, or an {@link InvalidInputException} naming the formats accepted. */
    static AudioKind of(AudioInput audio) {
        byte[] head;
        try (InputStream in = audio.openStream()) {
            head = in.readNBytes(12);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the audio " + audio + ": " + e.getMessage(), e);
        }
        if (startsWith(head, 0, "RIFF") && startsWith(head, 8, "WAVE")) {
            return WAV;
        }
        if (head.length >= 4 && Arrays.equals(Arrays.copyOf(head, 4), EBML)) {
            return WEBM;
        }
        if (startsWith(head, 0, "OggS")) {
            return OGG;
        }
        if (startsWith(head, 0, "fLaC")) {
            return FLAC;
        }
        throw new InvalidInputException("Gemini transcription accepts WAV, WebM, Ogg or FLAC audio, but " + audio
                + " starts with none of their signatures");
    }

    private static boolean startsWith(byte[] data, int offset, String ascii) {
        if (data.length < offset + ascii.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (data[offset + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
