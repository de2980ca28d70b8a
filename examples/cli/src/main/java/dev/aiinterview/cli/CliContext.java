package dev.aiinterview.cli;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.core.registry.ServiceLoaderProviders;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.MediaCaptureFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the command runs against: the settings beneath its flags, the providers it may choose from and, for
 * {@code interview live}, the terminal it reads answers from. Tests pass their own, so they never depend on the
 * developer's environment variables or keyboard.
 *
 * <p>Providers are looked up only when a command needs them: discovery may log, and logging is configured only
 * once {@code --verbose} has been parsed.
 */
final class CliContext {

    private final ConfigSource config;
    private final Supplier<List<LlmProviderFactory>> llms;
    private final Supplier<List<SpeechToTextProviderFactory>> speechToText;
    private final Supplier<List<MediaCaptureFactory>> captures;
    private final Supplier<Reader> terminal;

    CliContext(ConfigSource config, Supplier<List<LlmProviderFactory>> llms,
               Supplier<List<SpeechToTextProviderFactory>> speechToText) {
        this(config, llms, speechToText, () -> ServiceLoaderProviders.load(MediaCaptureFactory.class),
                CliContext::systemIn);
    }

    CliContext(ConfigSource config, Supplier<List<LlmProviderFactory>> llms,
               Supplier<List<SpeechToTextProviderFactory>> speechToText, Supplier<List<MediaCaptureFactory>> captures,
               Supplier<Reader> terminal) {
        this.config = Objects.requireNonNull(config, "config");
        this.llms = llms;
        this.speechToText = speechToText;
        this.captures = captures;
        this.terminal = terminal;
    }

    /** System properties, the environment and the providers on the classpath. */
    static CliContext system() {
        return new CliContext(ConfigSource.defaults(),
                () -> ServiceLoaderProviders.load(LlmProviderFactory.class),
                () -> ServiceLoaderProviders.load(SpeechToTextProviderFactory.class));
    }

    private static Reader systemIn() {
        return new InputStreamReader(System.in, Charset.defaultCharset());
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

    List<MediaCaptureFactory> captures() {
        return captures.get();
    }

    /** Where a person types, line by line. */
    BufferedReader terminal() {
        Reader r = terminal.get();
        return r instanceof BufferedReader b ? b : new BufferedReader(r);
    }
}
