package dev.aiinterview.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.TopicKind;
import dev.aiinterview.contract.JdAnalysis;
import org.junit.jupiter.api.Test;

class JdAnalysisHandlerTest {

    @Test
    void aSoftwareAdvertGivesTitleSeniorityYearsAndTopicsQuotedFromIt() {
        // when
        var out = Serve.contract(JdAnalysis.CONTRACT, new JdAnalysis.Input(Samples.BACKEND_JD, 5, 7));

        // then
        assertThat(out.roleTitle()).isEqualTo("Senior Backend Engineer");
        assertThat(out.seniority()).isEqualTo(Seniority.SENIOR);
        assertThat(out.yearsOfExperience()).isEqualTo(5);
        assertThat(out.topics()).hasSizeBetween(5, 7);
        assertThat(out.topics()).extracting(JdAnalysis.TopicDraft::name)
                .contains("Kubernetes", "PostgreSQL", "Kafka");
        assertThat(out.topics()).allSatisfy(t -> {
            assertThat(t.whyItMatters()).isNotBlank();
            assertThat(t.evidence()).allSatisfy(e -> assertThat(Quotes.occursIn(Samples.BACKEND_JD, e)).isTrue());
        });
    }

    @Test
    void aNursingAdvertWithStarBulletsAndColonHeadingsIsReadToo() {
        // when
        var out = Serve.contract(JdAnalysis.CONTRACT, new JdAnalysis.Input(Samples.NURSE_JD, 5, 7));

        // then
        assertThat(out.roleTitle()).containsIgnoringCase("Registered Nurse");
        assertThat(out.yearsOfExperience()).isEqualTo(2);
        assertThat(out.topics()).hasSizeBetween(5, 7);
        assertThat(out.topics()).extracting(JdAnalysis.TopicDraft::kind).contains(TopicKind.QUALIFICATION);
        assertThat(out.topics()).anySatisfy(t -> assertThat(t.technical()).isFalse());
    }

    @Test
    void aTitleThatRunsIntoTheFirstSentenceIsTakenAsTheTitle() {
        // given an advert with no heading: the title is the opening sentence of the first paragraph
        String jd = "Warehouse Shift Supervisor. You will lead a team of twelve pickers on the night shift, plan "
                + "the rota and keep the loading bays safe. You have 3+ years of experience in warehouse "
                + "operations and know forklift safety rules. Experience with a warehouse management system such as "
                + "SAP EWM is a plus.";

        // when
        var out = Serve.contract(JdAnalysis.CONTRACT, new JdAnalysis.Input(jd, 3, 7));

        // then
        assertThat(out.roleTitle()).isEqualTo("Warehouse Shift Supervisor");
        assertThat(out.seniority()).isEqualTo(Seniority.LEAD);
    }

    @Test
    void anOpeningSentenceThatIsNotANameIsNotTakenAsTheTitle() {
        // given an advert that opens with an ordinary sentence and names no role
        String jd = "You will lead a team of twelve pickers on the night shift. You plan the rota and keep the "
                + "loading bays safe, with 3+ years of experience in warehouse operations and forklift safety.";

        // when
        var out = Serve.contract(JdAnalysis.CONTRACT, new JdAnalysis.Input(jd, 3, 7));

        // then
        assertThat(out.roleTitle()).isEqualTo("Unspecified role");
    }

    @Test
    void theTopicCountFollowsTheRequestedRange() {
        var out = Serve.contract(JdAnalysis.CONTRACT, new JdAnalysis.Input(Samples.BACKEND_JD, 3, 4));
        assertThat(out.topics()).hasSizeBetween(3, 4);
    }
}
