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

    private static Topic topic(String id, String name, boolean technical, String evidence) {
        return new Topic(id, name, dev.aiinterview.api.TopicKind.SKILL, Importance.ESSENTIAL, technical, "",
                List.of(evidence), List.of());
    }

    @Test
    void theRoleTitleIsNeverQuotedBackAsWhatTheRoleCallsFor() {
        // given a topic whose only evidence is the title (a brief advert's general topic)
        var topics = List.of(topic("t1", "Relevant experience", false, "Warehouse Shift Supervisor"),
                topic("t2", "Reliability", false, "night shift at our Leeds distribution centre"));

        // when
        var out = Serve.contract(QuestionPlan.CONTRACT,
                new QuestionPlan.Input("Warehouse Shift Supervisor", Seniority.LEAD, topics, 3));

        // then neither the title nor a window cut from mid-sentence is offered as a line of the advert
        assertThat(out.questions()).extracting(QuestionPlan.QuestionDraft::text)
                .noneMatch(t -> t.contains("\"Warehouse Shift Supervisor\""))
                .noneMatch(t -> t.contains("\"night shift"));
    }

    @Test
    void onlyAWholeLineOfTheAdvertIsQuotedInAQuestion() {
        assertThat(QuestionPlanHandler.quotable("Warehouse Shift Supervisor", "Warehouse Shift Supervisor")).isFalse();
        assertThat(QuestionPlanHandler.quotable("night shift at our Leeds distribution centre", "Supervisor")).isFalse();
        assertThat(QuestionPlanHandler.quotable("Plan the weekly rota and cover absences", "Supervisor")).isTrue();
    }

    @Test
    void goodAnswersAskForTheDepthOfTheRolesSeniority() {
        // given
        var topics = List.of(topic("t1", "Forklift operation", true, "Forklift certification (counterbalance or reach)"));

        // when
        String lead = technicalGoodAnswer(Seniority.LEAD, topics);
        String junior = technicalGoodAnswer(Seniority.JUNIOR, topics);
        String unknown = technicalGoodAnswer(Seniority.UNSPECIFIED, topics);

        // then
        assertThat(lead).contains("leads others").doesNotContain("new team member");
        assertThat(junior).contains("early in their career");
        assertThat(unknown).contains("the depth the role calls for").doesNotContain("new team member");
    }

    private static String technicalGoodAnswer(Seniority seniority, List<Topic> topics) {
        var out = Serve.contract(QuestionPlan.CONTRACT, new QuestionPlan.Input(
                seniority == Seniority.UNSPECIFIED ? "Unspecified role" : "Warehouse Shift Supervisor", seniority,
                topics, 3));
        return out.questions().stream().filter(q -> q.type() == QuestionType.TECHNICAL).findFirst().orElseThrow()
                .goodAnswerShows();
    }

    @Test
    void softSkillsGetSituationsAboutPeopleNotProblemsFoundInThem() {
        // given
        var topics = List.of(topic("t1", "Communication", false, "Good written and spoken communication"),
                topic("t2", "Empathy", false, "Calm, empathetic communication in written English"));

        // when
        var out = Serve.contract(QuestionPlan.CONTRACT,
                new QuestionPlan.Input("Customer Support Specialist", Seniority.JUNIOR, topics, 2));

        // then
        assertThat(out.questions()).filteredOn(q -> q.type() == QuestionType.SITUATIONAL).isNotEmpty()
                .extracting(QuestionPlan.QuestionDraft::text)
                .noneMatch(t -> t.contains("serious problem with") || t.contains("your approach to")
                        || t.contains("your work on"));
    }
}
