package dev.aiinterview.cli;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.registry.ServiceLoaderProviders;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** Runs the command in-process, as {@code main} would, with stdout and stderr captured. */
final class Cli {

    /** What a run printed and returned. */
    record Result(int exitCode, String stdout, String stderr) {

        List<String> stderrLines() {
            return stderr.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
        }
    }

    /** The classpath's providers (offline, and the testkit's scripted and playback) and no outside settings. */
    static CliContext context() {
        return new CliContext(ConfigSource.empty(),
                () -> ServiceLoaderProviders.load(LlmProviderFactory.class),
                () -> ServiceLoaderProviders.load(SpeechToTextProviderFactory.class));
    }

    static Result run(String... args) {
        return run(context(), args);
    }

    static Result run(CliContext context, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        CommandLine cmd = InterviewCli.commandLine(context);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    private Cli() {
    }
}
