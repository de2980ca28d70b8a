package dev.aiinterview.api;

/**
 * Scores from 1 (poor) to 5 (excellent) on each rubric criterion.
 *
 * @param clarity   how clear and well organised the answer is
 * @param relevance how directly it answers the question asked
 * @param skill     how well it shows the skill the question probes
 */
public record CriterionScores(int clarity, int relevance, int skill) {

    public CriterionScores {
        check("clarity", clarity);
        check("relevance", relevance);
        check("skill", skill);
    }

    private static void check(String name, int value) {
        if (value < 1 || value > 5) {
            throw new IllegalArgumentException(name + " must be from 1 to 5, was " + value);
        }
    }
}
