package dev.aiinterview.capture;

import static dev.aiinterview.capture.FakeLine.pcm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.spi.CaptureListener;
import dev.aiinterview.spi.CaptureOptions;
import dev.aiinterview.spi.Recording;
import dev.aiinterview.spi.Recording.StopReason;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;

/** Recording through an injected line: format negotiation, levels and every way a recording stops. */
class JavaSoundCaptureTest {

    private static final AudioFormat TARGET = FormatNegotiator.TARGET;

    @Test
    void aDeviceOffering16KilohertzMonoIsRecordedInItWithoutConversion() {
        FakeLine line = new FakeLine(FakeLine.tone(), 1.0, 0, pcm(44_100, 2, false), TARGET);

        Recording recording = capture(line).record(options(Duration.ofSeconds(5)), CaptureListener.none());

        assertThat(line.opened.matches(TARGET)).isTrue();
        Wavs.Pcm pcm = Wavs.read(recording);
        assertThat(pcm.format().matches(TARGET)).isTrue();
        assertThat(pcm.samples()).hasSize(16_000);
        assertThat(pcm.samples()[4]).isEqualTo((short) Math.round(0.5 * Math.sin(2 * Math.PI * 440 * 4 / 16_000.0)
                * 32767));
    }

    @Test
    void aDeviceOfferingOnly44KilohertzStereoIsRecordedInItAndConvertedTo16KilohertzMono() {
        FakeLine line = new FakeLine(FakeLine.tone(), 2.0, 0, pcm(44_100, 2, false));

        Recording recording = capture(line).record(options(Duration.ofSeconds(5)), CaptureListener.none());

        assertThat(line.opened.matches(pcm(44_100, 2, false))).isTrue();
        Wavs.Pcm pcm = Wavs.read(recording);
        assertThat(pcm.format().matches(TARGET)).isTrue();
        assertThat(pcm.seconds()).isCloseTo(2.0, within(0.01));
        assertThat(pcm.frequency()).isCloseTo(440, within(5.0));
        assertThat(recording.duration()).isBetween(Duration.ofMillis(1990), Duration.ofMillis(2010));
        assertThat(recording.stopReason()).isEqualTo(StopReason.END_OF_INPUT);
    }

    @Test
    void aBigEndian48KilohertzDeviceIsConvertedToo() {
        FakeLine line = new FakeLine(FakeLine.tone(), 1.0, 0, pcm(48_000, 1, true));

        Wavs.Pcm pcm = Wavs.read(capture(line).record(options(Duration.ofSeconds(5)), CaptureListener.none()));

        assertThat(pcm.seconds()).isCloseTo(1.0, within(0.01));
        assertThat(pcm.frequency()).isCloseTo(440, within(5.0));
    }

    @Test
    void recordingStopsExactlyAtTheMaximumDuration() {
        FakeLine endless = new FakeLine(FakeLine.tone(), -1, 0, pcm(44_100, 1, false));

        Recording recording = capture(endless).record(options(Duration.ofMillis(1_500)), CaptureListener.none());

        assertThat(recording.stopReason()).isEqualTo(StopReason.MAX_DURATION);
        assertThat(Wavs.read(recording).seconds()).isCloseTo(1.5, within(0.01));
        assertThat(endless.closed).as("the line is released").isTrue();
    }

    @Test
    void recordingStopsAfterTheConfiguredSilenceFollowingSpeech() {
        FakeLine speechThenQuiet = new FakeLine(FakeLine.toneBetween(0, 1.0), -1, 0, TARGET);
        var options = CaptureOptions.builder().maxDuration(Duration.ofSeconds(30))
                .stopAfterSilence(Duration.ofMillis(500)).build();

        Recording recording = capture(speechThenQuiet).record(options, CaptureListener.none());

        assertThat(recording.stopReason()).isEqualTo(StopReason.SILENCE);
        assertThat(recording.duration()).isBetween(Duration.ofMillis(1_500), Duration.ofMillis(1_600));
    }

    @Test
    void silenceBeforeTheCandidateStartsSpeakingDoesNotStopTheRecording() {
        FakeLine thinkingFirst = new FakeLine(FakeLine.toneBetween(2.0, 2.5), -1, 0, TARGET);
        var options = CaptureOptions.builder().maxDuration(Duration.ofSeconds(30))
                .stopAfterSilence(Duration.ofMillis(500)).build();

        Recording recording = capture(thinkingFirst).record(options, CaptureListener.none());

        assertThat(recording.stopReason()).isEqualTo(StopReason.SILENCE);
        assertThat(recording.duration()).isBetween(Duration.ofMillis(3_000), Duration.ofMillis(3_100));
    }

    @Test
    void withoutASilenceLimitOnlyTheMaximumDurationStopsASilentRecording() {
        FakeLine quiet = new FakeLine(t -> 0, -1, 0, TARGET);

        Recording recording = capture(quiet).record(options(Duration.ofSeconds(2)), CaptureListener.none());

        assertThat(recording.stopReason()).isEqualTo(StopReason.MAX_DURATION);
    }

    @Test
    void theLevelMeterGetsRmsAndPeakForEveryTenthOfASecond() {
        FakeLine line = new FakeLine(FakeLine.toneBetween(0, 0.5), 1.0, 0, pcm(44_100, 2, false));
        List<double[]> levels = new ArrayList<>();

        capture(line).record(options(Duration.ofSeconds(5)), (rms, peak) -> levels.add(new double[] {rms, peak}));

        assertThat(levels).hasSize(10);
        assertThat(line.readSizes).allSatisfy(n -> assertThat(n).isEqualTo(4_410 * 4));
        assertThat(levels.subList(0, 5)).allSatisfy(l -> {
            assertThat(l[0]).isCloseTo(0.5 / Math.sqrt(2), within(0.01));
            assertThat(l[1]).isCloseTo(0.5, within(0.01));
        });
        assertThat(levels.subList(5, 10)).allSatisfy(l -> assertThat(l).containsExactly(0, 0));
    }

    @Test
    void aFailingLevelMeterDoesNotCostTheAnswer() {
        FakeLine line = new FakeLine(FakeLine.tone(), 1.0, 0, TARGET);

        Recording recording = capture(line).record(options(Duration.ofSeconds(5)), (rms, peak) -> {
            throw new IllegalStateException("meter broke");
        });

        assertThat(recording.duration()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void theHostCanStopARecordingFromAnotherThread() throws Exception {
        FakeLine realTime = new FakeLine(FakeLine.tone(), -1, 20, TARGET);
        JavaSoundCapture capture = capture(realTime);

        CompletableFuture<Recording> recording = CompletableFuture.supplyAsync(
                () -> capture.record(options(Duration.ofMinutes(3)), CaptureListener.none()));
        // A second read is made only after the first chunk was kept, so the recording has audio when it stops.
        assertThat(realTime.awaitAudio(2)).as("the recording is under way").isTrue();
        capture.stop();

        Recording stopped = recording.get(5, TimeUnit.SECONDS);
        assertThat(stopped.stopReason()).isEqualTo(StopReason.STOPPED_BY_HOST);
        assertThat(stopped.duration()).isPositive().isLessThan(Duration.ofSeconds(5));
        assertThat(realTime.closed).isTrue();
    }

    @Test
    void oneCaptureRecordsOneAnswerAtATime() throws Exception {
        FakeLine realTime = new FakeLine(FakeLine.tone(), -1, 20, TARGET);
        JavaSoundCapture capture = capture(realTime);
        CompletableFuture<Recording> first = CompletableFuture.supplyAsync(
                () -> capture.record(options(Duration.ofMinutes(3)), CaptureListener.none()));
        assertThat(realTime.awaitAudio(1)).as("the first recording is under way").isTrue();

        assertThatThrownBy(() -> capture.record(options(Duration.ofSeconds(1)), CaptureListener.none()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(realTime.isOpen()).as("the refused call left the line alone").isTrue();
        capture.close();
        assertThat(first.get(5, TimeUnit.SECONDS).stopReason()).isEqualTo(StopReason.STOPPED_BY_HOST);
    }

    @Test
    void aLineInUseElsewhereIsReportedAsUnavailable() {
        FakeLine busy = new FakeLine(FakeLine.tone(), 1.0, 0, TARGET);
        busy.failOpen = new LineUnavailableException("Device or resource busy");

        assertThatThrownBy(() -> capture(busy).record(options(Duration.ofSeconds(1)), CaptureListener.none()))
                .isInstanceOf(ProviderUnavailableException.class)
                .hasMessageContaining("another program may be using it");
    }

    @Test
    void aDeviceWithNoUsableFormatIsAConfigurationError() {
        FakeLine odd = new FakeLine(FakeLine.tone(), 1.0, 0, new AudioFormat(AudioFormat.Encoding.PCM_FLOAT, 96_000,
                32, 2, 8, 96_000, false));

        assertThatThrownBy(() -> capture(odd).record(options(Duration.ofSeconds(1)), CaptureListener.none()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("offers no PCM format");
    }

    @Test
    void anUnknownDeviceIdListsTheDevicesThereAre() {
        var options = CaptureOptions.builder().deviceId("USB Headset").build();

        assertThatThrownBy(() -> capture(new FakeLine(FakeLine.tone(), 1, 0, TARGET)).record(options, null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("'USB Headset'")
                .hasMessageContaining("'line'");
    }

    @Test
    void theDeviceListHasOneDefault() {
        assertThat(capture(new FakeLine(FakeLine.tone(), 1, 0, TARGET)).devices())
                .singleElement().satisfies(d -> assertThat(d.isDefault()).isTrue());
    }

    static JavaSoundCapture capture(FakeLine line) {
        return new JavaSoundCapture(() -> List.of(Microphone.of(line, "Fake microphone")), null,
                Duration.ofMillis(100), Duration.ofMillis(200));
    }

    static CaptureOptions options(Duration max) {
        return CaptureOptions.builder().maxDuration(max).build();
    }
}
