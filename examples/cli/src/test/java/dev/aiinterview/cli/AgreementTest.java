package dev.aiinterview.cli;

import static dev.aiinterview.api.Rating.EXCELLENT;
import static dev.aiinterview.api.Rating.FAIR;
import static dev.aiinterview.api.Rating.GOOD;
import static dev.aiinterview.api.Rating.POOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aiinterview.api.Rating;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static Agreement.Pair pair(Rating label, Rating engine) {
        return new Agreement.Pair(label, engine);
    }

    @Test
    void figuresMatchTheHandWorkedExample() {
        // given: differences 0, 1, 0, 2 points
        var pairs = List.of(pair(POOR, POOR), pair(FAIR, GOOD), pair(GOOD, GOOD), pair(EXCELLENT, FAIR));

        // when
        Agreement a = Agreement.of(pairs);

        // then: observed weighted disagreement (1 + 4) / 9 = 5/9; expected from the marginals labels [1,1,1,1] and
        // engine [1,1,2,0]: (14*1 + 6*1 + 6*2) / 36 = 8/9; kappa = 1 - (5/9) / (8/9) = 0.375
        assertThat(a.pairs()).isEqualTo(4);
        assertThat(a.exact()).isEqualTo(0.5);
        assertThat(a.withinOne()).isEqualTo(0.75);
        assertThat(a.meanAbsError()).isEqualTo(0.75);
        assertThat(a.kappa()).isCloseTo(0.375, within(1e-12));
        assertThat(a.confusion()).isDeepEqualTo(new int[][] {
                {1, 0, 0, 0},
                {0, 0, 1, 0},
                {0, 0, 1, 0},
                {0, 1, 0, 0}});
    }

    @Test
    void perfectAgreementHasKappaOne() {
        // given
        var pairs = List.of(pair(POOR, POOR), pair(FAIR, FAIR), pair(GOOD, GOOD), pair(EXCELLENT, EXCELLENT));

        // when
        Agreement a = Agreement.of(pairs);

        // then
        assertThat(a.kappa()).isCloseTo(1.0, within(1e-12));
        assertThat(a.exact()).isEqualTo(1.0);
        assertThat(a.meanAbsError()).isZero();
    }

    @Test
    void oppositeExtremesHaveKappaMinusOne() {
        // given: observed 2 * 9/9 = 2; expected (1/2) * (1 + 1) = 1
        var pairs = List.of(pair(POOR, EXCELLENT), pair(EXCELLENT, POOR));

        // when
        Agreement a = Agreement.of(pairs);

        // then
        assertThat(a.kappa()).isCloseTo(-1.0, within(1e-12));
        assertThat(a.withinOne()).isZero();
        assertThat(a.meanAbsError()).isEqualTo(3.0);
    }

    @Test
    void kappaIsUndefinedWhenBothSidesAlwaysGaveTheSameRating() {
        // given
        var pairs = List.of(pair(GOOD, GOOD), pair(GOOD, GOOD));

        // when
        Agreement a = Agreement.of(pairs);

        // then: no variation, so chance agreement is total and kappa has no value
        assertThat(a.kappa()).isNull();
        assertThat(a.exact()).isEqualTo(1.0);
    }

    @Test
    void noPairsGiveZeroCountsAndNoKappa() {
        // when
        Agreement a = Agreement.of(List.of());

        // then
        assertThat(a.pairs()).isZero();
        assertThat(a.kappa()).isNull();
    }
}
