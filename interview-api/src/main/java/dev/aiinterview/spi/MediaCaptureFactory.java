package dev.aiinterview.spi;

/**
 * Creates {@link MediaCapture}s. Register implementations in
 * {@code META-INF/services/dev.aiinterview.spi.MediaCaptureFactory}.
 */
public interface MediaCaptureFactory extends ProviderFactory<MediaCapture> {
}
