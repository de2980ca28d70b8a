package dev.aiinterview.cli;

import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.core.Interviewer;
import dev.aiinterview.core.input.JobDescriptions;
import dev.aiinterview.json.Json;
import dev.aiinterview.core.report.MarkdownReport;
import dev.aiinterview.core.session.SessionSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code interview run}: a whole interview with answers read from files, ending in the recruiter report. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run a scripted interview: plan it from the job description, answer each question from the "
                + "answers folder, evaluate the answers and write the report.",
                "Answers folder: NN.txt (typed) or NN.wav (spoken) answers question NN, counted from 01 in plan "
                        + "order; NN-fK.txt/.wav answers its K-th follow-up. A prompt without a file is recorded as "
                        + "skipped."})
final class RunCommand implements Callable<Integer> {

    @ParentCommand
    InterviewCli root;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--jd", required = true, paramLabel = "FILE",
            description = "The job description: a UTF-8 text or Markdown file.")
    Path jd;

    @Option(names = "--answers", required = true, paramLabel = "DIR", description = "The candidate's answers.")
    Path answersDir;

    @Option(names = "--llm", paramLabel = "ID",
            description = "LLM provider id, such as offline (no network) or gemini (needs GEMINI_API_KEY).")
    String llm;

    @Option(names = "--stt", paramLabel = "ID",
            description = "Speech-to-text provider id for .wav answers, such as vosk or gemini.")
    String stt;

    @Option(names = "--follow-ups", paramLabel = "N",
            description = "Follow-up questions allowed per question (default 1; 0 turns them off).")
    Integer followUps;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report as JSON to this file.")
    Path out;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Write the report as Markdown to this file.")
    Path markdown;

    @Override
    public Integer call() {
        if (followUps != null && followUps < 0) {
            throw new ParameterException(spec.commandLine(), "--follow-ups must be 0 or more, was " + followUps);
        }
        JobDescription jobDescription = JobDescriptions.read(jd);
        AnswerFolder answers = AnswerFolder.open(answersDir);
        var flags = common.with(ConfigKeys.LLM_PROVIDER, llm);
        Settings.put(flags, ConfigKeys.STT_PROVIDER, stt);
        Settings.put(flags, ConfigKeys.FOLLOW_UPS_MAX, followUps);
        var config = Settings.layered(root.context(), flags);

        PrintWriter stderr = spec.commandLine().getErr();
        InterviewReport report;
        List<String> unused;
        try (Interviewer interviewer = root.interviewer(config)) {
            if (answers.hasSpoken() && interviewer.speechToTextProvider().isEmpty()) {
                // Say it before any LLM call is spent on an interview whose spoken answers cannot be heard.
                throw new ConfigurationException("The answers folder holds .wav answers but "
                        + interviewer.speechToTextMissingReason().map(r -> "speech-to-text is unavailable: " + r)
                                .orElse("no speech-to-text provider is in this build: " + TranscribeCommand.NO_PROVIDER));
            }
            InterviewPlan plan = interviewer.plan(jobDescription);
            stderr.println("Planned " + plan.questions().size() + " questions on " + plan.profile().topics().size()
                    + " requirements for " + plan.profile().roleTitle() + " (LLM: " + interviewer.llmProvider()
                    + interviewer.speechToTextProvider().map(id -> ", speech-to-text: " + id).orElse("") + ").");
            var interview = new ScriptedInterview(plan, answers, stderr);
            report = interview.run(interviewer.start(plan));
            unused = interview.unusedFiles();
        }
        if (!unused.isEmpty()) {
            stderr.println("Not used (no such prompt in this interview): " + String.join(", ", unused));
        }
        stderr.flush();

        String markdownText = new MarkdownReport(SessionSettings.from(config).lowConfidence())
                .render(report);
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null && markdown == null) {
            stdout.print(markdownText);
        } else {
            if (out != null) {
                Outputs.write(out, Json.writePretty(report));
            }
            if (markdown != null) {
                Outputs.write(markdown, markdownText);
            }
            stdout.print(RunSummary.render(report, out, markdown));
        }
        stdout.flush();
        return 0;
    }
}
