package dev.aiinterview.vosk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.TranscriptWord;
import dev.aiinterview.api.error.ProviderException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Vosk's JSON results. With {@code setWords(true)} an utterance is
 * {@code {"result":[{"conf":0.98,"end":1.11,"start":0.87,"word":"what"}, ...], "text":"what ..."}}, times in seconds
 * from the start of the stream; an utterance with no speech is {@code {"text":""}}. With alternatives switched on
 * the same fields sit in {@code alternatives[0]} (without per-word confidence).
 */
final class VoskResults {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One utterance: its text and words. */
    record Utterance(String text, List<TranscriptWord> words) {}

    static Utterance parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new ProviderException(VoskSpeechToTextProviderFactory.ID, "Vosk returned a result that is not JSON: "
                    + abbreviate(json), e);
        }
        if (root == null || !root.isObject()) {
            throw new ProviderException(VoskSpeechToTextProviderFactory.ID, "Vosk returned an unexpected result: "
                    + abbreviate(json));
        }
        JsonNode best = root.path("alternatives").isArray() && !root.path("alternatives").isEmpty()
                ? root.path("alternatives").get(0) : root;
        List<TranscriptWord> words = new ArrayList<>();
        for (JsonNode w : best.path("result")) {
            String text = w.path("word").asText("");
            if (text.isBlank()) {
                continue;
            }
            words.add(new TranscriptWord(text, millis(w.get("start")), millis(w.get("end")),
                    w.hasNonNull("conf") ? Math.max(0.0, Math.min(1.0, w.get("conf").asDouble())) : null));
        }
        String text = best.path("text").asText("").trim();
        if (text.isEmpty() && !words.isEmpty()) {
            text = String.join(" ", words.stream().map(TranscriptWord::text).toList());
        }
        return new Utterance(text, words);
    }

    /** The transcript of a stream from the JSON of each utterance, in order. */
    static Transcript transcript(List<String> results, String language, String engine) {
        var text = new StringBuilder();
        List<TranscriptWord> words = new ArrayList<>();
        for (String json : results) {
            Utterance u = parse(json);
            if (!u.text().isEmpty()) {
                text.append(text.length() == 0 ? "" : " ").append(u.text());
            }
            words.addAll(u.words());
        }
        Double confidence = words.stream().filter(w -> w.confidence() != null)
                .mapToDouble(TranscriptWord::confidence).average().stream().boxed().findFirst().orElse(null);
        return new Transcript(text.toString(), language, words, confidence, engine);
    }

    private static Long millis(JsonNode seconds) {
        return seconds == null || !seconds.isNumber() ? null : Math.round(seconds.asDouble() * 1000);
    }

    private static String abbreviate(String s) {
        return s == null ? "null" : s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    private VoskResults() {
    }
}
