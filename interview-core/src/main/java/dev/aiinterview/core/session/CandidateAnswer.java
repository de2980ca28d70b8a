package dev.aiinterview.core.session;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.MediaRef;
import java.util.Objects;
import org.apiguardian.api.API;

/** What the candidate sent for the current prompt: spoken audio, typed text, or nothing. */
@API(status = API.Status.STABLE, since = "0.1.0")
public sealed interface CandidateAnswer {

    /** A typed answer, evaluated with the same rubric as a spoken one. */
    static CandidateAnswer text(String text) {
        return new Text(text);
    }

    /**
     * A spoken answer.
     *
     * @param audio the audio to transcribe (WAV or WebM)
     * @param media where the host stored the recording for human review
     */
    static CandidateAnswer audio(AudioInput audio, MediaRef media) {
        return new Audio(audio, media);
    }

    /** The candidate skipped this prompt. */
    static CandidateAnswer skipped() {
        return new Skipped();
    }

    /** A typed answer. */
    record Text(String text) implements CandidateAnswer {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A spoken answer. */
    record Audio(AudioInput audio, MediaRef media) implements CandidateAnswer {
        public Audio {
            Objects.requireNonNull(audio, "audio");
        }
    }

    /** No answer. */
    record Skipped() implements CandidateAnswer {}
}
