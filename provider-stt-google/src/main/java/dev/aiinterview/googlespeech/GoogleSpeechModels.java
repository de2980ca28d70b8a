package dev.aiinterview.googlespeech;

import java.util.Locale;
import java.util.Set;

/**
 * What Google says about the v1 recognition models that matters here: whether their word confidence is real.
 *
 * <p>The "latest" models ({@code latest_long}, {@code latest_short}) are Conformer models, and for those Google's
 * latest-models page says the API "returns a value, but it is not truly a confidence score". {@code telephony} and
 * {@code telephony_short} are the Conformer models Google's classic-to-Conformer migration page routes phone and
 * default traffic to, so the same holds for them. The classic models ({@code command_and_search}, {@code default},
 * {@code phone_call}, {@code video}) and the medical models ({@code medical_dictation},
 * {@code medical_conversation}, which list word-level confidence among their features) give real confidence, as
 * does leaving the model unset (Google's default).
 */
final class GoogleSpeechModels {

    /** Models whose word confidence Google does not stand behind. */
    static final Set<String> CONFIDENCE_NOT_REAL =
            Set.of("latest_long", "latest_short", "telephony", "telephony_short");

    /** Whether words recognised by {@code model} ({@code null}: Google's default) carry a real confidence. */
    static boolean hasRealConfidence(String model) {
        return model == null || !CONFIDENCE_NOT_REAL.contains(model.strip().toLowerCase(Locale.ROOT));
    }

    private GoogleSpeechModels() {
    }
}
