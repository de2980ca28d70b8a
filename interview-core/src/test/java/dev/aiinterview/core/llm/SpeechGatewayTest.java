package dev.aiinterview.core.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.Accounting;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.error.InvalidRequestException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.api.error.RateLimitedException;
import dev.aiinterview.core.event.EventBus;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import dev.aiinterview.testkit.InstantScheduler;
import dev.aiinterview.testkit.MutableClock;
import dev.aiinterview.testkit.PlaybackSpeechToText;
import dev.aiinterview.testkit.TestAudio;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SpeechGatewayTest {

    private static final AudioInput AUDIO = AudioInput.ofBytes(TestAudio.toneWav(1), "audio/wav");

    private final InstantScheduler scheduler = new InstantScheduler();
    private final MutableClock clock = MutableClock.at("2026-12-04T12:00:00Z");
    private final List<InterviewEvent> events = new CopyOnWriteArrayList<>();
    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofSeconds(30));

    private SpeechGateway gateway(SpeechToTextProvider primary, SpeechToTextProvider fallback) {
        return new SpeechGateway(primary, fallback, new Retries(policy, scheduler, Runnable::run, clock),
                new EventBus(List.of(events::add)));
    }

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    @Test
    void givenATranscriptionWhenItSucceedsThenItIsBookedPerProviderAndPublishedAsACallEvent() {
        // given
        var stt = new PlaybackSpeechToText().then("one two three");
        var scope = new AccountingScope("s1", Accounting.EMPTY);

        // when
        Transcript transcript = gateway(stt, null).transcribe(AUDIO, TranscriptionOptions.defaults(), scope);

        // then: three words of 400 ms each
        assertThat(transcript.text()).isEqualTo("one two three");
        assertThat(scope.snapshot().sttCalls()).isEqualTo(1);
        assertThat(scope.snapshot().sttCallsByProvider()).containsExactly(java.util.Map.entry("playback", 1));
        assertThat(scope.snapshot().audioMillis()).isEqualTo(1200);
        assertThat(events).filteredOn(InterviewEvent.SpeechToTextCallFinished.class::isInstance)
                .singleElement().isInstanceOfSatisfying(InterviewEvent.SpeechToTextCallFinished.class, e -> {
                    assertThat(e.sessionId()).isEqualTo("s1");
                    assertThat(e.provider()).isEqualTo("playback");
                    assertThat(e.audioMillis()).isEqualTo(1200);
                    assertThat(e.success()).isTrue();
                });
    }

    @Test
    void givenAnOutageWhenTranscribingThenTheSameRetryLoopAsForLlmCallsRetriesWithBackoffAndBooksEachAttempt() {
        // given
        var stt = new FlakySpeech(new ProviderUnavailableException("flaky", "503"),
                new ProviderUnavailableException("flaky", "500"));
        var scope = new AccountingScope("s1", Accounting.EMPTY);

        // when
        gateway(stt, null).transcribe(AUDIO, TranscriptionOptions.defaults(), scope);

        // then
        assertThat(stt.calls).hasValue(3);
        assertThat(scheduler.delays()).hasSize(2);
        assertThat(scheduler.delays().get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(scheduler.delays().get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(scope.snapshot().sttCalls()).isEqualTo(3);
        assertThat(events).filteredOn(InterviewEvent.SpeechToTextCallFinished.class::isInstance)
                .extracting(e -> ((InterviewEvent.SpeechToTextCallFinished) e).success())
                .containsExactly(false, false, true);
    }

    @Test
    void givenARateLimitWithADelayWhenTranscribingThenTheServersDelayIsHonoured() {
        var stt = new FlakySpeech(new RateLimitedException("flaky", "429", Duration.ofSeconds(7), null));

        gateway(stt, null).transcribe(AUDIO, TranscriptionOptions.defaults(), CallScope.none());

        assertThat(scheduler.delays()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void givenARejectedRequestWhenTranscribingThenItIsNotRetried() {
        var stt = new FlakySpeech(new InvalidRequestException("flaky", "bad audio", null));

        assertThatThrownBy(() -> gateway(stt, null).transcribe(AUDIO, TranscriptionOptions.defaults(),
                CallScope.none())).isInstanceOf(InvalidRequestException.class);
        assertThat(stt.calls).hasValue(1);
        assertThat(scheduler.delays()).isEmpty();
    }

    @Test
    void givenAFailingPrimaryWhenTranscribingThenTheFallbackAnswersAndAFallBackEventSaysWhy() {
        // given
        var primary = new FlakySpeech(new ProviderUnavailableException("flaky", "503"),
                new ProviderUnavailableException("flaky", "503"), new ProviderUnavailableException("flaky", "503"));
        var fallback = new PlaybackSpeechToText("vosk").then("from the fallback");

        // when
        Transcript t = gateway(primary, fallback).transcribe(AUDIO, TranscriptionOptions.defaults(), CallScope.none());

        // then
        assertThat(t.text()).isEqualTo("from the fallback");
        assertThat(events).filteredOn(InterviewEvent.ProviderFellBack.class::isInstance).singleElement()
                .isInstanceOfSatisfying(InterviewEvent.ProviderFellBack.class, e -> {
                    assertThat(e.kind()).isEqualTo("stt");
                    assertThat(e.from()).isEqualTo("flaky");
                    assertThat(e.to()).isEqualTo("vosk");
                    assertThat(e.reason()).contains("503");
                });
    }

    @Test
    void givenAnAsynchronousCallWhenAwaitedThenItGivesTheSameTranscript() {
        var stt = new PlaybackSpeechToText().then("asynchronous answer");

        Transcript t = gateway(stt, null).transcribeAsync(AUDIO, TranscriptionOptions.defaults(), CallScope.none())
                .join();

        assertThat(t.text()).isEqualTo("asynchronous answer");
    }

    /** Fails with the given exceptions in turn, then transcribes "ok". */
    private static final class FlakySpeech implements SpeechToTextProvider {
        private final Deque<RuntimeException> failures;
        final AtomicInteger calls = new AtomicInteger();

        FlakySpeech(RuntimeException... failures) {
            this.failures = new ArrayDeque<>(List.of(failures));
        }

        @Override
        public String id() {
            return "flaky";
        }

        @Override
        public Set<Capability> capabilities() {
            return Set.of();
        }

        @Override
        public synchronized Transcript transcribe(AudioInput audio, TranscriptionOptions options) {
            calls.incrementAndGet();
            if (!failures.isEmpty()) {
                throw failures.poll();
            }
            return new Transcript("ok", options.language(), List.of(), 0.9, "flaky");
        }
    }
}
