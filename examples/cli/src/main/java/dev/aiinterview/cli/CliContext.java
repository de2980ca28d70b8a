package dev.aiinterview.cli;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.registry.ServiceLoaderProviders;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the command runs against: the settings beneath its flags and the providers it may choose from. Tests pass
 * their own, so they never depend on the developer's environment variables.
 *
 * <p>Providers are looked up only when a command needs them: discovery may log, and logging is configured only
 * once {@code --verbose} has been parsed.
 */
final class CliContext {

    private final ConfigSource config;
    private final Supplier<List<LlmProviderFactory>> llms;
    private final Supplier<List<SpeechToTextProviderFactory>> speechToText;

    CliContext(ConfigSource config, Supplier<List<LlmProviderFactory>> llms,
               Supplier<List<SpeechToTextProviderFactory>> speechToText) {
        this.config = Objects.requireNonNull(config, "config");
        this.llms = llms;
        this.speechToText = speechToText;
    }

    /** System properties, the environment and the providers on the classpath. */
    static CliContext system() {
        return new CliContext(ConfigSource.defaults(),
                () -> ServiceLoaderProviders.load(LlmProviderFactory.class),
                () -> ServiceLoaderProviders.load(SpeechToTextProviderFactory.class));
    }

    ConfigSource config() {
        return config;
    }

    List<LlmProviderFactory> llms() {
        return llms.get();
    }

    List<SpeechToTextProviderFactory> speechToText() {
        return speechToText.get();
    }
}
