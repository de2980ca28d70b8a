package dev.aiinterview.core.plan;

import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import java.util.Locale;

/** When questions go to the LLM's {@code question-review} contract. See {@link ConfigKeys#QUESTION_REVIEW}. */
public enum ReviewMode {
    /** Every question is screened locally; those flagged, and those a person wrote or edited, go to the LLM. */
    SCREENED,
    /** Every question goes to the LLM (one more call per plan). */
    ALWAYS,
    /** No review. Only for hosts that review questions another way. */
    OFF;

    public static ReviewMode from(ConfigSource config) {
        String value = config.get(ConfigKeys.QUESTION_REVIEW, "screened");
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Setting " + ConfigKeys.QUESTION_REVIEW + " is '" + value
                    + "' but must be screened, always or off");
        }
    }
}
