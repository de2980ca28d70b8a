package dev.aiinterview.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.Importance;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.Topic;
import dev.aiinterview.contract.JdAnalysis;
import dev.aiinterview.contract.QuestionPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QuestionPlanHandlerTest {

    private static List<Topic> topics(String jd) {
        var analysis = Serve.contract(JdAnalysis.CONTRACT, new JdAnalysis.Input(jd, 5, 7));
        var topics = new ArrayList<Topic>();
        for (var d : analysis.topics()) {
            topics.add(new Topic("t" + (topics.size() + 1), d.name(), d.kind(), d.importance(), d.technical(),
                    d.whyItMatters(), d.evidence(), d.keywords()));
        }
        return topics;
    }

    @Test
    void everyTopicGetsItsQuestionsAndThePlanMixesAllThreeTypes() {
        // given
        List<Topic> topics = topics(Samples.BACKEND_JD);

        // when
        var out = Serve.contract(QuestionPlan.CONTRACT,
                new QuestionPlan.Input("Senior Backend Engineer", Seniority.SENIOR, topics, 2));

        // then
        assertThat(out.questions()).hasSize(topics.size() * 2);
        assertThat(out.questions().stream().map(QuestionPlan.QuestionDraft::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(QuestionType.values());
        assertThat(out.questions()).extracting(QuestionPlan.QuestionDraft::text).doesNotHaveDuplicates();
        assertThat(out.questions()).allSatisfy(q -> assertThat(q.goodAnswerShows()).isNotBlank());
    }

    @Test
    void nonTechnicalTopicsNeverGetATechnicalQuestion() {
        // given
        var soft = List.of(
                new Topic("t1", "Stakeholder management", dev.aiinterview.api.TopicKind.SKILL, Importance.ESSENTIAL,
                        false, "", List.of("Manage expectations of senior stakeholders"), List.of()),
                new Topic("t2", "Coaching", dev.aiinterview.api.TopicKind.RESPONSIBILITY, Importance.IMPORTANT,
                        false, "", List.of("Coach new team members"), List.of()),
                new Topic("t3", "Negotiation", dev.aiinterview.api.TopicKind.SKILL, Importance.IMPORTANT,
                        false, "", List.of("Negotiate pricing and contract terms"), List.of()));

        // when
        var out = Serve.contract(QuestionPlan.CONTRACT, new QuestionPlan.Input("Account Executive", Seniority.MID, soft, 2));

        // then
        assertThat(out.questions()).extracting(QuestionPlan.QuestionDraft::type).doesNotContain(QuestionType.TECHNICAL)
                .contains(QuestionType.BEHAVIORAL, QuestionType.SITUATIONAL);
    }

    @Test
    void questionsUseTheAdvertsOwnWording() {
        var out = Serve.contract(QuestionPlan.CONTRACT, new QuestionPlan.Input("Registered Nurse", Seniority.MID,
                topics(Samples.NURSE_JD), 1));
        var text = out.questions().stream().map(QuestionPlan.QuestionDraft::text).collect(Collectors.joining(" "));
        assertThat(text).containsAnyOf("Epic", "medications", "patient assessments", "infection");
    }
}
