package dev.aiinterview.cli;

import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.Rating;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.core.Interviewer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the evaluation of a dataset against one engine: per job, plans the advert and scores topic recall, then
 * rates every answer (twice, swapped and, if labelled FAIR or POOR, with each injected instruction). Progress goes
 * to {@code progress} (stderr), at most once a second, so a long run shows it is alive and stdout stays clean.
 * Answers are rated on {@code parallel} threads, each answer's evaluations in order on one of them; results keep
 * the dataset's order.
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
    private final int parallel;
    private final Object lock = new Object();
    private int done;
    private int total;
    private long lastProgress;
    private int failuresInARow;
    /** Set when the run stops, so the other threads stop spending calls too. */
    private volatile InterviewException stopped;

    EvalRun(Interviewer interviewer, CallMeter meter, Counterfactuals counterfactuals, List<String> injections,
            PrintWriter progress, Clock clock, int parallel) {
        this.interviewer = interviewer;
        this.rater = new AnswerRater(interviewer);
        this.meter = meter;
        this.counterfactuals = counterfactuals;
        this.injections = List.copyOf(injections);
        this.progress = progress;
        this.clock = clock;
        this.parallel = parallel;
    }

    EvalReport run(Path dataset, List<EvalDataset.Job> jobs) {
        long start = clock.millis();
        total = jobs.stream().flatMap(j -> j.answers().stream()).mapToInt(this::evaluations).sum();
        var reports = new ArrayList<EvalReport.Job>();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallel, task -> {
            Thread t = new Thread(task, "eval-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            for (EvalDataset.Job job : jobs) {
                reports.add(job(job, pool));
            }
        } finally {
            pool.shutdownNow();
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

    private EvalReport.Job job(EvalDataset.Job job, ExecutorService pool) {
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
        List<Future<AnswerResult>> rating = job.answers().stream()
                .map(a -> pool.submit(() -> answer(plan, a))).toList();
        var results = new ArrayList<AnswerResult>();
        for (Future<AnswerResult> f : rating) {
            results.add(result(f));
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

    /** The answer's result; the first failure of any answer stops the run with its own exception. */
    private static AnswerResult result(Future<AnswerResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterviewException("The evaluation run was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private AnswerRater.Rated rate(InterviewPlan plan, EvalDataset.LabelledAnswer a, String text) {
        if (stopped != null) {
            throw stopped;
        }
        AnswerRater.Rated rated;
        try {
            rated = rater.rate(plan, a, text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(a.source() + ": " + e.getMessage(), e);
        }
        synchronized (lock) {
            count(a, rated);
        }
        return rated;
    }

    private void count(EvalDataset.LabelledAnswer a, AnswerRater.Rated rated) {
        done++;
        failuresInARow = rated.rating() == null ? failuresInARow + 1 : 0;
        if (failuresInARow == MAX_FAILURES_IN_A_ROW) {
            stopped = new InterviewException("LLM provider '" + interviewer.llmProvider() + "' failed "
                    + MAX_FAILURES_IN_A_ROW + " evaluations in a row (the last, " + a.source() + ": " + rated.error()
                    + "); the run stops rather than spend more calls.");
            throw stopped;
        }
        long now = clock.millis();
        if (now - lastProgress >= PROGRESS_EVERY_MILLIS) {
            say("evaluating " + done + "/" + total + " (" + a.source() + ")");
        }
    }

    private void say(String line) {
        synchronized (lock) {
            lastProgress = clock.millis();
            progress.println(line);
            progress.flush();
        }
    }
}
