package dev.aiinterview.web.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.FlagCategory;
import dev.aiinterview.api.Importance;
import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.JobProfile;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionFlag;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.TopicKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanEditorTest {

    private final InterviewPlan plan = new InterviewPlan(JobDescription.of("A job"),
            new JobProfile("Engineer", Seniority.MID, null, "", List.of(
                    new Topic("t1", "Java", TopicKind.SKILL, Importance.ESSENTIAL, true, "", List.of(), List.of()),
                    new Topic("t2", "Mentoring", TopicKind.RESPONSIBILITY, Importance.IMPORTANT, false, "", List.of(),
                            List.of()))),
            List.of(new Question("q1", QuestionType.TECHNICAL, "t1", "How do you test Java services?", "tests"),
                    new Question("q2", QuestionType.BEHAVIORAL, "t2", "Tell me about mentoring someone.", "story"),
                    new Question("q3", QuestionType.SITUATIONAL, "t1", "What would you do if the build broke?", "")),
            List.of(new QuestionFlag("q2", FlagCategory.LEADING, "Leading", "Describe a time you mentored someone.")),
            null, null);

    @Test
    void editingAQuestionKeepsItsIdAndChecksTheTopic() {
        InterviewPlan edited = PlanEditor.editQuestion(plan, "q1", "  How do you   verify Java code? ",
                QuestionType.SITUATIONAL, "t2");
        assertThat(edited.question("q1").orElseThrow()).satisfies(q -> {
            assertThat(q.text()).isEqualTo("How do you verify Java code?");
            assertThat(q.type()).isEqualTo(QuestionType.SITUATIONAL);
            assertThat(q.topicId()).isEqualTo("t2");
        });
        assertThatThrownBy(() -> PlanEditor.editQuestion(plan, "q1", "A long enough question?", QuestionType.TECHNICAL,
                "t9")).hasMessageContaining("Choose one of the plan's topics");
        assertThatThrownBy(() -> PlanEditor.editQuestion(plan, "q1", "short", QuestionType.TECHNICAL, "t1"))
                .hasMessageContaining("at least 10 characters");
    }

    @Test
    void editingTheProfileChangesTitleAndSeniorityAndNothingElse() {
        InterviewPlan edited = PlanEditor.editProfile(plan, "  Staff   Engineer ", Seniority.PRINCIPAL);

        assertThat(edited.profile().roleTitle()).isEqualTo("Staff Engineer");
        assertThat(edited.profile().seniority()).isEqualTo(Seniority.PRINCIPAL);
        assertThat(edited.profile().topics()).isEqualTo(plan.profile().topics());
        assertThat(edited.questions()).isEqualTo(plan.questions());
        assertThat(edited.flags()).isEqualTo(plan.flags());
        assertThatThrownBy(() -> PlanEditor.editProfile(plan, " ", Seniority.MID))
                .hasMessageContaining("title of 1 to 200 characters");
        assertThatThrownBy(() -> PlanEditor.editProfile(plan, "x".repeat(201), Seniority.MID))
                .hasMessageContaining("title of 1 to 200 characters");
    }

    @Test
    void aFlaggedQuestionKeepsTheGateClosedUntilAnOverrideCoversItsCurrentWording() {
        var at = java.time.Instant.parse("2026-12-04T10:00:00Z");
        var forOtherWording = new FlagOverride("q2", "Tell me about mentoring.", "Leading", "An older wording.",
                "admin", at);
        var forThisWording = new FlagOverride("q2", "Tell me about mentoring someone.", "Leading", "Legal approved.",
                "admin", at.plusSeconds(60));

        assertThat(FlagGate.openQuestions(plan, List.of())).extracting(Question::id).containsExactly("q2");
        assertThat(FlagGate.openQuestions(plan, List.of(forOtherWording))).extracting(Question::id)
                .containsExactly("q2");
        assertThat(FlagGate.openQuestions(plan, List.of(forOtherWording, forThisWording))).isEmpty();
        assertThat(FlagGate.openQuestions(PlanEditor.deleteQuestion(plan, "q2"), List.of())).isEmpty();
        InterviewPlan reworded = PlanEditor.editQuestion(plan, "q2", "Tell me how you mentor people at work.",
                QuestionType.BEHAVIORAL, "t2");
        assertThat(FlagGate.openQuestions(reworded, List.of(forThisWording))).as("the flag is kept until reviewed")
                .extracting(Question::id).containsExactly("q2");
    }

    @Test
    void movingReordersAndStopsAtTheEnds() {
        assertThat(ids(PlanEditor.move(plan, "q3", -1))).containsExactly("q1", "q3", "q2");
        assertThat(ids(PlanEditor.move(plan, "q1", -1))).containsExactly("q1", "q2", "q3");
        assertThat(ids(PlanEditor.move(plan, "q3", 1))).containsExactly("q1", "q2", "q3");
    }

    @Test
    void deletingAQuestionDropsItsFlags() {
        InterviewPlan edited = PlanEditor.deleteQuestion(plan, "q2");
        assertThat(ids(edited)).containsExactly("q1", "q3");
        assertThat(edited.flags()).isEmpty();
    }

    @Test
    void addingAQuestionGivesItTheNextFreeId() {
        var result = PlanEditor.addQuestion(plan, "t2", QuestionType.BEHAVIORAL, "Tell me about a code review you led.");
        assertThat(result.id()).isEqualTo("q4");
        assertThat(ids(result.plan())).containsExactly("q1", "q2", "q3", "q4");
    }

    @Test
    void theSuggestedRewriteBecomesTheQuestion() {
        assertThat(PlanEditor.applyRewrite(plan, "q2").question("q2").orElseThrow().text())
                .isEqualTo("Describe a time you mentored someone.");
        assertThatThrownBy(() -> PlanEditor.applyRewrite(plan, "q1")).hasMessageContaining("no rewrite");
    }

    @Test
    void topicsCanBeAddedEditedAndDeletedWithTheirQuestions() {
        var added = PlanEditor.addTopic(plan, "Kafka", TopicKind.SKILL, Importance.NICE_TO_HAVE);
        assertThat(added.id()).isEqualTo("t3");
        InterviewPlan renamed = PlanEditor.editTopic(added.plan(), "t1", "Java and Kotlin", TopicKind.SKILL,
                Importance.IMPORTANT);
        assertThat(renamed.profile().topic("t1").orElseThrow().name()).isEqualTo("Java and Kotlin");
        InterviewPlan without = PlanEditor.deleteTopic(renamed, "t1");
        assertThat(without.profile().topics()).extracting(Topic::id).containsExactly("t2", "t3");
        assertThat(ids(without)).containsExactly("q2");
        assertThat(without.flags()).hasSize(1);
    }

    private static List<String> ids(InterviewPlan p) {
        return p.questions().stream().map(Question::id).toList();
    }
}
