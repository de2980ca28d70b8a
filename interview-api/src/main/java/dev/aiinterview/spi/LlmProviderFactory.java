package dev.aiinterview.spi;

/**
 * Creates {@link LlmProvider}s. Register implementations in
 * {@code META-INF/services/dev.aiinterview.spi.LlmProviderFactory}.
 */
public interface LlmProviderFactory extends ProviderFactory<LlmProvider> {
}
