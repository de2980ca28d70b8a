package dev.aiinterview.testkit;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmProviderFactory;
import java.util.Optional;

/**
 * Registers {@link ScriptedLlm} under the id {@code scripted}, so tests can exercise real
 * {@link java.util.ServiceLoader} discovery. The provider it creates has an empty script: tests that need
 * replies build a {@link ScriptedLlm} themselves and pass it to the builder.
 */
public final class ScriptedLlmFactory implements LlmProviderFactory {

    @Override
    public String id() {
        return "scripted";
    }

    @Override
    public String description() {
        return "Scripted LLM for tests (interview-testkit)";
    }

    @Override
    public Optional<String> artifact() {
        return Optional.of("dev.aiinterview:interview-testkit");
    }

    @Override
    public LlmProvider create(ConfigSource config) {
        return new ScriptedLlm(id());
    }
}
