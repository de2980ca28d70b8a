package dev.aiinterview.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every subcommand takes. */
final class CommonOptions {

    @Option(names = "--verbose", description = "Show debug logs, and stack traces on errors.")
    boolean verbose;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE",
            description = "Set a configuration key, such as -Dinterview.plan.review=always. Repeatable; wins over "
                    + "system properties and environment variables.")
    Map<String, String> settings = new LinkedHashMap<>();

    /** The {@code --set} values with the given flag on top, when the flag was given. */
    Map<String, String> with(String key, Object flagValue) {
        return Settings.put(new LinkedHashMap<>(settings), key, flagValue);
    }
}
