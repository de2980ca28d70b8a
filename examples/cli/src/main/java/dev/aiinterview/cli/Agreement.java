package dev.aiinterview.cli;

import dev.aiinterview.api.Rating;
import java.util.List;

/**
 * How far an engine's ratings agree with human labels on the four-point scale (POOR=1 .. EXCELLENT=4).
 *
 * @param pairs       labelled answers the engine rated
 * @param exact       share rated exactly as labelled
 * @param withinOne   share rated at most one step from the label
 * @param kappa       quadratic weighted kappa (Cohen), or {@code null} when undefined (no pairs, or both sides
 *                    always gave one and the same rating)
 * @param meanAbsError mean absolute difference in points
 * @param confusion   counts, {@code confusion[label][engine]}, indexes 0 = POOR .. 3 = EXCELLENT
 */
record Agreement(int pairs, double exact, double withinOne, Double kappa, double meanAbsError, int[][] confusion) {

    /** A label and the engine's rating of the same answer. */
    record Pair(Rating label, Rating engine) {}

    private static final int K = Rating.values().length;

    static Agreement of(List<Pair> pairs) {
        int[][] confusion = new int[K][K];
        int exact = 0;
        int withinOne = 0;
        long absError = 0;
        for (Pair p : pairs) {
            int d = Math.abs(p.label().points() - p.engine().points());
            confusion[p.label().ordinal()][p.engine().ordinal()]++;
            exact += d == 0 ? 1 : 0;
            withinOne += d <= 1 ? 1 : 0;
            absError += d;
        }
        int n = pairs.size();
        return new Agreement(n, share(exact, n), share(withinOne, n), kappa(confusion, n),
                n == 0 ? 0 : (double) absError / n, confusion);
    }

    /**
     * 1 - sum(w*observed) / sum(w*expected), weights w(i,j) = (i-j)^2 / (K-1)^2, expected from the two marginals
     * as if the raters were independent.
     */
    static Double kappa(int[][] confusion, int n) {
        if (n == 0) {
            return null;
        }
        double[] rows = new double[K];
        double[] cols = new double[K];
        for (int i = 0; i < K; i++) {
            for (int j = 0; j < K; j++) {
                rows[i] += confusion[i][j];
                cols[j] += confusion[i][j];
            }
        }
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < K; i++) {
            for (int j = 0; j < K; j++) {
                double w = (double) (i - j) * (i - j) / ((K - 1) * (K - 1));
                observed += w * confusion[i][j];
                expected += w * rows[i] * cols[j] / n;
            }
        }
        return expected == 0 ? null : 1 - observed / expected;
    }

    private static double share(int count, int n) {
        return n == 0 ? 0 : (double) count / n;
    }
}
