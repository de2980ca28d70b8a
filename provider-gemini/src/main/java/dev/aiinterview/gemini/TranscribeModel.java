package dev.aiinterview.gemini;

import com.google.genai.types.AudioTranscriptionConfig;
import com.google.genai.types.AudioTranscriptionConfigMode;
import com.google.genai.types.Candidate;
import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.Part;
import com.google.genai.types.Transcription;
import com.google.genai.types.WordInfo;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.TranscriptWord;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.spi.TranscriptionOptions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Google's speech-to-text models ({@code gemini-3.5-transcribe}): the audio alone in the user turn, the options in
 * {@code audioTranscriptionConfig}, and a reply whose parts carry {@code audioTranscription} annotations (one per
 * speaker turn: text, language and words with start and end offsets). These models take no system instruction,
 * schema or thinking settings.
 *
 * <p>The API refuses custom vocabulary together with word timestamps, so one is chosen: with word timings wanted
 * (the default) the request asks for timestamps in verbatim mode, which timestamps require; without them, the job's
 * terms go as custom vocabulary.
 */
final class TranscribeModel {

    private static final Pattern OFFSET = Pattern.compile("^(\\d+(?:\\.\\d+)?)s$");

    private TranscribeModel() {
    }

    /** Whether a model is one of Google's dedicated transcription models. */
    static boolean handles(String model) {
        return GeminiGeneration.of(model) == GeminiGeneration.TRANSCRIBE;
    }

    static GenerateContentConfig.Builder config(TranscriptionOptions options, List<String> vocabulary) {
        AudioTranscriptionConfig.Builder transcription = AudioTranscriptionConfig.builder()
                .languageCodes(List.of(options.language()));
        if (options.wordTimings()) {
            transcription.wordTimestamp(true).mode(AudioTranscriptionConfigMode.Known.VERBATIM);
        } else if (!vocabulary.isEmpty()) {
            // Verbatim is the default mode; the vocabulary is sent without one, the combination Google documents.
            // (Google takes up to 1,000 phrases; the hints are already bounded to fewer, see TranscriptionPrompt.)
            transcription.customVocabulary(vocabulary);
        }
        return GenerateContentConfig.builder().audioTranscriptionConfig(transcription.build()).candidateCount(1);
    }

    static List<Content> contents(Part audio) {
        return List.of(GeminiRequestMapper.userContent(audio));
    }

    /**
     * The transcript in a reply: the annotations' text and words, in order; the plain text parts when a reply
     * carries no annotation. A reply with neither is a {@link ProviderException}.
     */
    static Transcript read(GenerateContentResponse response, String model, TranscriptionOptions options) {
        Candidate candidate = GeminiResponseMapper.firstCandidate(response, model);
        List<Part> parts = candidate.content().flatMap(Content::parts).orElse(List.of());
        List<String> texts = new ArrayList<>();
        List<TranscriptWord> words = new ArrayList<>();
        String language = null;
        for (Part part : parts) {
            Optional<Transcription> annotation = part.audioTranscription();
            if (annotation.isEmpty()) {
                continue;
            }
            Transcription t = annotation.get();
            t.text().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(texts::add);
            if (language == null) {
                language = t.languageCode().filter(s -> !s.isBlank()).orElse(null);
            }
            for (WordInfo w : t.words().orElse(List.of())) {
                String word = w.word().map(String::strip).orElse("");
                if (!word.isEmpty()) {
                    words.add(new TranscriptWord(word, options.wordTimings() ? millis(w.startOffset()) : null,
                            options.wordTimings() ? millis(w.endOffset()) : null, null));
                }
            }
        }
        if (texts.isEmpty()) {
            String plain = GeminiResponseMapper.text(candidate).strip();
            if (!plain.isEmpty()) {
                texts.add(plain);
            } else if (!parts.isEmpty() && words.isEmpty() && !hasAnnotation(parts)) {
                throw new ProviderException(GeminiLlmProviderFactory.ID, "Gemini's transcription reply from model '"
                        + model + "' carries neither a transcription annotation nor text");
            }
        }
        String text = String.join(" ", texts);
        String reported = language == null || language.equalsIgnoreCase(options.language()) ? options.language()
                : language;
        return new Transcript(text, reported, words, null, GeminiSpeechToTextProviderFactory.ID);
    }

    private static boolean hasAnnotation(List<Part> parts) {
        return parts.stream().anyMatch(p -> p.audioTranscription().isPresent());
    }

    /** "1.250s" (protobuf Duration in JSON) to 1250. */
    static Long millis(Optional<String> offset) {
        if (offset.isEmpty()) {
            return null;
        }
        Matcher m = OFFSET.matcher(offset.get().strip());
        return m.matches() ? new BigDecimal(m.group(1)).movePointRight(3).longValue() : null;
    }
}
