package dev.aiinterview.googlespeech;

import dev.aiinterview.api.webm.WebmDemuxer;
import com.google.cloud.speech.v1.LongRunningRecognizeRequest;
import com.google.cloud.speech.v1.LongRunningRecognizeResponse;
import com.google.cloud.speech.v1.MockSpeechImpl;
import com.google.cloud.speech.v1.RecognitionAudio;
import com.google.cloud.speech.v1.RecognitionConfig;
import com.google.cloud.speech.v1.RecognizeRequest;
import com.google.cloud.speech.v1.RecognizeResponse;
import com.google.longrunning.Operation;
import com.google.protobuf.AbstractMessage;
import com.google.protobuf.Any;
import dev.aiinterview.api.error.InvalidInputException;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The library's MockSpeech made as strict as Cloud Speech about inline audio: Recognize and LongRunningRecognize
 * refuse content over 10 MB or longer than a minute with Google's own status and messages (taken from real
 * answers quoted in googleapis issue threads). Queued responses and exceptions are served as MockSpeech serves them;
 * when none is queued, the double answers from the audio itself ({@link ToneRecognizer}), which long-answer tests
 * rely on.
 */
final class StrictMockSpeech extends MockSpeechImpl {

    static final double MAX_INLINE_SECONDS = 60;
    static final int MAX_INLINE_BYTES = 10_485_760;
    /** Recognize's answer to inline audio over a minute. */
    static final String SYNC_TOO_LONG =
            "Sync input too long. For audio longer than 1 min use LongRunningRecognize with a 'uri' parameter.";
    /** LongRunningRecognize's answer to inline audio over about a minute. */
    static final String INLINE_TOO_LONG = "Inline audio exceeds duration limit. Please use a GCS URI.";
    static final String TOO_BIG = "Request payload size exceeds the limit: 10485760 bytes.";

    private final AtomicInteger queued = new AtomicInteger();
    private final List<AbstractMessage> received = new CopyOnWriteArrayList<>();
    private volatile boolean silent;

    /** From now on, accept requests and never answer them (to see timeouts). */
    void neverAnswer() {
        silent = true;
    }

    /** Every request that arrived, refused ones included, in order of arrival. */
    @Override
    public List<AbstractMessage> getRequests() {
        return List.copyOf(received);
    }

    @Override
    public void addResponse(AbstractMessage response) {
        queued.incrementAndGet();
        super.addResponse(response);
    }

    @Override
    public void addException(Exception exception) {
        queued.incrementAndGet();
        super.addException(exception);
    }

    @Override
    public void recognize(RecognizeRequest request, StreamObserver<RecognizeResponse> reply) {
        received.add(request);
        if (refused(request.getConfig(), request.getAudio(), SYNC_TOO_LONG, reply) || silent) {
            return;
        }
        if (takeQueued()) {
            synchronized (this) {  // MockSpeechImpl's queue is not thread-safe, and chunks arrive at once
                super.recognize(request, reply);
            }
            return;
        }
        reply.onNext(RecognizeResponse.newBuilder()
                .addAllResults(ToneRecognizer.results(request.getConfig(), request.getAudio().getContent())).build());
        reply.onCompleted();
    }

    @Override
    public void longRunningRecognize(LongRunningRecognizeRequest request, StreamObserver<Operation> reply) {
        received.add(request);
        if (refused(request.getConfig(), request.getAudio(), INLINE_TOO_LONG, reply) || silent) {
            return;
        }
        if (takeQueued()) {
            synchronized (this) {
                super.longRunningRecognize(request, reply);
            }
            return;
        }
        LongRunningRecognizeResponse response = LongRunningRecognizeResponse.newBuilder()
                .addAllResults(ToneRecognizer.results(request.getConfig(), request.getAudio().getContent())).build();
        reply.onNext(Operation.newBuilder().setName("operations/1").setDone(true).setResponse(Any.pack(response))
                .build());
        reply.onCompleted();
    }

    private boolean takeQueued() {
        return queued.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    private static boolean refused(RecognitionConfig config, RecognitionAudio audio, String tooLong,
                                   StreamObserver<?> reply) {
        if (audio.getAudioSourceCase() != RecognitionAudio.AudioSourceCase.CONTENT) {
            return false;  // a gs:// URI: any length
        }
        String refusal = null;
        if (audio.getContent().size() > MAX_INLINE_BYTES) {
            refusal = TOO_BIG;
        } else if (seconds(config, audio) > MAX_INLINE_SECONDS) {
            refusal = tooLong;
        }
        if (refusal != null) {
            reply.onError(Status.INVALID_ARGUMENT.withDescription(refusal).asRuntimeException());
        }
        return refusal != null;
    }

    /** The inline audio's duration as Google would measure it; 0 when this double cannot tell. */
    static double seconds(RecognitionConfig config, RecognitionAudio audio) {
        int bytes = audio.getContent().size();
        return switch (config.getEncoding()) {
            case LINEAR16 -> config.getSampleRateHertz() <= 0 ? 0
                    : bytes / (2.0 * config.getSampleRateHertz() * Math.max(1, config.getAudioChannelCount()));
            case WEBM_OPUS -> {
                try {
                    yield WebmDemuxer.read(audio.getContent().toByteArray(), "request", Duration.ofHours(8)).seconds();
                } catch (InvalidInputException e) {
                    yield 0;
                }
            }
            default -> 0;
        };
    }
}
