package dev.aiinterview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.JobProfile;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.TopicKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerRaterTest {

    private static Topic topic(String id, String name, String... keywords) {
        return new Topic(id, name, TopicKind.SKILL, null, false, "", List.of(), List.of(keywords));
    }

    private static final JobProfile PROFILE = new JobProfile("Warehouse Shift Supervisor", Seniority.MID, 2, "",
            List.of(topic("t1", "SAFe", "agile"), topic("t2", "Workplace safety", "incidents", "checks"),
                    topic("t3", "Team supervision", "lead"), topic("t4", "Shift scheduling", "rotas", "absences")));

    @Test
    void aDatasetTopicMatchesThePlanTopicOfTheSameNameIgnoringCase() {
        assertThat(AnswerRater.planTopic(PROFILE, "team SUPERVISION")).map(Topic::id).contains("t3");
    }

    @Test
    void aNameInsideAnotherMatchesOnlyAsWholeWords() {
        // "safe" is inside "safety" but is not the word: the safety topic is meant, not SAFe
        assertThat(AnswerRater.planTopic(PROFILE, "Safety")).map(Topic::id).contains("t2");
    }

    @Test
    void otherwiseTheTopicSharingMostWordsWithNameAndKeywordsIsChosen() {
        assertThat(AnswerRater.planTopic(PROFILE, "Covering absences on a rota")).map(Topic::id).contains("t4");
    }

    @Test
    void aTopicSharingNothingMatchesNoPlanTopic() {
        assertThat(AnswerRater.planTopic(PROFILE, "Forklift certification")).isEmpty();
    }
}
