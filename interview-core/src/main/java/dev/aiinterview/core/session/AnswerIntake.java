package dev.aiinterview.core.session;

import dev.aiinterview.api.Answer;
import dev.aiinterview.api.AnswerMode;
import dev.aiinterview.api.MediaRef;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.core.input.AudioFiles;
import java.time.Instant;

/** Turns what the candidate sent into the answer to store. Reads an audio file's header, so never under a lock. */
final class AnswerIntake {

    /**
     * The answer as stored.
     *
     * @throws InvalidInputException for an empty text or a file that is not audio
     */
    static Answer record(CandidateAnswer answer, Instant now) {
        if (answer instanceof CandidateAnswer.Text t) {
            if (t.text().isBlank()) {
                throw new InvalidInputException("The answer is empty: type an answer, or skip the question.");
            }
            return new Answer(AnswerMode.TEXT, null, Transcript.typed(t.text().strip()), now);
        }
        if (answer instanceof CandidateAnswer.Audio a) {
            var probe = AudioFiles.probe(a.audio());
            MediaRef media = a.media() != null ? a.media()
                    : a.audio().path().map(p -> new MediaRef(p.toUri().toString(), probe.mimeType(),
                            a.audio().size(), probe.durationMs())).orElse(null);
            return new Answer(AnswerMode.AUDIO, media, null, now);
        }
        return new Answer(AnswerMode.SKIPPED, null, null, now);
    }

    private AnswerIntake() {
    }
}
