package dev.aiinterview.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhrasesTest {

    @Test
    void aDutyWrittenAsAnInstructionIsNamedAsAnActivity() {
        assertThat(Phrases.asActivity("Write and update help-centre articles"))
                .isEqualTo("Writing and updating help-centre articles");
        assertThat(Phrases.asActivity("Spot recurring issues")).isEqualTo("Spotting recurring issues");
        assertThat(Phrases.asActivity("Plan the weekly rota")).isEqualTo("Planning the weekly rota");
        assertThat(Phrases.asActivity("Lead incident reviews")).isEqualTo("Leading incident reviews");
    }

    @Test
    void aNameThatDoesNotStartWithAVerbIsLeftAsItIs() {
        assertThat(Phrases.asActivity("Acute or medical nursing")).isEqualTo("Acute or medical nursing");
    }
}
