package dev.aiinterview.cli;

import dev.aiinterview.api.config.ConfigKeys;
import dev.aiinterview.core.check.ProviderDoctor;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code interview doctor}: checks each configured provider before an interview needs it (settings, key, model
 * availability, one tiny real call) and prints one line each. Exits 0 when all is well, 1 when a provider failed,
 * 2 when a setting is wrong.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check the configured LLM and speech-to-text providers: settings, key (never shown), whether "
                + "their models are served, and one tiny real call each. Exits 0 when all is well, 1 when a "
                + "provider failed, 2 when a setting is wrong.")
final class DoctorCommand implements Callable<Integer> {

    @ParentCommand
    InterviewCli root;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--llm", paramLabel = "ID", description = "LLM provider id to check, such as gemini.")
    String llm;

    @Option(names = "--stt", paramLabel = "ID", description = "Speech-to-text provider id to check, such as vosk.")
    String stt;

    @Override
    public Integer call() {
        Map<String, String> flags = common.with(ConfigKeys.LLM_PROVIDER, llm);
        Settings.put(flags, ConfigKeys.STT_PROVIDER, stt);
        var config = Settings.layered(root.context(), flags);
        ProviderDoctor.Report report = new ProviderDoctor(config, root.context().llms(),
                root.context().speechToText()).run();
        PrintWriter out = spec.commandLine().getOut();
        out.print(DoctorTable.render(report.checks()));
        out.println(switch (report.exitCode()) {
            case 0 -> "All providers are ready.";
            case 2 -> "A setting is wrong: fix the line marked MISCONFIGURED, then run interview doctor again.";
            default -> "A provider failed: see the line marked FAILED.";
        });
        out.flush();
        return report.exitCode();
    }

    /** The report as an aligned table: role, provider, model, status, latency, detail. */
    static final class DoctorTable {

        static String render(List<ProviderDoctor.Check> checks) {
            String[] header = {"ROLE", "PROVIDER", "MODEL", "STATUS", "LATENCY", "DETAIL"};
            List<String[]> rows = new java.util.ArrayList<>();
            rows.add(header);
            for (ProviderDoctor.Check c : checks) {
                rows.add(new String[] {c.role(), c.provider(), c.model(), c.status().name(),
                        c.latencyMs() == null ? "-" : c.latencyMs() + " ms", c.detail()});
            }
            int[] widths = new int[header.length - 1];
            for (String[] row : rows) {
                for (int i = 0; i < widths.length; i++) {
                    widths[i] = Math.max(widths[i], row[i].length());
                }
            }
            var text = new StringBuilder();
            for (String[] row : rows) {
                for (int i = 0; i < widths.length; i++) {
                    text.append(String.format("%-" + widths[i] + "s  ", row[i]));
                }
                text.append(row[widths.length]).append(System.lineSeparator());
            }
            return text.toString();
        }

        private DoctorTable() {
        }
    }
}
