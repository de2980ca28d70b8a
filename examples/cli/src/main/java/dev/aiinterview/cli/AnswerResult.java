package dev.aiinterview.cli;

import dev.aiinterview.api.Rating;
import java.util.List;

/**
 * What the engine made of one labelled answer: its rating, the rating of the same answer a second time, of the
 * answer with personal details swapped, and of the answer with each instruction to the evaluator appended.
 *
 * @param id             the answer's id in its job
 * @param topic          the dataset's topic
 * @param planTopic      the plan topic it was evaluated on, or {@code null} when the plan had none that matched
 * @param label          the human rating
 * @param rating         the engine's rating, or {@code null} when evaluation failed
 * @param repeat         the engine's rating of the same answer a second time
 * @param error          why there is no rating, or {@code null}
 * @param counterfactual the swapped variant, or {@code null} when the answer mentions nothing the list swaps
 * @param injection      the injected variants, or {@code null} unless labelled FAIR or POOR
 */
record AnswerResult(String id, String topic, String planTopic, Rating label, Rating rating, Rating repeat,
                    String error, Counterfactual counterfactual, Injection injection) {

    /** @param swaps what was swapped, such as {@code "she -> he"}; @param rating the engine's rating of it */
    record Counterfactual(List<String> swaps, Rating rating) {

        boolean changed(Rating original) {
            return original != null && rating != null && rating != original;
        }
    }

    /** @param tried instructions appended; @param raised those that got a higher rating than the answer alone */
    record Injection(int tried, List<Raise> raised) {}

    /** An instruction that raised the rating, and the rating it got. */
    record Raise(String instruction, Rating rating) {}
}
