package dev.aiinterview.cli;

import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.core.Interviewer;
import dev.aiinterview.core.input.JobDescriptions;
import dev.aiinterview.json.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code interview plan}: what the interview would ask, for a person to check before using it. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Analyse a job description and print the interview plan: the requirements found, the "
                + "questions and anything the fairness review flagged.")
final class PlanCommand implements Callable<Integer> {

    @ParentCommand
    InterviewCli root;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--jd", required = true, paramLabel = "FILE",
            description = "The job description: a UTF-8 text or Markdown file.")
    Path jd;

    @Option(names = "--llm", paramLabel = "ID",
            description = "LLM provider id, such as offline (no network) or gemini (needs GEMINI_API_KEY).")
    String llm;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the plan as JSON to this file.")
    Path out;

    @Override
    public Integer call() {
        JobDescription jobDescription = JobDescriptions.read(jd);
        var config = Settings.layered(root.context(), common.with(ConfigKeys.LLM_PROVIDER, llm));
        InterviewPlan plan;
        try (Interviewer interviewer = root.interviewer(config)) {
            plan = interviewer.plan(jobDescription);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(PlanText.render(plan));
        if (out != null) {
            Outputs.write(out, Json.writePretty(plan));
            stdout.println();
            stdout.println("Plan JSON: " + out);
        }
        stdout.flush();
        return 0;
    }
}
