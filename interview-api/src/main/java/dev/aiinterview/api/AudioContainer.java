package dev.aiinterview.api;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.util.Optional;

/**
 * Audio containers the SDK and its providers recognise, told apart by their first bytes. Declared MIME types are
 * not trusted: browsers label WebM audio as {@code video/webm}, uploads arrive as {@code application/octet-stream},
 * and a wrong label makes an engine misread the data. Every module sniffs through {@link #sniff(byte[])} so that
 * they all agree on what counts as WAV or WebM.
 */
public enum AudioContainer {
    /** RIFF/WAVE: {@code "RIFF"}, a 4-byte size, {@code "WAVE"}. */
    WAV("audio/wav"),
    /** WebM (and Matroska): the EBML magic number {@code 1A 45 DF A3}. */
    WEBM("audio/webm"),
    /** Ogg: {@code "OggS"}. */
    OGG("audio/ogg"),
    /** FLAC: {@code "fLaC"}. */
    FLAC("audio/flac");

    /** How many leading bytes {@link #sniff(byte[])} needs to tell every container apart. */
    public static final int SIGNATURE_LENGTH = 12;

    private static final byte[] EBML = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};

    private final String mimeType;

    AudioContainer(String mimeType) {
        this.mimeType = mimeType;
    }

    /** The canonical audio MIME type, such as {@code audio/wav}. */
    public String mimeType() {
        return mimeType;
    }

    /**
     * The container that the leading bytes of a file announce, or empty when they match no known signature (or
     * are too short to tell). Only the signature is checked: a file that starts right may still be malformed.
     *
     * @param head the first bytes of the file; {@link #SIGNATURE_LENGTH} are enough, more are ignored
     */
    public static Optional<AudioContainer> sniff(byte[] head) {
        if (head == null) {
            return Optional.empty();
        }
        if (matches(head, 0, "RIFF".getBytes(US_ASCII))
                && matches(head, 8, "WAVE".getBytes(US_ASCII))) {
            return Optional.of(WAV);
        }
        if (matches(head, 0, EBML)) {
            return Optional.of(WEBM);
        }
        if (matches(head, 0, "OggS".getBytes(US_ASCII))) {
            return Optional.of(OGG);
        }
        if (matches(head, 0, "fLaC".getBytes(US_ASCII))) {
            return Optional.of(FLAC);
        }
        return Optional.empty();
    }

    private static boolean matches(byte[] data, int offset, byte[] signature) {
        if (data.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (data[offset + i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
