package dev.aiinterview.gemini;

import com.google.genai.types.BlockedReason;
import com.google.genai.types.Candidate;
import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.GenerateContentResponseUsageMetadata;
import com.google.genai.types.Part;
import dev.aiinterview.api.TokenUsage;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.api.error.RefusalException;
import dev.aiinterview.spi.FinishReason;
import dev.aiinterview.spi.LlmResponse;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads a generateContent response: text, finish reason, token usage and model, or a typed failure. */
final class GeminiResponseMapper {

    private GeminiResponseMapper() {
    }

    /**
     * The reply of the first candidate. A blocked prompt is a {@link RefusalException}; a response with no candidate
     * is a {@link ProviderException}. Other refusals come back as a finish reason for the SDK's gateway to handle.
     */
    static LlmResponse toLlmResponse(GenerateContentResponse response, String requestedModel) {
        ModelNotices.check(response, requestedModel);
        checkNotBlocked(response);
        Candidate candidate = firstCandidate(response, requestedModel);
        if (candidate.finishReason().map(r -> r.knownEnum() == com.google.genai.types.FinishReason.Known
                .MALFORMED_RESPONSE).orElse(false)) {
            // A fault on Google's side, not a judgement about the input: worth another attempt.
            throw new ProviderUnavailableException(GeminiLlmProviderFactory.ID, "Gemini's reply from model '"
                    + requestedModel + "' was malformed (finishReason MALFORMED_RESPONSE)");
        }
        return new LlmResponse(text(candidate), finishReason(candidate), usage(response),
                response.modelVersion().orElse(requestedModel));
    }

    /** The reply's first candidate; none (and no block reason) is a {@link ProviderException}. */
    static Candidate firstCandidate(GenerateContentResponse response, String requestedModel) {
        return response.candidates().filter(c -> !c.isEmpty()).map(c -> c.get(0))
                .orElseThrow(() -> new ProviderException(GeminiLlmProviderFactory.ID, "Gemini returned no candidates "
                        + "and no block reason for model '" + requestedModel + "'; the reply is empty"));
    }

    /**
     * Concatenates the candidate's text parts, skipping thought summaries. {@code response.text()} is not used: it
     * throws for refusals, which must instead come back as a finish reason.
     */
    static String text(Candidate candidate) {
        return candidate.content().flatMap(Content::parts).orElse(List.of()).stream()
                .filter(p -> !p.thought().orElse(false))
                .map(Part::text)
                .flatMap(Optional::stream)
                .collect(Collectors.joining());
    }

    static FinishReason finishReason(Candidate candidate) {
        return candidate.finishReason().map(GeminiResponseMapper::finishReason).orElse(FinishReason.UNKNOWN);
    }

    static FinishReason finishReason(com.google.genai.types.FinishReason reason) {
        return switch (reason.knownEnum()) {
            case STOP -> FinishReason.STOP;
            case MAX_TOKENS -> FinishReason.MAX_TOKENS;
            case SAFETY, BLOCKLIST, PROHIBITED_CONTENT, SPII, IMAGE_SAFETY, IMAGE_PROHIBITED_CONTENT ->
                    FinishReason.SAFETY;
            case RECITATION, IMAGE_RECITATION -> FinishReason.RECITATION;
            // A reason newer than this SDK also reads as unspecified; it is no natural stop, so it counts as OTHER.
            case FINISH_REASON_UNSPECIFIED -> reason.toString().equalsIgnoreCase("FINISH_REASON_UNSPECIFIED")
                    ? FinishReason.UNKNOWN : FinishReason.OTHER;
            default -> FinishReason.OTHER;
        };
    }

    static TokenUsage usage(GenerateContentResponse response) {
        return response.usageMetadata().map(GeminiResponseMapper::usage).orElse(TokenUsage.NONE);
    }

    private static TokenUsage usage(GenerateContentResponseUsageMetadata u) {
        return new TokenUsage(u.promptTokenCount().orElse(0), u.candidatesTokenCount().orElse(0),
                u.thoughtsTokenCount().orElse(0), u.totalTokenCount().orElse(0));
    }

    /**
     * A block reason other than "unspecified" is a refusal, including reasons newer than this SDK (which it reads
     * as unspecified too, so the raw value decides).
     */
    private static void checkNotBlocked(GenerateContentResponse response) {
        response.promptFeedback().ifPresent(feedback -> {
            Optional<BlockedReason> reason = feedback.blockReason()
                    .filter(r -> !r.toString().equalsIgnoreCase("BLOCKED_REASON_UNSPECIFIED"));
            if (reason.isPresent()) {
                String code = reason.get().toString();
                throw new RefusalException(GeminiLlmProviderFactory.ID, code, "Gemini blocked the prompt (" + code + ")"
                        + feedback.blockReasonMessage().map(m -> ": " + m).orElse(""));
            }
        });
    }
}
