package dev.aiinterview.cli;

import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.core.Interviewer;
import dev.aiinterview.core.input.JobDescriptions;
import dev.aiinterview.json.Json;
import dev.aiinterview.core.registry.ProviderKind;
import dev.aiinterview.core.registry.ProviderRegistry;
import dev.aiinterview.core.report.MarkdownReport;
import dev.aiinterview.core.session.SessionSettings;
import dev.aiinterview.spi.CaptureOptions;
import dev.aiinterview.spi.MediaCapture;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code interview live}: an interview with a person at this terminal, answering by voice through the host's
 * microphone (capture provider plus speech-to-text) or by typing. The report goes to files for the recruiter; the
 * candidate never sees ratings.
 */
@Command(name = "live", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run an interview with a person at this terminal: voice answers through the microphone "
                + "(needs a capture provider such as capture-java and a speech-to-text provider), or typed answers.",
                "The report is written to --out / --markdown (default: report.json and report.md in the "
                        + "recordings folder); ratings are never shown to the candidate."})
final class LiveCommand implements Callable<Integer> {

    @ParentCommand
    InterviewCli root;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--jd", required = true, paramLabel = "FILE", description = "The job description (UTF-8 text).")
    Path jd;

    @Option(names = "--llm", paramLabel = "ID", description = "LLM provider id, such as offline or gemini.")
    String llm;

    @Option(names = "--stt", paramLabel = "ID", description = "Speech-to-text provider id, such as vosk or gemini.")
    String stt;

    @Option(names = "--capture", paramLabel = "ID", description = "Capture provider id, such as javasound.")
    String capture;

    @Option(names = "--typed", description = "Typed answers only, even when a microphone is available.")
    boolean typed;

    @Option(names = "--max-seconds", paramLabel = "N", defaultValue = "120",
            description = "Longest spoken answer in seconds (default ${DEFAULT-VALUE}).")
    int maxSeconds;

    @Option(names = "--silence-seconds", paramLabel = "N", defaultValue = "3",
            description = "Stop recording after this many seconds of silence (default ${DEFAULT-VALUE}).")
    int silenceSeconds;

    @Option(names = "--recordings", paramLabel = "DIR", defaultValue = "interview-recordings",
            description = "Where recordings and, by default, the report are kept (default ${DEFAULT-VALUE}).")
    Path recordings;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report as JSON to this file.")
    Path out;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Write the report as Markdown to this file.")
    Path markdown;

    @Override
    public Integer call() throws IOException {
        if (maxSeconds < 5 || silenceSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--max-seconds must be at least 5 and "
                    + "--silence-seconds at least 1");
        }
        JobDescription jobDescription = JobDescriptions.read(jd);
        try {
            java.nio.file.Files.createDirectories(recordings);
        } catch (IOException e) {
            throw new dev.aiinterview.api.error.InvalidInputException("Cannot keep recordings in " + recordings + " ("
                    + e.getMessage() + "): pass --recordings with a folder you can write to.", e);
        }
        if (!java.nio.file.Files.isWritable(recordings)) {
            throw new dev.aiinterview.api.error.InvalidInputException("Cannot write to " + recordings
                    + ": pass --recordings with a folder you can write to.");
        }
        var flags = common.with(ConfigKeys.LLM_PROVIDER, llm);
        Settings.put(flags, ConfigKeys.STT_PROVIDER, stt);
        Settings.put(flags, ConfigKeys.CAPTURE_PROVIDER, capture);
        ConfigSource config = Settings.layered(root.context(), flags);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();

        Optional<InterviewReport> report;
        try (Interviewer interviewer = root.interviewer(config);
             MediaCapture microphone = microphone(interviewer, config, stderr)) {
            stderr.println("Planning the interview from " + jd + " (LLM: " + interviewer.llmProvider() + ")...");
            stderr.flush();
            InterviewPlan plan = interviewer.plan(jobDescription);
            var options = CaptureOptions.builder().maxDuration(Duration.ofSeconds(maxSeconds))
                    .stopAfterSilence(Duration.ofSeconds(silenceSeconds)).build();
            var live = new LiveInterview(root.context().terminal(), stdout, stderr, microphone, options, recordings);
            report = live.run(interviewer.start(plan), plan.profile().roleTitle(), plan.questions().size());
        }
        if (report.isEmpty()) {
            return 0;
        }
        Path json = out != null ? out : recordings.resolve("report.json");
        Path md = markdown != null ? markdown : recordings.resolve("report.md");
        Outputs.write(json, Json.writePretty(report.get()));
        Outputs.write(md, new MarkdownReport(SessionSettings.from(config).lowConfidence()).render(report.get()));
        // For the recruiter, on stderr: the candidate's screen shows no ratings.
        stderr.println("Report for the recruiter: " + json + " and " + md);
        stderr.flush();
        return 0;
    }

    /** The microphone, or {@code null} for typed answers (with the reason on stderr). */
    private MediaCapture microphone(Interviewer interviewer, ConfigSource config, PrintWriter stderr) {
        if (typed) {
            return null;
        }
        var factories = root.context().captures();
        String why = null;
        if (factories.isEmpty()) {
            why = "no microphone capture provider in this build (add dev.aiinterview:capture-java)";
        } else if (interviewer.speechToTextProvider().isEmpty()) {
            why = interviewer.speechToTextMissingReason().orElse("no speech-to-text provider is configured "
                    + "(set --stt, e.g. vosk or gemini)");
        }
        if (why != null) {
            if (capture != null || stt != null) {
                throw new ConfigurationException("Spoken answers are not possible: " + why);
            }
            stderr.println("Answers will be typed: " + why + ".");
            stderr.flush();
            return null;
        }
        var registry = new ProviderRegistry<>(ProviderKind.MEDIA_CAPTURE, factories);
        return registry.create(registry.select(config), config);
    }
}
