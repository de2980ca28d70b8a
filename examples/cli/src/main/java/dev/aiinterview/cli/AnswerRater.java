package dev.aiinterview.cli;

import dev.aiinterview.api.Accounting;
import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.JobProfile;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.Rating;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.TopicKind;
import dev.aiinterview.api.Turn;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.core.Interviewer;
import dev.aiinterview.core.session.CandidateAnswer;
import dev.aiinterview.core.session.InterviewSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rates one labelled answer the way an interview would: a one-question session on the job's plan, with the
 * dataset's question and type, on the plan topic that best matches the dataset's topic. The SDK's own session path
 * runs the {@code answer-evaluation} contract, so the figures are those a real interview would get.
 */
final class AnswerRater {

    private static final String SESSION_END = "evaluation run";

    /** A rating, or the error that prevented one. */
    record Rated(Rating rating, String error) {}

    private final Interviewer interviewer;

    AnswerRater(Interviewer interviewer) {
        this.interviewer = interviewer;
    }

    /** Rates {@code text} as the answer to the labelled answer's question. */
    Rated rate(InterviewPlan jobPlan, EvalDataset.LabelledAnswer labelled, String text) {
        JobProfile profile = jobPlan.profile();
        Topic topic = planTopic(profile, labelled.topic()).orElse(null);
        if (topic == null) {
            // Not in the plan: the contract still needs a topic, so the dataset's own wording becomes one.
            topic = new Topic("eval-topic", labelled.topic(), TopicKind.SKILL, null, false, "", List.of(), List.of());
            var topics = new ArrayList<>(profile.topics());
            topics.add(topic);
            profile = new JobProfile(profile.roleTitle(), profile.seniority(), profile.yearsOfExperience(),
                    profile.summary(), topics);
        }
        String topicId = topic.id();
        String goodAnswer = jobPlan.questions().stream().filter(q -> q.topicId().equals(topicId))
                .map(Question::goodAnswerShows).findFirst().orElse("");
        var question = new Question("q1", labelled.type(), topicId, labelled.question(), goodAnswer);
        var plan = new InterviewPlan(jobPlan.jobDescription(), profile, List.of(question), List.of(),
                jobPlan.engine(), Accounting.EMPTY);

        InterviewSession session = interviewer.start(plan);
        try {
            session.consent();
            session.start();
            Turn done = session.submit(CandidateAnswer.text(text));
            if (done.evaluation() == null) {
                return new Rated(null, done.error() == null ? "not evaluated" : done.error());
            }
            if (done.evaluation().engine().fallback()) {
                // A fallback's rating would be counted against the engine under test.
                return new Rated(null, "rated by the fallback engine " + done.evaluation().engine().provider()
                        + " (" + done.evaluation().engine().fallbackReason() + ")");
            }
            return new Rated(done.evaluation().rating(), null);
        } catch (ConfigurationException | InvalidInputException e) {
            throw e;
        } catch (InterviewException e) {
            return new Rated(null, e.getMessage());
        } finally {
            session.abandon(SESSION_END);
            interviewer.release(session.id());
        }
    }

    /**
     * The plan topic a dataset topic names: same name ignoring case, else one name inside the other as whole words, else the
     * most words in common with its name and keywords (words of four letters or more, plural "s" ignored); empty
     * when nothing is shared.
     */
    static Optional<Topic> planTopic(JobProfile profile, String name) {
        String wanted = name.toLowerCase(Locale.ROOT).strip();
        List<Topic> topics = profile.topics();
        for (Topic t : topics) {
            if (t.name().toLowerCase(Locale.ROOT).strip().equals(wanted)) {
                return Optional.of(t);
            }
        }
        for (Topic t : topics) {
            String n = t.name().toLowerCase(Locale.ROOT);
            if (containsWords(n, wanted) || containsWords(wanted, n)) {
                return Optional.of(t);
            }
        }
        Set<String> words = words(wanted);
        return topics.stream()
                .filter(t -> overlap(words, t) > 0)
                .max(Comparator.comparingInt((Topic t) -> overlap(words, t))
                        .thenComparing(t -> -topics.indexOf(t)));
    }

    private static boolean containsWords(String text, String words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])")
                .matcher(text).find();
    }

    private static int overlap(Set<String> words, Topic topic) {
        Set<String> theirs = words((topic.name() + " " + String.join(" ", topic.keywords())).toLowerCase(Locale.ROOT));
        return (int) words.stream().filter(theirs::contains).count();
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 4)
                .map(w -> w.endsWith("s") ? w.substring(0, w.length() - 1) : w)
                .collect(Collectors.toSet());
    }
}
