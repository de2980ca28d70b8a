package dev.aiinterview.gemini;

import dev.aiinterview.api.AudioContainer;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.error.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Audio containers Gemini accepts for transcription, recognised by their first bytes ({@link AudioContainer#sniff})
 * rather than the declared MIME type: browsers label WebM audio as video/webm, and a wrong label would make Gemini
 * misread the data.
 */
enum AudioKind {
    WAV(AudioContainer.WAV),
    WEBM(AudioContainer.WEBM),
    OGG(AudioContainer.OGG),
    FLAC(AudioContainer.FLAC);

    private final AudioContainer container;

    AudioKind(AudioContainer container) {
        this.container = container;
    }

    String mimeType() {
        return container.mimeType();
    }

    /** The container of the audio, or an {@link InvalidInputException} naming the formats accepted. */
    static AudioKind of(AudioInput audio) {
        byte[] head;
        try (InputStream in = audio.openStream()) {
            head = in.readNBytes(AudioContainer.SIGNATURE_LENGTH);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the audio " + audio + ": " + e.getMessage(), e);
        }
        // An exhaustive switch: a container added to the SDK must be mapped here before Gemini is sent it.
        return AudioContainer.sniff(head).map(container -> switch (container) {
            case WAV -> WAV;
            case WEBM -> WEBM;
            case OGG -> OGG;
            case FLAC -> FLAC;
        }).orElseThrow(() -> new InvalidInputException("Gemini transcription accepts WAV, WebM, Ogg or FLAC audio, "
                + "but " + audio + " starts with none of their signatures"));
    }
}
