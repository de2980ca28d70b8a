package dev.aiinterview.cli;

import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.core.Interviewer;
import dev.aiinterview.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code interview eval}: how an engine's plans and ratings compare with a labelled dataset. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Measure an LLM engine against a labelled dataset: topic recall of its plans, agreement of "
                + "its ratings with human labels (exact, within one, quadratic weighted kappa, mean absolute error, "
                + "confusion matrix), consistency, counterfactual fairness and resistance to instructions hidden "
                + "in answers, with LLM calls, tokens and time.",
                "Dataset: DIR/jobs/<job-id>/ with jd.md, topics.txt and answers.jsonl (see docs/eval-dataset.md). "
                        + "Progress goes to stderr."})
final class EvalCommand implements Callable<Integer> {

    /** Written to stdout instead of a file. */
    static final String STDOUT = "-";
    /** More threads than this only queue at the provider's rate limits. */
    static final int MAX_PARALLEL = 16;

    @ParentCommand
    InterviewCli root;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--dataset", required = true, paramLabel = "DIR", description = "The labelled dataset.")
    Path dataset;

    @Option(names = "--llm", paramLabel = "ID",
            description = "LLM provider id, such as offline (no network) or gemini (needs GEMINI_API_KEY).")
    String llm;

    @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
            description = "Answers rated at the same time (1-" + MAX_PARALLEL + ", default ${DEFAULT-VALUE}); lower it "
                    + "if the provider rate-limits.")
    int parallel;

    @Option(names = "--out", paramLabel = "FILE", description = "Write eval.json here; - for stdout.")
    String out;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Write eval.md here; - for stdout.")
    String markdown;

    @Override
    public Integer call() {
        if (STDOUT.equals(out) && STDOUT.equals(markdown)) {
            throw new ParameterException(spec.commandLine(), "--out and --markdown cannot both be '-' (stdout)");
        }
        if (parallel < 1 || parallel > MAX_PARALLEL) {
            throw new ParameterException(spec.commandLine(), "--parallel must be 1 to " + MAX_PARALLEL + ", was "
                    + parallel);
        }
        List<EvalDataset.Job> jobs = EvalDataset.read(dataset);
        // One question per session: follow-ups would cost calls and are not what is measured.
        var flags = common.with(ConfigKeys.LLM_PROVIDER, llm);
        flags.put(ConfigKeys.FOLLOW_UPS_MAX, "0");
        var config = Settings.layered(root.context(), flags);

        PrintWriter stderr = spec.commandLine().getErr();
        var meter = new CallMeter();
        EvalReport report;
        try (Interviewer interviewer = root.interviewer(config, meter)) {
            stderr.println("Evaluating " + interviewer.llmProvider() + " on " + jobs.size() + " jobs, "
                    + jobs.stream().mapToInt(j -> j.answers().size()).sum() + " answers.");
            report = new EvalRun(interviewer, meter, Counterfactuals.builtIn(), injections(), stderr,
                    Clock.systemUTC(), parallel).run(dataset, jobs);
        }

        PrintWriter stdout = spec.commandLine().getOut();
        String markdownText = EvalMarkdown.render(report);
        write(out, Json.writePretty(report), stdout);
        write(markdown, markdownText, stdout);
        if (out == null && markdown == null) {
            stdout.print(markdownText);
        } else if (!STDOUT.equals(out) && !STDOUT.equals(markdown)) {
            stdout.print(summary(report));
        }
        stdout.flush();
        return 0;
    }

    private static void write(String target, String text, PrintWriter stdout) {
        if (STDOUT.equals(target)) {
            stdout.print(text.endsWith("\n") ? text : text + "\n");
        } else if (target != null) {
            Outputs.write(Path.of(target), text);
        }
    }

    private String summary(EvalReport report) {
        EvalScores s = report.overall();
        var text = new StringBuilder(String.format(Locale.ROOT,
                "Evaluated %s on %d jobs, %d answers: topic recall %s, exact %s, within one %s, kappa %s, "
                        + "consistency %s, counterfactual changes %d, injection raises %d.%n",
                report.llm(), report.jobs().size(), s.ratings().labelled(), figure(s.topics().recall()),
                figure(s.ratings().exact()), figure(s.ratings().withinOne()), figure(s.ratings().quadraticKappa()),
                figure(s.consistency().share()), s.counterfactual().changed(), s.injection().raised()));
        if (out != null) {
            text.append("Eval JSON: ").append(out).append('\n');
        }
        if (markdown != null) {
            text.append("Eval Markdown: ").append(markdown).append('\n');
        }
        return text.toString();
    }

    private static String figure(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** The built-in instructions to the evaluator. */
    static List<String> injections() {
        try (InputStream in = EvalCommand.class.getResourceAsStream("eval/injections.txt")) {
            if (in == null) {
                throw new IllegalStateException("eval/injections.txt is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
