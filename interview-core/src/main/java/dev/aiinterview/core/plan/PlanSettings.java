package dev.aiinterview.core.plan;

import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;

/**
 * How plans are made.
 *
 * @param minTopics         fewest topics (default 5)
 * @param maxTopics         most topics (default 7)
 * @param questionsPerTopic questions per topic (default 1)
 * @param reviewMode        when questions go to the LLM review
 */
public record PlanSettings(int minTopics, int maxTopics, int questionsPerTopic, ReviewMode reviewMode) {

    public PlanSettings {
        if (minTopics < 1 || maxTopics < minTopics) {
            throw new ConfigurationException("Topic bounds must satisfy 1 <= min <= max, got " + minTopics + ".." + maxTopics);
        }
        if (questionsPerTopic < 1 || questionsPerTopic > 3) {
            throw new ConfigurationException("Setting " + ConfigKeys.QUESTIONS_PER_TOPIC + " must be 1, 2 or 3, was "
                    + questionsPerTopic);
        }
    }

    public static PlanSettings from(ConfigSource config) {
        return new PlanSettings(5, 7, config.getInt(ConfigKeys.QUESTIONS_PER_TOPIC, 1), ReviewMode.from(config));
    }
}
