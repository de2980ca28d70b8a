package dev.aiinterview.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aiinterview.json.Json;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * How the double answers a transcription call. It cannot recognise speech, so it says what the test told it the
 * recording says ({@link #say}), timed the way Google's transcription model times words: spread over the
 * recording's length, read from the WAV header it was sent (1 s a word for other containers), with offsets as
 * protobuf durations ({@code "1.250s"}). A general model asked by instruction answers the JSON it was asked for.
 */
public final class TranscribeReplies {

    private volatile String text = "I led the migration of our payment service to Kubernetes.";

    /** The words every later recording "contains". */
    public void say(String text) {
        this.text = text;
    }

    /** The audio part of a request's user turn, if it has one. */
    static Optional<JsonNode> audioPart(JsonNode body) {
        for (JsonNode part : body.at("/contents/0/parts")) {
            for (String kind : new String[] {"inlineData", "fileData"}) {
                if (part.path(kind).path("mimeType").asText("").startsWith("audio/")) {
                    return Optional.of(part.get(kind));
                }
            }
        }
        return Optional.empty();
    }

    ObjectNode reply(JsonNode body, JsonNode audio, String model) {
        String spoken = text;
        if (!model.contains("transcribe")) {
            ObjectNode json = Json.mapper().createObjectNode().put("text", spoken).put("language", "en-US");
            return OfflineBrain.reply(json.toString(), model, 100);
        }
        JsonNode config = body.at("/generationConfig/audioTranscriptionConfig");
        boolean timed = config.path("wordTimestamp").asBoolean(false);
        String language = config.path("languageCodes").path(0).asText("en-US");
        String[] words = spoken.isBlank() ? new String[0] : spoken.strip().split("\\s+");
        double seconds = seconds(audio, words.length);
        ObjectNode annotation = Json.mapper().createObjectNode().put("speakerLabel", "spk_1").put("text", spoken)
                .put("languageCode", language.toLowerCase(Locale.ROOT));
        ArrayNode timedWords = annotation.putArray("words");
        double step = words.length == 0 ? 0 : seconds / words.length;
        for (int i = 0; i < words.length && timed; i++) {
            timedWords.addObject().put("word", words[i])
                    .put("startOffset", offset(i * step)).put("endOffset", offset((i + 0.8) * step));
        }
        ObjectNode reply = OfflineBrain.reply(spoken, model, 100);
        // As in Google's example: the part carries the annotation alone, no text.
        ObjectNode part = (ObjectNode) reply.at("/candidates/0/content/parts/0");
        part.remove("text");
        part.set("audioTranscription", annotation);
        ((ObjectNode) reply.get("usageMetadata")).put("thoughtsTokenCount", 0);
        return reply;
    }

    private static double seconds(JsonNode audio, int words) {
        if (audio.has("data") && audio.path("mimeType").asText().equals("audio/wav")) {
            byte[] wav = Base64.getDecoder().decode(audio.get("data").asText());
            try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
                return in.getFrameLength() / in.getFormat().getFrameRate();
            } catch (Exception e) {
                throw new IllegalArgumentException("The double was sent audio/wav that is not a WAV", e);
            }
        }
        return Math.max(1, words);
    }

    private static String offset(double seconds) {
        return String.format(Locale.ROOT, "%.3fs", seconds);
    }
}
