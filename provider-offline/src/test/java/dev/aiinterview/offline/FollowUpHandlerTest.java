package dev.aiinterview.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.contract.Exchange;
import dev.aiinterview.contract.FollowUpQuestion;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpHandlerTest {

    @Test
    void aVagueAnswerGetsAQuestionAboutAConcreteExample() {
        // given
        var input = new FollowUpQuestion.Input("Senior Backend Engineer", Samples.POSTGRES, Samples.BEHAVIORAL,
                List.of(new Exchange(Samples.BEHAVIORAL.text(),
                        "I usually look at PostgreSQL performance and the query plan when things get slow.")));

        // when
        var out = Serve.contract(FollowUpQuestion.CONTRACT, input);

        // then
        assertThat(out.gap()).isNotBlank();
        assertThat(out.question()).endsWith("?").containsIgnoringCase("specific time");
        assertThat(out.probes()).isNotBlank();
    }

    @Test
    void itNeverRepeatsAPromptAlreadyAsked() {
        // given: the follow-up it would ask has already been asked once
        String vague = "I usually look at PostgreSQL performance and the query plan when things get slow.";
        var first = Serve.contract(FollowUpQuestion.CONTRACT, new FollowUpQuestion.Input("Senior Backend Engineer",
                Samples.POSTGRES, Samples.BEHAVIORAL, List.of(new Exchange(Samples.BEHAVIORAL.text(), vague))));
        var input = new FollowUpQuestion.Input("Senior Backend Engineer", Samples.POSTGRES, Samples.BEHAVIORAL,
                List.of(new Exchange(Samples.BEHAVIORAL.text(), vague), new Exchange(first.question(), vague)));

        // when
        var second = Serve.contract(FollowUpQuestion.CONTRACT, input);

        // then
        assertThat(second.question()).isNotEqualTo(first.question());
    }
}
