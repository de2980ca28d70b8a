package dev.aiinterview.web.report;

import dev.aiinterview.api.AnswerMode;
import dev.aiinterview.api.Evaluation;
import dev.aiinterview.api.Rating;
import dev.aiinterview.api.StarAssessment;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.Turn;
import dev.aiinterview.web.http.Format;
import dev.aiinterview.web.storage.MediaRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One answer as the recruiter sees it ({@code report/turn.jte}): the recordings, the transcript with words the
 * speech-to-text engine was unsure of marked, and the evaluation with its quoted evidence and STAR coverage.
 *
 * @param videoId         the reviewer's video, or {@code null}
 * @param videoLength     the video's length as "m:ss", measured on upload (the browser's WebM does not say), or
 *                        {@code null} when unknown
 * @param audioId         the audio sent to speech-to-text, or {@code null}
 * @param skipped         whether the candidate gave no answer
 * @param transcriptLabel "Typed answer" or the transcript's engine; {@code null} when not transcribed
 * @param notTranscribed  why there is no transcript yet
 * @param words           the transcript, word by word where the engine's confidence is known
 * @param unsureWords     how many words were recognised with low confidence
 * @param evaluation      the rating and its reasons, or {@code null}
 * @param notEvaluated    why there is no evaluation yet
 * @param followUpProbes  what a follow-up asked about, or ""
 */
public record TurnView(String videoId, String videoLength, String audioId, boolean skipped, String transcriptLabel,
                       String notTranscribed, List<Word> words, int unsureWords, EvaluationView evaluation,
                       String notEvaluated, String followUpProbes) {

    /** A transcript word; {@code unsureTitle} says how unsure the engine was, {@code null} when it was not. */
    public record Word(String text, String unsureTitle) {}

    /** A rating as its CSS class ({@code r-good}, {@code none}) and words. */
    public record RatingView(String cssClass, String label) {

        static RatingView of(Rating rating) {
            return rating == null ? new RatingView("none", "Not assessed")
                    : new RatingView("r-" + Format.css(rating), Format.words(rating));
        }
    }

    /** The evaluation of one answer. */
    public record EvaluationView(RatingView rating, String scores, String engine, String rationale,
                                 List<String> evidence, List<String> strengths, List<String> weaknesses,
                                 List<Chip> star) {}

    /** One STAR part: covered (with what covered it) or missing. */
    public record Chip(String name, boolean present, String covered) {}

    /** Builds the views of the turns of one session. */
    static final class Builder {

        private final double lowConfidence;
        private final List<MediaRepository.Media> media;

        Builder(double lowConfidence, List<MediaRepository.Media> media) {
            this.lowConfidence = lowConfidence;
            this.media = media;
        }

        /** @param index the turn's position in the session, which is how recordings are filed */
        TurnView of(int index, Turn t) {
            var videoFile = latest(index, MediaRepository.Kind.VIDEO);
            String video = videoFile.map(MediaRepository.Media::id).orElse(null);
            String length = videoFile.map(MediaRepository.Media::durationMs).map(Builder::length).orElse(null);
            String audio = latest(index, MediaRepository.Kind.AUDIO).map(MediaRepository.Media::id).orElse(null);
            if (t.answer() == null || t.answer().mode() == AnswerMode.SKIPPED) {
                return new TurnView(video, length, audio, true, null, "", List.of(), 0, null, "", "");
            }
            Transcript tr = t.answer().transcript();
            String label = null;
            List<Word> words = List.of();
            int unsure = 0;
            if (tr != null) {
                label = t.answer().mode() == AnswerMode.TEXT ? "Typed answer" : "Transcript · " + tr.engine();
                words = words(tr);
                unsure = tr.lowConfidenceWords(lowConfidence).size();
            }
            String why = t.error() == null ? " yet" : ": " + t.error();
            Evaluation e = t.evaluation();
            String probes = t.followUp() == null ? "" : t.followUp().probes();
            return new TurnView(video, length, audio, false, label, why, words, unsure, e == null ? null : evaluation(e), why,
                    probes);
        }

        /** Milliseconds as "m:ss", rounded to the nearest second. */
        static String length(long millis) {
            long seconds = Math.round(millis / 1000.0);
            return seconds / 60 + ":" + String.format(Locale.ROOT, "%02d", seconds % 60);
        }

        private Optional<MediaRepository.Media> latest(int index, MediaRepository.Kind kind) {
            return media.stream().filter(m -> m.turnIndex() == index && m.kind() == kind)
                    .max(Comparator.comparing(MediaRepository.Media::createdAt));
        }

        private List<Word> words(Transcript tr) {
            if (tr.words().isEmpty() || tr.lowConfidenceWords(lowConfidence).isEmpty()) {
                return List.of(new Word(tr.text(), null));
            }
            return tr.words().stream().map(w -> new Word(w.text(), w.isLowConfidence(lowConfidence)
                    ? "Low confidence (" + String.format(Locale.ROOT, "%.2f", w.confidence()) + "): check the recording"
                    : null)).toList();
        }

        private static EvaluationView evaluation(Evaluation e) {
            String scores = "Clarity " + e.scores().clarity() + "/5 · Relevance " + e.scores().relevance()
                    + "/5 · Skill " + e.scores().skill() + "/5";
            String engine = "by " + (e.engine() == null ? "?" : e.engine().provider())
                    + (e.engine() != null && e.engine().fallback() ? " (fallback: " + e.engine().fallbackReason() + ")"
                    : "");
            StarAssessment s = e.star();
            List<Chip> star = s == null ? List.of() : List.of(chip("Situation", s.situation()), chip("Task", s.task()),
                    chip("Action", s.action()), chip("Result", s.result()));
            return new EvaluationView(RatingView.of(e.rating()), scores, engine, e.rationale(), e.evidence(),
                    e.strengths(), e.weaknesses(), star);
        }

        private static Chip chip(String name, String covered) {
            boolean present = covered != null && !covered.isBlank();
            return new Chip(name, present, present ? covered : "");
        }
    }
}
