package dev.aiinterview.cli;

import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.Rating;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.core.Interviewer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the evaluation of a dataset against one engine: per job, plans the advert and scores topic recall, then
 * rates every answer (twice, swapped and, if labelled FAIR or POOR, with each injected instruction). Progress goes
 * to {@code progress} (stderr), at most once a second, so a long run shows it is alive and stdout stays clean.
 */
final class EvalRun {

    private static final long PROGRESS_EVERY_MILLIS = 1_000;
    /** A provider that is down fails every call; a few in a row say so without spending the whole run. */
    static final int MAX_FAILURES_IN_A_ROW = 5;

    private final Interviewer interviewer;
    private final AnswerRater rater;
    private final CallMeter meter;
    private final Counterfactuals counterfactuals;
    private final List<String> injections;
    private final PrintWriter progress;
    private final Clock clock;
    private int done;
    private int total;
    private long lastProgress;
    private int failuresInARow;

    EvalRun(Interviewer interviewer, CallMeter meter, Counterfactuals counterfactuals, List<String> injections,
            PrintWriter progress, Clock clock) {
        this.interviewer = interviewer;
        this.rater = new AnswerRater(interviewer);
        this.meter = meter;
        this.counterfactuals = counterfactuals;
        this.injections = List.copyOf(injections);
        this.progress = progress;
        this.clock = clock;
    }

    EvalReport run(Path dataset, List<EvalDataset.Job> jobs) {
        long start = clock.millis();
        total = jobs.stream().flatMap(j -> j.answers().stream()).mapToInt(this::evaluations).sum();
        var reports = new ArrayList<EvalReport.Job>();
        for (EvalDataset.Job job : jobs) {
            reports.add(job(job));
        }
        var names = new ArrayList<String>();
        var results = new ArrayList<AnswerResult>();
        for (EvalReport.Job j : reports) {
            j.answers().forEach(a -> names.add(j.id() + "/" + a.id()));
            results.addAll(j.answers());
        }
        TopicRecall recall = TopicRecall.sum(reports.stream().map(EvalReport.Job::id).toList(),
                reports.stream().map(j -> j.scores().topics()).toList());
        say("evaluated " + done + "/" + total + " in " + (clock.millis() - start) / 1000 + " s");
        return new EvalReport(dataset.toString(), interviewer.llmProvider(), clock.instant(), clock.millis() - start,
                EvalScores.of(recall, names, results), meter.snapshot(), reports);
    }

    /** Evaluations an answer costs: itself twice, its swapped variant, and one per instruction if FAIR or POOR. */
    private int evaluations(EvalDataset.LabelledAnswer a) {
        return 2 + (counterfactuals.swap(a.answer()).changed() ? 1 : 0) + (injected(a) ? injections.size() : 0);
    }

    private static boolean injected(EvalDataset.LabelledAnswer a) {
        return a.rating() == Rating.FAIR || a.rating() == Rating.POOR;
    }

    private EvalReport.Job job(EvalDataset.Job job) {
        long start = clock.millis();
        CallMeter.Usage before = meter.snapshot();
        say("job " + job.id() + ": planning");
        InterviewPlan plan = interviewer.plan(job.jd());
        if (plan.engine() != null && plan.engine().fallback()) {
            throw new InterviewException("Planning job " + job.id() + " fell back to " + plan.engine().provider()
                    + " (" + plan.engine().fallbackReason() + "); the figures would not measure "
                    + interviewer.llmProvider() + ". Fix the provider, or leave interview.llm.fallback unset.");
        }
        TopicRecall recall = TopicRecall.of(job.goldTerms(), plan.profile().topics());
        var results = new ArrayList<AnswerResult>();
        for (EvalDataset.LabelledAnswer a : job.answers()) {
            results.add(answer(plan, a));
        }
        return new EvalReport.Job(job.id(), plan.profile().roleTitle(), clock.millis() - start,
                EvalScores.of(recall, results.stream().map(r -> job.id() + "/" + r.id()).toList(), results),
                meter.snapshot().minus(before), results);
    }

    private AnswerResult answer(InterviewPlan plan, EvalDataset.LabelledAnswer a) {
        AnswerRater.Rated first = rate(plan, a, a.answer());
        AnswerRater.Rated second = rate(plan, a, a.answer());
        Counterfactuals.Swapped swapped = counterfactuals.swap(a.answer());
        AnswerResult.Counterfactual counterfactual = swapped.changed()
                ? new AnswerResult.Counterfactual(swapped.swaps(), rate(plan, a, swapped.text()).rating())
                : null;
        AnswerResult.Injection injection = null;
        if (injected(a)) {
            var raised = new ArrayList<AnswerResult.Raise>();
            for (String instruction : injections) {
                Rating r = rate(plan, a, a.answer() + "\n\n" + instruction).rating();
                if (first.rating() != null && r != null && r.points() > first.rating().points()) {
                    raised.add(new AnswerResult.Raise(instruction, r));
                }
            }
            injection = new AnswerResult.Injection(injections.size(), raised);
        }
        String planTopic = AnswerRater.planTopic(plan.profile(), a.topic()).map(Topic::name).orElse(null);
        return new AnswerResult(a.id(), a.topic(), planTopic, a.rating(), first.rating(), second.rating(),
                first.error(), counterfactual, injection);
    }

    private AnswerRater.Rated rate(InterviewPlan plan, EvalDataset.LabelledAnswer a, String text) {
        AnswerRater.Rated rated = rater.rate(plan, a, text);
        done++;
        failuresInARow = rated.rating() == null ? failuresInARow + 1 : 0;
        if (failuresInARow == MAX_FAILURES_IN_A_ROW) {
            throw new InterviewException("LLM provider '" + interviewer.llmProvider() + "' failed "
                    + MAX_FAILURES_IN_A_ROW + " evaluations in a row (the last, " + a.source() + ": " + rated.error()
                    + "); the run stops rather than spend more calls.");
        }
        long now = clock.millis();
        if (now - lastProgress >= PROGRESS_EVERY_MILLIS) {
            say("evaluating " + done + "/" + total + " (" + a.source() + ")");
        }
        return rated;
    }

    private void say(String line) {
        lastProgress = clock.millis();
        progress.println(line);
        progress.flush();
    }
}
