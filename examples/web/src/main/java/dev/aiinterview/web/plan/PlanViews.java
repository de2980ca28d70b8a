package dev.aiinterview.web.plan;

import dev.aiinterview.api.Importance;
import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.JobProfile;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionFlag;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.TopicKind;
import dev.aiinterview.web.http.Choice;
import dev.aiinterview.web.http.Format;
import dev.aiinterview.web.invitation.InvitationRepository;
import java.util.ArrayList;
import java.util.List;

/** The view models of the plan pages ({@code src/main/jte/plan}): what each page shows, already worded. */
public final class PlanViews {

    /**
     * The plan list.
     *
     * @param rows one per plan, newest first
     */
    public record PlanList(List<Row> rows) {}

    /** One plan in the list; {@code statusClass} is the badge's colour ({@code info}, {@code ok}, {@code bad}). */
    public record Row(String id, String title, String statusClass, String statusLabel, String questions,
                      long interviews, String created) {}

    /** The job description form, with what was typed and why it was refused, if it was. */
    public record NewPlan(String csrf, String text, String error) {}

    /**
     * One plan: while it is drafted, when drafting failed, or ready to edit.
     *
     * @param state    "planning", "failed" or "ready"
     * @param base     the plan's path, the base of every form's action
     * @param error    why drafting failed ("failed" only)
     * @param ready    the editable plan ("ready" only)
     */
    public record PlanPage(String state, String base, String csrf, String error, ReadyPlan ready) {}

    /** What the page needs of the fairness review besides the plan: the recorded overrides; a refused invitation. */
    record Review(List<FlagOverride> overrides, boolean refused) {}

    /**
     * A plan ready to edit: its head (with the title and seniority form), topics, questions, the fairness gate and
     * the invitation form.
     */
    public record ReadyPlan(String roleTitle, List<Choice> seniorities, String facts, FlagReview review,
                            String summary, List<TopicView> topics, List<QuestionView> questions,
                            List<Choice> newTopicKinds, List<Choice> newTopicImportances,
                            List<Choice> newQuestionTypes, List<Choice> newQuestionTopics, long interviews, int days) {

        /** The longest role title the editor accepts. */
        public int maxTitleChars() {
            return PlanEditor.MAX_TITLE_CHARS;
        }

        /** The shortest reason accepted for an override. */
        public int minReasonChars() {
            return Plans.MIN_REASON_CHARS;
        }

        /** The longest reason accepted for an override. */
        public int maxReasonChars() {
            return Plans.MAX_REASON_CHARS;
        }

        /** The longest topic name the editor accepts. */
        public int maxTopicChars() {
            return PlanEditor.MAX_TOPIC_CHARS;
        }

        /** The longest question the editor accepts. */
        public int maxQuestionChars() {
            return PlanEditor.MAX_QUESTION_CHARS;
        }
    }

    /** A topic with its edit form's choices and its delete button's label. */
    public record TopicView(String id, String name, String kind, String importance, boolean essential,
                            String questionCount, String whyItMatters, List<Choice> kinds,
                            List<Choice> importances, String deleteLabel) {}

    /**
     * A question with its flags, its position and its edit form's choices.
     *
     * @param override the override that lets it be sent despite its flags, or {@code null}
     */
    public record QuestionView(String id, int number, String type, String topic, String text,
                               String goodAnswerShows, List<FlagView> flags, FlagReview.Decision override,
                               boolean first, boolean last, List<Choice> types, List<Choice> topics) {

        /** Flagged and neither fixed nor overridden: it keeps the plan from being sent. */
        public boolean open() {
            return !flags.isEmpty() && override == null;
        }
    }

    /** A fairness flag and the rewrite it suggests (may be blank). */
    public record FlagView(String category, String reason, String suggestedRewrite) {}

    static PlanList list(List<PlanRepository.StoredPlan> plans, InvitationRepository invitations) {
        return new PlanList(plans.stream().map(p -> new Row(p.id(),
                p.title() != null ? p.title() : "Untitled (" + p.jdSource() + ")",
                switch (p.status()) {
                    case PLANNING -> "info";
                    case READY -> "ok";
                    case FAILED -> "bad";
                },
                switch (p.status()) {
                    case PLANNING -> "Drafting…";
                    case READY -> "Ready";
                    case FAILED -> "Failed";
                },
                p.plan() == null ? "–" : String.valueOf(p.plan().questions().size()),
                invitations.countForPlan(p.id()), Format.day(p.createdAt()))).toList());
    }

    static PlanPage plan(String csrf, PlanRepository.StoredPlan stored, Review review, long interviews, int days) {
        String base = "/recruiter/plans/" + stored.id();
        return switch (stored.status()) {
            case PLANNING -> new PlanPage("planning", base, csrf, null, null);
            case FAILED -> new PlanPage("failed", base, csrf, stored.error(), null);
            case READY -> new PlanPage("ready", base, csrf, null, ready(stored, review, interviews, days));
        };
    }

    private static ReadyPlan ready(PlanRepository.StoredPlan stored, Review review, long interviews, int days) {
        InterviewPlan plan = stored.plan();
        JobProfile p = plan.profile();
        String facts = Format.words(p.seniority())
                + (p.yearsOfExperience() == null ? "" : " · " + p.yearsOfExperience() + "+ years")
                + " · " + p.topics().size() + " topics · " + plan.questions().size() + " questions · drafted by "
                + (plan.engine() == null ? "?" : plan.engine().provider())
                + " · from " + ("inline".equals(stored.jdSource()) ? "pasted text" : stored.jdSource());
        List<TopicView> topics = new ArrayList<>();
        for (Topic t : p.topics()) {
            long count = plan.questions().stream().filter(q -> q.topicId().equals(t.id())).count();
            String questions = count + (count == 1 ? " question" : " questions");
            topics.add(new TopicView(t.id(), t.name(), Format.words(t.kind()), Format.words(t.importance()),
                    t.importance() == Importance.ESSENTIAL, questions, t.whyItMatters(),
                    Choice.of(TopicKind.values(), t.kind()), Choice.of(Importance.values(), t.importance()),
                    count == 0 ? "Delete topic" : "Delete topic and its " + questions));
        }
        List<QuestionView> questions = new ArrayList<>();
        List<Question> all = plan.questions();
        for (int i = 0; i < all.size(); i++) {
            Question q = all.get(i);
            List<FlagView> flags = plan.flags().stream().filter(f -> f.questionId().equals(q.id()))
                    .map(PlanViews::flag).toList();
            String topic = p.topic(q.topicId()).map(Topic::name).orElse(q.topicId());
            questions.add(new QuestionView(q.id(), i + 1, Format.words(q.type()), topic, q.text(),
                    q.goodAnswerShows(), flags, flags.isEmpty() ? null : FlagReview.current(q, review.overrides()),
                    i == 0, i == all.size() - 1,
                    Choice.of(QuestionType.values(), q.type()), topicChoices(p, q.topicId())));
        }
        return new ReadyPlan(p.roleTitle(), Choice.of(Seniority.values(), p.seniority()), facts,
                FlagReview.of(plan, review.overrides(), review.refused()), p.summary(), topics, questions,
                Choice.of(TopicKind.values(), TopicKind.SKILL), Choice.of(Importance.values(), Importance.IMPORTANT),
                Choice.of(QuestionType.values(), QuestionType.BEHAVIORAL),
                p.topics().isEmpty() ? List.of() : topicChoices(p, p.topics().get(0).id()), interviews, days);
    }

    private static FlagView flag(QuestionFlag f) {
        return new FlagView(Format.words(f.category()), f.reason(), f.suggestedRewrite());
    }

    private static List<Choice> topicChoices(JobProfile profile, String selected) {
        return Choice.of(profile.topics(), Topic::id, Topic::name, selected);
    }

    private PlanViews() {
    }
}
