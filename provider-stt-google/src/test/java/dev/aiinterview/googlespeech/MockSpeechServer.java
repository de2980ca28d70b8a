package dev.aiinterview.googlespeech;

import com.google.api.gax.grpc.testing.LocalChannelProvider;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.cloud.speech.v1.LongRunningRecognizeRequest;
import com.google.cloud.speech.v1.LongRunningRecognizeResponse;
import com.google.cloud.speech.v1.MockSpeech;
import com.google.cloud.speech.v1.RecognizeRequest;
import com.google.cloud.speech.v1.RecognizeResponse;
import com.google.cloud.speech.v1.SpeechRecognitionAlternative;
import com.google.cloud.speech.v1.SpeechRecognitionResult;
import com.google.cloud.speech.v1.WordInfo;
import com.google.longrunning.Operation;
import com.google.protobuf.AbstractMessage;
import com.google.protobuf.Any;
import com.google.protobuf.Duration;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.spi.SpeechToTextProvider;
import com.google.longrunning.GetOperationRequest;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerServiceDefinition;
import io.grpc.protobuf.ProtoUtils;
import io.grpc.stub.ServerCalls;
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
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The library's own {@link MockSpeech} over in-process gRPC, with the request headers recorded (to see the
 * credentials that were sent). Providers are made through the real factory; only the channel and the Application
 * Default Credentials lookup are replaced.
 */
final class MockSpeechServer implements AutoCloseable {

    static final String ADC_TOKEN = "adc-token";
    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> API_KEY = Metadata.Key.of("x-goog-api-key", Metadata.ASCII_STRING_MARSHALLER);

    final MockSpeech speech = new MockSpeech();
    final List<Metadata> headers = new CopyOnWriteArrayList<>();
    /** What polls of a long-running operation answer, in turn; when empty, "not done yet". */
    final Queue<Operation> polls = new ConcurrentLinkedQueue<>();
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
                    .addService(ServerInterceptors.intercept(speech.getServiceDefinition(), recordHeaders))
                    .addService(operations())
                    .build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * google.longrunning.Operations/GetOperation, which MockSpeech lacks, so polling a pending operation is
     * deterministic: each poll takes the next of {@link #polls}.
     */
    private ServerServiceDefinition operations() {
        MethodDescriptor<GetOperationRequest, Operation> get = MethodDescriptor.<GetOperationRequest, Operation>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY)
                .setFullMethodName(MethodDescriptor.generateFullMethodName("google.longrunning.Operations",
                        "GetOperation"))
                .setRequestMarshaller(ProtoUtils.marshaller(GetOperationRequest.getDefaultInstance()))
                .setResponseMarshaller(ProtoUtils.marshaller(Operation.getDefaultInstance()))
                .build();
        return ServerServiceDefinition.builder("google.longrunning.Operations")
                .addMethod(get, ServerCalls.asyncUnaryCall((request, reply) -> {
                    Operation next = polls.poll();
                    reply.onNext(next != null ? next : Operation.newBuilder().setName(request.getName()).build());
                    reply.onCompleted();
                }))
                .build();
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

    List<AbstractMessage> requests() {
        return speech.getRequests();
    }

    RecognizeRequest recognizeRequest() {
        return (RecognizeRequest) requests().get(requests().size() - 1);
    }

    LongRunningRecognizeRequest longRunningRequest() {
        return (LongRunningRecognizeRequest) requests().get(requests().size() - 1);
    }

    void answer(SpeechRecognitionResult... results) {
        speech.addResponse(RecognizeResponse.newBuilder().addAllResults(List.of(results)).build());
    }

    void answerLongRunning(SpeechRecognitionResult... results) {
        LongRunningRecognizeResponse response = LongRunningRecognizeResponse.newBuilder()
                .addAllResults(List.of(results)).build();
        speech.addResponse(Operation.newBuilder().setName("operations/42").setDone(true)
                .setResponse(Any.pack(response)).build());
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
