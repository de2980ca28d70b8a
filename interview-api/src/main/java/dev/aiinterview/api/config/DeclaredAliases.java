package dev.aiinterview.api.config;

import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.MediaCaptureFactory;
import dev.aiinterview.spi.ProviderFactory;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The environment aliases that the providers on the class path declare ({@code GEMINI_API_KEY} for
 * {@code interview.gemini.api-key}), so that the process environment answers them wherever it is read: also inside
 * a host's own source written as a lambda over {@link ConfigSource#environment()}, which no
 * {@link ConfigSource#withAliases} can reach. Found once, on first use, through the same {@link ServiceLoader}
 * registrations as the providers; factories are tiny and do no work when made. A provider that cannot be loaded
 * is skipped here: the registry reports it when it is asked for.
 */
final class DeclaredAliases {

    private static final List<Class<? extends ProviderFactory<?>>> KINDS = kinds();
    private static volatile Map<String, String> found;

    static Map<String, String> onClassPath() {
        Map<String, String> aliases = found;
        if (aliases == null) {
            aliases = discover();
            found = aliases;
        }
        return aliases;
    }

    private static Map<String, String> discover() {
        var aliases = new HashMap<String, String>();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        for (Class<? extends ProviderFactory<?>> kind : KINDS) {
            collect(ServiceLoader.load(kind, context != null ? context : DeclaredAliases.class.getClassLoader()),
                    aliases);
        }
        return Map.copyOf(aliases);
    }

    private static void collect(ServiceLoader<? extends ProviderFactory<?>> loader, Map<String, String> into) {
        var providers = loader.iterator();
        while (true) {
            try {
                if (!providers.hasNext()) {
                    return;
                }
                providers.next().environmentAliases().forEach(into::putIfAbsent);
            } catch (ServiceConfigurationError | LinkageError broken) {
                // skipped: see the class comment
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Class<? extends ProviderFactory<?>>> kinds() {
        return List.of((Class) LlmProviderFactory.class, (Class) SpeechToTextProviderFactory.class,
                (Class) MediaCaptureFactory.class);
    }

    private DeclaredAliases() {
    }
}
