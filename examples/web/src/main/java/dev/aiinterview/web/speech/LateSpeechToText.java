package dev.aiinterview.web.speech;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import dev.aiinterview.spi.TranscriptionOptions;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The interviewer's speech-to-text while its model is still being downloaded: until {@link #install} it refuses
 * with a retriable {@link ProviderUnavailableException} (the candidate page sends no spoken answers meanwhile, so
 * only an answer stored before a restart can meet it, and it is kept); afterwards every call goes to the provider
 * made from the model. The interviewer is built once, so this is what lets voice answers start without a restart.
 */
final class LateSpeechToText implements SpeechToTextProvider {

    private final String id;
    private volatile SpeechToTextProvider ready;
    private volatile boolean closed;

    LateSpeechToText(String id) {
        this.id = id;
    }

    /** Hands over to the provider made from the downloaded model; a provider arriving after close is closed. */
    void install(SpeechToTextProvider provider) {
        ready = provider;
        if (closed) {
            provider.close();
        }
    }

    /** A factory that hands this provider to the interviewer's builder under the default engine's id. */
    SpeechToTextProviderFactory factory() {
        LateSpeechToText self = this;
        return new SpeechToTextProviderFactory() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public SpeechToTextProvider create(ConfigSource config) {
                return self;
            }
        };
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String model() {
        SpeechToTextProvider provider = ready;
        return provider == null ? null : provider.model();
    }

    @Override
    public Set<Capability> capabilities() {
        SpeechToTextProvider provider = ready;
        return provider == null ? Set.of() : provider.capabilities();
    }

    @Override
    public CompletableFuture<Transcript> transcribeAsync(AudioInput audio, TranscriptionOptions options) {
        SpeechToTextProvider provider = ready;
        if (provider == null) {
            return CompletableFuture.failedFuture(new ProviderUnavailableException(id, "The speech model is not "
                    + "ready yet: it is being fetched, and voice answers turn on by themselves once it is ready (the "
                    + "recruiter's pages show how far it got)"));
        }
        return provider.transcribeAsync(audio, options);
    }

    @Override
    public void close() {
        closed = true;
        SpeechToTextProvider provider = ready;
        if (provider != null) {
            provider.close();
        }
    }
}
