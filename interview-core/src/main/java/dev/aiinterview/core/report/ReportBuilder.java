package dev.aiinterview.core.report;

import dev.aiinterview.api.AnswerMode;
import dev.aiinterview.api.Engines;
import dev.aiinterview.api.Evaluation;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.Provenance;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionResult;
import dev.aiinterview.api.Rating;
import dev.aiinterview.api.RequirementAssessment;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.Turn;
import dev.aiinterview.core.llm.ContractRunner;
import dev.aiinterview.contract.InterviewSummary;
import dev.aiinterview.core.llm.AccountingScope;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the recruiter's report: the {@code interview-summary} contract for the narrative, and per-requirement
 * ratings computed here from the evaluations (the mean of their points), so numbers never depend on the model's
 * arithmetic.
 */
public final class ReportBuilder {

    private final ContractRunner runner;
    private final Clock clock;

    public ReportBuilder(ContractRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    /** Writes the report and waits for the summary call; a failure is thrown as the provider's exception. */
    public InterviewReport build(SessionState s, AccountingScope scope) {
        try {
            return buildAsync(s, scope).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Writes the report without holding a thread while the provider writes the summary: the evaluations are
     * gathered on the calling thread (where a blocking provider also runs), the report is assembled when the
     * summary arrives. The future fails with the exceptions {@link #build} throws.
     */
    public CompletableFuture<InterviewReport> buildAsync(SessionState s, AccountingScope scope) {
        Map<String, Question> questions = s.plan().questions().stream()
                .collect(Collectors.toMap(Question::id, Function.identity()));
        var items = new ArrayList<InterviewSummary.Item>();
        int skipped = 0;
        int answered = 0;
        for (Turn t : s.turns()) {
            if (t.answer() == null) {
                continue;
            }
            if (t.answer().mode() == AnswerMode.SKIPPED) {
                skipped++;
                continue;
            }
            answered++;
            Evaluation e = t.evaluation();
            if (e != null) {
                Question q = questions.get(t.questionId());
                items.add(new InterviewSummary.Item(q.id(), q.topicId(), q.type(), t.prompt(), t.followUpIndex(),
                        e.rating(), e.strengths(), e.weaknesses(), e.evidence()));
            }
        }
        // A topic no question asked about (the recruiter deleted its questions) is not the candidate's gap: the
        // summary never hears of it, and the report lists it with no rating and no gap.
        Set<String> asked = s.turns().stream().map(t -> questions.get(t.questionId())).filter(Objects::nonNull)
                .map(Question::topicId).collect(Collectors.toSet());
        List<Topic> topics = s.plan().profile().topics().stream().filter(t -> asked.contains(t.id())).toList();
        var counts = new Counts(answered, skipped);
        if (items.isEmpty()) {
            var summary = new InterviewSummary.Output(List.of(), List.of(), List.of("No answer could be evaluated."),
                    List.of("Interview the candidate in person: this interview produced no evaluated answers."),
                    "No answer was evaluated in this interview (" + answered + " answered, " + skipped
                            + " skipped). A person should review any recordings directly.");
            return CompletableFuture.completedFuture(report(s, topics, items, counts, summary,
                    Provenance.of("none", null)));
        }
        try {
            return runner.runAsync(InterviewSummary.CONTRACT, new InterviewSummary.Input(
                            s.plan().profile().roleTitle(), s.plan().profile().seniority(), topics, items, skipped), scope)
                    .thenApply(result -> report(s, topics, items, counts, result.value(), result.provenance()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private record Counts(int answered, int skipped) {}

    private InterviewReport report(SessionState s, List<Topic> topics, List<InterviewSummary.Item> items,
                                   Counts counts, InterviewSummary.Output summary, Provenance summaryEngine) {
        double average = items.stream().mapToInt(i -> i.rating().points()).average().orElse(0);
        var llms = new LinkedHashSet<>(s.enginesUsed().llm());
        if (!items.isEmpty()) {
            llms.add(summaryEngine.provider());
        }
        List<String> gaps = ReportLines.distinct(summary.gaps());
        return new InterviewReport(InterviewReport.SCHEMA_VERSION, s.id(), s.plan().profile().roleTitle(),
                s.plan().profile().seniority(), clock.instant(), summary.summary(),
                ReportLines.distinct(summary.strengths()), gaps,
                ReportLines.probesBeyondGaps(summary.focusForReviewer(), gaps),
                requirements(s.plan().profile().topics(), topics, items, summary),
                questionResults(s), round(average), counts.answered(), counts.skipped(),
                new Engines(List.copyOf(llms), s.enginesUsed().speechToText()), summaryEngine, s.accounting(), null);
    }

    /** The report with the session's final accounting (which includes the summary call). */
    public InterviewReport withAccounting(InterviewReport r, SessionState s) {
        return new InterviewReport(r.schemaVersion(), r.sessionId(), r.roleTitle(), r.seniority(), r.generatedAt(),
                r.summary(), r.strengths(), r.gaps(), r.focusForReviewer(), r.requirements(), r.questions(),
                r.averageScore(), r.answered(), r.skipped(), r.engines(), r.summaryEngine(), s.accounting(),
                r.disclaimer());
    }

    private static List<RequirementAssessment> requirements(List<Topic> topics, List<Topic> asked,
                                                            List<InterviewSummary.Item> items,
                                                            InterviewSummary.Output summary) {
        var result = new ArrayList<RequirementAssessment>();
        for (Topic topic : topics) {
            if (!asked.contains(topic)) {
                result.add(new RequirementAssessment(topic.id(), topic.name(), topic.kind(), topic.importance(), null,
                        0, List.of(), List.of()));
                continue;
            }
            List<InterviewSummary.Item> probing = items.stream().filter(i -> i.topicId().equals(topic.id())).toList();
            var note = summary.requirements().stream().filter(r -> r.topicId().equals(topic.id())).findFirst();
            List<String> strengths = ReportLines.distinct(note.map(InterviewSummary.RequirementNote::strengths)
                    .orElse(List.of()));
            List<String> gaps = new ArrayList<>(ReportLines.distinct(note.map(InterviewSummary.RequirementNote::gaps)
                    .orElse(List.of())));
            Rating rating = null;
            double score = 0;
            if (probing.isEmpty()) {
                if (gaps.isEmpty()) {
                    gaps.add("Not assessed in this interview.");
                }
            } else {
                score = round(probing.stream().mapToInt(i -> i.rating().points()).average().orElse(0));
                rating = Rating.nearest(score);
            }
            result.add(new RequirementAssessment(topic.id(), topic.name(), topic.kind(), topic.importance(), rating,
                    score, strengths, gaps));
        }
        return result;
    }

    private static List<QuestionResult> questionResults(SessionState s) {
        var results = new ArrayList<QuestionResult>();
        for (Question q : s.plan().questions()) {
            List<Turn> turns = s.turns().stream().filter(t -> t.questionId().equals(q.id())).toList();
            if (!turns.isEmpty()) {
                results.add(new QuestionResult(q, turns));
            }
        }
        return results;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
