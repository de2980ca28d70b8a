package dev.aiinterview.spi;

/**
 * Creates {@link SpeechToTextProvider}s. Register implementations in
 * {@code META-INF/services/dev.aiinterview.spi.SpeechToTextProviderFactory}.
 */
public interface SpeechToTextProviderFactory extends ProviderFactory<SpeechToTextProvider> {
}
