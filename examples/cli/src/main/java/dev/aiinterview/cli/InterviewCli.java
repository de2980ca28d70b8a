package dev.aiinterview.cli;

import dev.aiinterview.api.InterviewListener;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.Interviewer;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code interview} command: plans an interview from a job description, runs a scripted interview from a
 * folder of answers, measures an engine against a labelled dataset, and transcribes recordings. Exits 0 on
 * success, 2 on bad usage or bad input, 1 when a provider fails; errors are one line on stderr, with the stack
 * trace only under {@code --verbose}.
 */
@Command(name = "interview",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Runs job interviews with AI: plans questions from a job description, evaluates answers and "
                + "writes a report for the recruiter. The report supports a human decision; it makes none.",
        subcommands = {PlanCommand.class, RunCommand.class, EvalCommand.class, LiveCommand.class, TranscribeCommand.class,
                DoctorCommand.class, HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
                "  interview plan --jd jd.md --out plan.json",
                "  interview run --jd jd.md --answers answers/ --out report.json --markdown report.md",
                "  interview live --jd jd.md --stt vosk            (a person answers at this terminal)",
                "  interview transcribe answer.wav --stt vosk --words",
                "  interview doctor                                 (are the providers ready?)",
                "  interview eval --dataset examples/eval --out eval.json  (engine vs. labels)",
                "",
                "Settings: flags win over -D/--set, then Java system properties, then environment variables",
                "(INTERVIEW_LLM_PROVIDER, INTERVIEW_STT_PROVIDER, GEMINI_API_KEY, VOSK_MODEL_PATH, ...).",
                "The LLM defaults to gemini when GEMINI_API_KEY is set and provider-gemini is present, else offline."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:a provider (LLM or speech-to-text) failed",
                "2:bad usage or bad input"})
public final class InterviewCli implements Callable<Integer> {

    private final CliContext context;
    private String llmInUse;

    @Spec
    CommandSpec spec;

    InterviewCli(CliContext context) {
        this.context = context;
    }

    /** Runs the command and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine(CliContext.system()).execute(args));
    }

    /** The command wired for execution: error handling, exit codes and logging set up. */
    static CommandLine commandLine(CliContext context) {
        var root = new InterviewCli(context);
        var cmd = new CommandLine(root);
        var failures = new Failures(root);
        cmd.setExecutionStrategy(parsed -> {
            Logging.configure(verbose(parsed));
            return new CommandLine.RunLast().execute(parsed);
        });
        cmd.setParameterExceptionHandler(failures);
        cmd.setExecutionExceptionHandler(failures);
        return cmd;
    }

    /** Without a subcommand there is nothing to do: show what there is. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Failures.BAD_INPUT;
    }

    CliContext context() {
        return context;
    }

    /** Builds the interviewer from configuration, remembering its LLM for error messages. */
    Interviewer interviewer(ConfigSource config) {
        return interviewer(config, null);
    }

    /** Builds the interviewer with a listener for its events, such as LLM calls; {@code null} for none. */
    Interviewer interviewer(ConfigSource config, InterviewListener listener) {
        var builder = Interviewer.builder();
        if (listener != null) {
            builder.listener(listener);
        }
        Interviewer interviewer = builder
                .config(config)
                .llmProviders(context.llms())
                .speechToTextProviders(context.speechToText())
                .build();
        llmInUse = interviewer.llmProvider();
        return interviewer;
    }

    /** The LLM provider of the interviewer built last, or {@code null}. */
    String llmInUse() {
        return llmInUse;
    }

    /** Whether {@code --verbose} was given at any level of the command line. */
    static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
