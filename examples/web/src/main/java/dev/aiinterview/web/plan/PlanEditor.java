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
import dev.aiinterview.web.http.WebException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The recruiter's edits to a plan, as pure functions: each returns a new plan and leaves flags of untouched
 * questions alone (the SDK's review then re-screens the changed ones). Ids of existing questions never change.
 */
final class PlanEditor {

    static final int MAX_QUESTION_CHARS = 600;
    static final int MAX_TOPIC_CHARS = 120;
    static final int MAX_TITLE_CHARS = 200;

    /** Renames the role and sets its seniority; topics and questions stay as they are. */
    static InterviewPlan editProfile(InterviewPlan plan, String roleTitle, Seniority seniority) {
        String title = roleTitle == null ? "" : roleTitle.strip().replaceAll("\\s+", " ");
        if (title.isEmpty() || title.length() > MAX_TITLE_CHARS) {
            throw WebException.badRequest("Give the role a title of 1 to " + MAX_TITLE_CHARS + " characters.");
        }
        JobProfile p = plan.profile();
        var profile = new JobProfile(title, seniority, p.yearsOfExperience(), p.summary(), p.topics());
        return new InterviewPlan(plan.jobDescription(), profile, plan.questions(), plan.flags(), plan.engine(),
                plan.accounting());
    }

    static InterviewPlan editQuestion(InterviewPlan plan, String questionId, String text, QuestionType type,
                                      String topicId) {
        requireTopic(plan, topicId);
        String clean = questionText(text);
        return mapQuestion(plan, questionId, q -> new Question(q.id(), type, topicId, clean, q.goodAnswerShows()));
    }

    static InterviewPlan replaceQuestion(InterviewPlan plan, Question replacement) {
        return mapQuestion(plan, replacement.id(), q -> replacement);
    }

    static InterviewPlan deleteQuestion(InterviewPlan plan, String questionId) {
        question(plan, questionId);
        var questions = plan.questions().stream().filter(q -> !q.id().equals(questionId)).toList();
        return plan.withQuestions(questions, flagsOf(plan, questions));
    }

    /** Moves a question up ({@code -1}) or down ({@code +1}); at either end it stays put. */
    static InterviewPlan move(InterviewPlan plan, String questionId, int delta) {
        var questions = new ArrayList<>(plan.questions());
        int from = questions.indexOf(question(plan, questionId));
        int to = from + delta;
        if (to < 0 || to >= questions.size()) {
            return plan;
        }
        questions.add(to, questions.remove(from));
        return plan.withQuestions(questions, plan.flags());
    }

    /** Adds a question at the end; returns the plan and the new id. */
    static Result addQuestion(InterviewPlan plan, String topicId, QuestionType type, String text) {
        requireTopic(plan, topicId);
        String id = nextId("q", plan.questions().stream().map(Question::id).toList());
        var questions = new ArrayList<>(plan.questions());
        questions.add(new Question(id, type, topicId, questionText(text), ""));
        return new Result(plan.withQuestions(questions, plan.flags()), id);
    }

    /** Uses the review's suggested rewrite as the question's text. */
    static InterviewPlan applyRewrite(InterviewPlan plan, String questionId) {
        QuestionFlag flag = plan.flags().stream().filter(f -> f.questionId().equals(questionId)
                && !f.suggestedRewrite().isBlank()).findFirst().orElseThrow(() -> WebException.badRequest(
                "The review suggested no rewrite for this question."));
        return mapQuestion(plan, questionId, q -> q.withText(questionText(flag.suggestedRewrite())));
    }

    static InterviewPlan editTopic(InterviewPlan plan, String topicId, String name, TopicKind kind,
                                   Importance importance) {
        Topic t = requireTopic(plan, topicId);
        var edited = new Topic(t.id(), topicName(name), kind, importance, t.technical(), t.whyItMatters(),
                t.evidence(), t.keywords());
        return withTopics(plan, plan.profile().topics().stream().map(x -> x.id().equals(topicId) ? edited : x)
                .toList(), plan.questions());
    }

    /** Deletes a topic and the questions that probe it. */
    static InterviewPlan deleteTopic(InterviewPlan plan, String topicId) {
        requireTopic(plan, topicId);
        var topics = plan.profile().topics().stream().filter(t -> !t.id().equals(topicId)).toList();
        var questions = plan.questions().stream().filter(q -> !q.topicId().equals(topicId)).toList();
        return withTopics(plan, topics, questions);
    }

    static Result addTopic(InterviewPlan plan, String name, TopicKind kind, Importance importance) {
        String id = nextId("t", plan.profile().topics().stream().map(Topic::id).toList());
        var topics = new ArrayList<>(plan.profile().topics());
        topics.add(new Topic(id, topicName(name), kind, importance, kind == TopicKind.SKILL, "Added by the recruiter.",
                List.of(), List.of()));
        return new Result(withTopics(plan, topics, plan.questions()), id);
    }

    /** A changed plan and the id of what was added or changed. */
    record Result(InterviewPlan plan, String id) {}

    static Topic requireTopic(InterviewPlan plan, String topicId) {
        return plan.profile().topic(topicId == null ? "" : topicId).orElseThrow(() -> WebException.badRequest(
                "Choose one of the plan's topics."));
    }

    private static Question question(InterviewPlan plan, String questionId) {
        return plan.question(questionId).orElseThrow(() -> WebException.notFound(
                "The plan has no such question; it may have been deleted. Reload the page."));
    }

    private static InterviewPlan mapQuestion(InterviewPlan plan, String questionId, UnaryOperator<Question> change) {
        question(plan, questionId);
        var questions = plan.questions().stream().map(q -> q.id().equals(questionId) ? change.apply(q) : q).toList();
        return plan.withQuestions(questions, plan.flags());
    }

    private static InterviewPlan withTopics(InterviewPlan plan, List<Topic> topics, List<Question> questions) {
        JobProfile p = plan.profile();
        var profile = new JobProfile(p.roleTitle(), p.seniority(), p.yearsOfExperience(), p.summary(), topics);
        return new InterviewPlan(plan.jobDescription(), profile, questions, flagsOf(plan, questions), plan.engine(),
                plan.accounting());
    }

    private static List<QuestionFlag> flagsOf(InterviewPlan plan, List<Question> questions) {
        var ids = questions.stream().map(Question::id).toList();
        return plan.flags().stream().filter(f -> ids.contains(f.questionId())).toList();
    }

    private static String questionText(String text) {
        String clean = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (clean.length() < 10) {
            throw WebException.badRequest("Write the question in full (at least 10 characters).");
        }
        if (clean.length() > MAX_QUESTION_CHARS) {
            throw WebException.badRequest("Keep the question under " + MAX_QUESTION_CHARS + " characters.");
        }
        return clean;
    }

    private static String topicName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > MAX_TOPIC_CHARS) {
            throw WebException.badRequest("Give the topic a name of 1 to " + MAX_TOPIC_CHARS + " characters.");
        }
        return clean;
    }

    private static String nextId(String prefix, List<String> existing) {
        int max = 0;
        for (String id : existing) {
            if (id.startsWith(prefix)) {
                try {
                    max = Math.max(max, Integer.parseInt(id.substring(prefix.length())));
                } catch (NumberFormatException ignored) {
                    // an id not in our pattern cannot clash with ours
                }
            }
        }
        return prefix + (max + 1);
    }

    private PlanEditor() {
    }
}
