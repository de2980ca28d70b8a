package dev.aiinterview.googlespeech;

import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.grpc.testing.LocalChannelProvider;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.cloud.speech.v1.RecognizeRequest;
import com.google.cloud.speech.v1.RecognizeResponse;
import com.google.cloud.speech.v1.SpeechClient;
import com.google.cloud.speech.v1.SpeechRecognitionAlternative;
import com.google.cloud.speech.v1.SpeechRecognitionResult;
import com.google.cloud.speech.v1.SpeechSettings;
import com.google.cloud.speech.v1.WordInfo;
import com.google.protobuf.AbstractMessage;
import com.google.protobuf.Duration;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.SpeechToTextProvider;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The library's own MockSpeech, made as strict as Cloud Speech about inline audio ({@link StrictMockSpeech}), over
 * in-process gRPC, with the request headers recorded (to see the credentials that were sent). Providers are made
 * through the real factory; only the channel and the Application Default Credentials lookup are replaced.
 */
final class MockSpeechServer implements AutoCloseable {

    static final String ADC_TOKEN = "adc-token";
    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> API_KEY = Metadata.Key.of("x-goog-api-key", Metadata.ASCII_STRING_MARSHALLER);

    final StrictMockSpeech speech = new StrictMockSpeech();
    final List<Metadata> headers = new CopyOnWriteArrayList<>();
    private final String name = InProcessServerBuilder.generateName();
    private final Server server;

    MockSpeechServer() {
        ServerInterceptor recordHeaders = new ServerInterceptor() {
            @Override
            public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata metadata,
                                                              ServerCallHandler<Q, R> next) {
                headers.add(metadata);
                return next.startCall(call, metadata);
            }
        };
        try {
            server = InProcessServerBuilder.forName(name).directExecutor()
                    .addService(ServerInterceptors.intercept(speech.bindService(), recordHeaders))
                    .build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real factory, over this server, with Application Default Credentials holding a fixed token. */
    GoogleSpeechToTextProviderFactory factory() {
        return factory(() -> GoogleCredentials.create(new AccessToken(ADC_TOKEN,
                new Date(System.currentTimeMillis() + 3_600_000))));
    }

    GoogleSpeechToTextProviderFactory factory(GoogleSpeechClients.DefaultCredentials adc) {
        return new GoogleSpeechToTextProviderFactory(new GoogleSpeechClients(adc, LocalChannelProvider.create(name)));
    }

    SpeechToTextProvider provider(Map<String, String> settings) {
        return factory().create(ConfigSource.of(settings));
    }

    SpeechToTextProvider provider() {
        return provider(Map.of());
    }

    /** A plain client over this server, to call the double directly. */
    SpeechClient client() {
        try {
            return SpeechClient.create(SpeechSettings.newBuilder()
                    .setTransportChannelProvider(LocalChannelProvider.create(name))
                    .setCredentialsProvider(NoCredentialsProvider.create()).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every request that reached the double, refused ones included. */
    List<AbstractMessage> requests() {
        return speech.getRequests();
    }

    List<RecognizeRequest> recognizeRequests() {
        return requests().stream().filter(RecognizeRequest.class::isInstance).map(RecognizeRequest.class::cast)
                .toList();
    }

    RecognizeRequest recognizeRequest() {
        return (RecognizeRequest) requests().get(requests().size() - 1);
    }

    void answer(SpeechRecognitionResult... results) {
        speech.addResponse(RecognizeResponse.newBuilder().addAllResults(List.of(results)).build());
    }

    /** A result as Google returns it: one alternative, words with offsets and (0 = unset) confidence. */
    static SpeechRecognitionResult result(String transcript, float confidence, Object... wordStartEndConfidence) {
        SpeechRecognitionAlternative.Builder alternative = SpeechRecognitionAlternative.newBuilder()
                .setTranscript(transcript).setConfidence(confidence);
        for (int i = 0; i < wordStartEndConfidence.length; i += 4) {
            alternative.addWords(WordInfo.newBuilder()
                    .setWord((String) wordStartEndConfidence[i])
                    .setStartTime(duration((Integer) wordStartEndConfidence[i + 1]))
                    .setEndTime(duration((Integer) wordStartEndConfidence[i + 2]))
                    .setConfidence(((Number) wordStartEndConfidence[i + 3]).floatValue()));
        }
        return SpeechRecognitionResult.newBuilder().addAlternatives(alternative).setLanguageCode("en-us").build();
    }

    private static Duration duration(int millis) {
        return Duration.newBuilder().setSeconds(millis / 1000).setNanos(millis % 1000 * 1_000_000).build();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
