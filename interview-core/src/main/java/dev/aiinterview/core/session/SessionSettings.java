package dev.aiinterview.core.session;

import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import org.apiguardian.api.API;

/**
 * How sessions run.
 *
 * @param maxFollowUps       follow-ups per main question (default 1; 0 turns them off)
 * @param language           the interview's language for speech-to-text (default en-US)
 * @param lowConfidence      STT word confidence under which a human should check the word (default 0.6)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SessionSettings(int maxFollowUps, String language, double lowConfidence) {

    public SessionSettings {
        if (maxFollowUps < 0 || maxFollowUps > 5) {
            throw new ConfigurationException("Setting " + ConfigKeys.FOLLOW_UPS_MAX + " must be from 0 to 5, was "
                    + maxFollowUps);
        }
        if (lowConfidence < 0 || lowConfidence > 1) {
            throw new ConfigurationException("Setting " + ConfigKeys.LOW_CONFIDENCE + " must be from 0 to 1, was "
                    + lowConfidence);
        }
    }

    public static SessionSettings from(ConfigSource config) {
        return new SessionSettings(
                config.getInt(ConfigKeys.FOLLOW_UPS_MAX, 1),
                config.get(ConfigKeys.LANGUAGE, "en-US"),
                config.getDouble(ConfigKeys.LOW_CONFIDENCE, 0.6));
    }
}
