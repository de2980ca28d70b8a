package dev.aiinterview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

class CounterfactualsTest {

    private final Counterfactuals swaps = Counterfactuals.builtIn();

    @Test
    void pronounsNamesAndPersonalDetailsAreSwappedBothWaysInOnePass() {
        // when
        var swapped = swaps.swap("Maria asked John for help; he said my wife was pregnant. She thanked him.");

        // then
        assertThat(swapped.text())
                .isEqualTo("John asked Maria for help; she said my husband was recovering from surgery. He thanked her.");
        assertThat(swapped.swaps()).contains("Maria -> John", "John -> Maria", "he -> she", "She -> He",
                "my wife -> my husband");
    }

    @Test
    void herBecomesHisBeforeANounAndHimOtherwise() {
        // when
        var swapped = swaps.swap("I reviewed her rota and told her about it. I thanked her.");

        // then
        assertThat(swapped.text()).isEqualTo("I reviewed his rota and told him about it. I thanked him.");
    }

    @Test
    void aStatedAgeBecomesOneTwentyFiveYearsApartAndOtherNumbersStay() {
        // when
        var swapped = swaps.swap("I'm 52 and a mum of three; at 24 I was a 24-year-old clerk. I'm 99% sure. "
                + "We cut 30 minutes.");

        // then
        assertThat(swapped.text()).isEqualTo("I'm 27 and a dad of three; at 24 I was a 49-year-old clerk. "
                + "I'm 99% sure. We cut 30 minutes.");
        assertThat(swapped.swaps()).contains("I'm 52 -> I'm 27", "24 -> 49");
    }

    @Test
    void countriesOfOriginAreSwapped() {
        assertThat(swaps.swap("I am from the Philippines and I have worked in the UK for four years.").text())
                .isEqualTo("I am from the Netherlands and I have worked in the UK for four years.");
    }

    @Test
    void capitalisedTermsMatchOnlyAsWrittenAndWordsOnlyWhole() {
        // when: "mark" the verb is not the name Mark; "the" and "shelf" contain "he"
        var swapped = swaps.swap("I mark the shelf labels and then check them.");

        // then
        assertThat(swapped.changed()).isFalse();
        assertThat(swapped.text()).isEqualTo("I mark the shelf labels and then check them.");
    }

    @Test
    void aPairListIsReadFromItsTextFormat() {
        // given
        var pairs = Counterfactuals.parse("# comment\n\nin my fifties = in my twenties\n");

        // when
        var swapped = new Counterfactuals(pairs).swap("In my twenties I ran a shop.");

        // then
        assertThat(pairs).isEqualTo(new LinkedHashMap<>(java.util.Map.of("in my fifties", "in my twenties")));
        assertThat(swapped.text()).isEqualTo("In my fifties I ran a shop.");
    }
}
