package dev.aiinterview.googlespeech;

import com.google.cloud.speech.v1.RecognitionAudio;
import com.google.cloud.speech.v1.RecognitionConfig;
import com.google.cloud.speech.v1.RecognizeRequest;
import com.google.cloud.speech.v1.SpeechContext;
import com.google.protobuf.ByteString;
import dev.aiinterview.spi.TranscriptionOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds Cloud Speech v1 requests from the audio, the options and the settings. */
final class GoogleSpeechRequests {

    // Cloud Speech v1's limits on speech adaptation: phrases per request, characters per phrase and per request.
    static final int MAX_PHRASES = 5_000;
    static final int MAX_PHRASE_CHARS = 100;
    static final int MAX_TOTAL_CHARS = 10_000;

    private final GoogleSpeechConfig config;

    GoogleSpeechRequests(GoogleSpeechConfig config) {
        this.config = config;
    }

    /** The request for one chunk: every chunk of an answer gets the same configuration but for its audio. */
    RecognizeRequest request(SpeechChunk chunk, TranscriptionOptions options) {
        return RecognizeRequest.newBuilder()
                .setConfig(config(chunk, options))
                .setAudio(RecognitionAudio.newBuilder().setContent(ByteString.copyFrom(chunk.content())))
                .build();
    }

    RecognitionConfig config(SpeechChunk audio, TranscriptionOptions options) {
        RecognitionConfig.Builder request = RecognitionConfig.newBuilder()
                .setEncoding(audio.encoding())
                .setSampleRateHertz(audio.sampleRate())
                .setLanguageCode(options.language())
                .setEnableWordTimeOffsets(options.wordTimings())
                // Low-confidence words are flagged for a human to check, where the model's confidence is real.
                .setEnableWordConfidence(config.wordConfidence())
                .setEnableAutomaticPunctuation(config.punctuation())
                .setMaxAlternatives(1);
        if (audio.encoding() == RecognitionConfig.AudioEncoding.LINEAR16) {
            request.setAudioChannelCount(1);
        }
        config.model().ifPresent(request::setModel);
        List<String> phrases = phrases(options.phraseHints());
        if (!phrases.isEmpty()) {
            SpeechContext.Builder context = SpeechContext.newBuilder().addAllPhrases(phrases);
            if (config.phraseBoost() > 0) {
                context.setBoost(config.phraseBoost());
            }
            request.addSpeechContexts(context);
        }
        return request.build();
    }

    /** The hints Google accepts: trimmed, without blanks or duplicates, within its length limits. */
    static List<String> phrases(List<String> hints) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String hint : hints) {
            if (hint == null) {
                continue;
            }
            String phrase = hint.strip().replaceAll("\\s+", " ");
            if (phrase.length() > MAX_PHRASE_CHARS) {
                phrase = phrase.substring(0, MAX_PHRASE_CHARS).strip();
            }
            if (!phrase.isEmpty()) {
                unique.putIfAbsent(phrase.toLowerCase(Locale.ROOT), phrase);
            }
        }
        List<String> phrases = new ArrayList<>();
        int chars = 0;
        for (String phrase : unique.values()) {
            if (phrases.size() == MAX_PHRASES || chars + phrase.length() > MAX_TOTAL_CHARS) {
                break;
            }
            phrases.add(phrase);
            chars += phrase.length();
        }
        return phrases;
    }
}
