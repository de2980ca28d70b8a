package dev.aiinterview.googlespeech;

import com.google.cloud.speech.v1.RecognizeResponse;
import com.google.cloud.speech.v1.SpeechRecognitionAlternative;
import com.google.cloud.speech.v1.SpeechRecognitionResult;
import com.google.cloud.speech.v1.WordInfo;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.TranscriptWord;
import dev.aiinterview.spi.TranscriptionOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Cloud Speech responses into one {@link Transcript}: the chunks' results in order, every word's times
 * shifted by its chunk's offset (Google reports them from the start of the audio it was sent), and confidence kept
 * only where the model's is real.
 */
final class GoogleSpeechResponses {

    static Transcript transcript(List<SpeechChunk> chunks, List<RecognizeResponse> responses,
                                 TranscriptionOptions options, boolean realConfidence) {
        var text = new StringBuilder();
        List<TranscriptWord> words = new ArrayList<>();
        List<Float> confidences = new ArrayList<>();
        String language = null;
        for (int i = 0; i < responses.size(); i++) {
            long offset = chunks.get(i).offsetMs();
            for (SpeechRecognitionResult result : responses.get(i).getResultsList()) {
                if (result.getAlternativesCount() == 0) {
                    continue;
                }
                SpeechRecognitionAlternative best = result.getAlternatives(0);
                String piece = best.getTranscript().strip();
                if (!piece.isEmpty()) {
                    text.append(text.length() == 0 ? "" : " ").append(piece);
                }
                if (best.getConfidence() > 0) {
                    confidences.add(best.getConfidence());
                }
                for (WordInfo w : best.getWordsList()) {
                    words.add(word(w, offset, options.wordTimings(), realConfidence));
                }
                if (language == null && !result.getLanguageCode().isBlank()) {
                    language = result.getLanguageCode();
                }
            }
        }
        Double confidence = null;
        if (realConfidence && !confidences.isEmpty()) {
            confidence = confidences.stream().mapToDouble(GoogleSpeechResponses::round).average().orElseThrow();
        } else if (realConfidence) {
            confidence = wordAverage(words);
        }
        // Google answers "en-us" for "en-US": keep the caller's spelling unless it detected something else.
        String reported = language == null || language.equalsIgnoreCase(options.language()) ? options.language()
                : language;
        return new Transcript(text.toString(), reported, words, confidence, GoogleSpeechToTextProviderFactory.ID);
    }

    private static TranscriptWord word(WordInfo w, long offset, boolean timings, boolean realConfidence) {
        // 0 is Google's "not set" for confidence; a word with no confidence is never flagged as unsure.
        Double confidence = realConfidence && w.getConfidence() > 0 ? round(w.getConfidence()) : null;
        Long start = timings && w.hasStartTime() ? offset + millis(w.getStartTime()) : null;
        Long end = timings && w.hasEndTime() ? offset + millis(w.getEndTime()) : null;
        return new TranscriptWord(w.getWord(), start, end, confidence);
    }

    private static long millis(com.google.protobuf.Duration d) {
        return d.getSeconds() * 1000 + d.getNanos() / 1_000_000;
    }

    /** Float to double without the binary noise (0.9f would read 0.8999999761581421). */
    private static double round(float f) {
        return Double.parseDouble(Float.toString(f));
    }

    private static Double wordAverage(List<TranscriptWord> words) {
        return words.stream().filter(w -> w.confidence() != null).mapToDouble(TranscriptWord::confidence)
                .average().stream().boxed().findFirst().orElse(null);
    }

    private GoogleSpeechResponses() {
    }
}
