package dev.aiinterview.googlespeech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.webm.WebmAudio;
import dev.aiinterview.api.webm.WebmDemuxer;
import dev.aiinterview.api.error.InvalidInputException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebmDemuxerTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final TestWebm.Opus TWO_SECONDS = TestWebm.fakePackets(100, 37);

    @Test
    void aRecordingAsChromeWritesItWithSegmentAndClustersOfUnknownSizeIsRead() {
        WebmAudio audio = read(TestWebm.chrome().write(TWO_SECONDS));

        assertThat(audio.packets()).hasSize(100).allSatisfy(p -> assertThat(p).hasSize(37));
        assertThat(audio.channels()).isEqualTo(1);
        assertThat(audio.preSkip()).isEqualTo(312);
        assertThat(audio.sampleRate()).isEqualTo(48_000);
        assertThat(audio.samples48k()).isEqualTo(100 * 960);
        assertThat(audio.hasVideo()).isFalse();
    }

    @Test
    void knownSizesAreReadAlike() {
        assertThat(read(TestWebm.chrome().knownSizes().write(TWO_SECONDS)).packets()).hasSize(100);
    }

    @Test
    void aVideoTrackIsNotedAndItsBlocksAreSkipped() {
        WebmAudio audio = read(TestWebm.chrome().withVideo().write(TWO_SECONDS));

        assertThat(audio.hasVideo()).isTrue();
        assertThat(audio.packets()).hasSize(100).allSatisfy(p -> assertThat(p[0]).isEqualTo((byte) 0xFC));
    }

    @ParameterizedTest(name = "lacing {0}")
    @ValueSource(ints = {1, 2, 3})
    void lacedBlocksAreSplitIntoTheirPackets(int lacing) {
        List<byte[]> packets = TestWebm.encode(TestAudio.render(List.of(new TestAudio.Burst(0, 1_500, 700)), 48_000,
                2.0)).packets();
        List<byte[]> sent = lacing == 2 ? TestWebm.fakePackets(100, 37).packets() : packets;

        WebmAudio audio = read(TestWebm.chrome().laced(lacing, 4).write(new TestWebm.Opus(sent, 312)));

        assertThat(audio.packets()).hasSameSizeAs(sent);
        for (int i = 0; i < sent.size(); i++) {
            assertThat(audio.packets().get(i)).isEqualTo(sent.get(i));
        }
    }

    @Test
    void aCutOffFileSaysSoAndHowToGetAGoodOne() {
        byte[] whole = TestWebm.chrome().write(TWO_SECONDS);

        for (int length : new int[] {3, 20, 60, 200, whole.length - 500, whole.length - 1}) {
            byte[] cut = Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> read(cut)).as("cut at %d", length)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("record the answer again, or convert it with ffmpeg");
        }
        assertThatThrownBy(() -> read(Arrays.copyOf(whole, whole.length - 10))).hasMessageContaining("cut off");
    }

    @Test
    void anAudioTrackThatIsNotOpusIsRefusedNamingItsCodec() {
        assertThatThrownBy(() -> read(TestWebm.chrome().codec("A_VORBIS").write(TWO_SECONDS)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("A_VORBIS audio, not Opus");
    }

    @Test
    void aMatroskaThatIsNotWebmOrMatroskaIsRefused() {
        assertThatThrownBy(() -> read(TestWebm.chrome().docType("mka3d").write(TWO_SECONDS)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'mka3d' file");
        assertThat(read(TestWebm.chrome().docType("matroska").write(TWO_SECONDS)).packets()).hasSize(100);
    }

    @Test
    void audioLongerThanTheMaximumIsRefusedWhileReading() {
        assertThatThrownBy(() -> WebmDemuxer.read(TestWebm.chrome().write(TWO_SECONDS), "answer.webm",
                Duration.ofSeconds(1)))
                .isInstanceOf(WebmDemuxer.TooLong.class)
                .hasMessageContaining("longer than 1 s");
    }

    @Test
    void garbageNeverEscapesAsAnythingButInvalidInput() {
        // given every single-byte corruption of the head of a valid file, and random tails
        byte[] whole = TestWebm.chrome().withVideo().write(TestWebm.fakePackets(20, 9));
        Random random = new Random(7);
        for (int i = 0; i < 600; i++) {
            byte[] broken = whole.clone();
            int at = i < 300 ? i % whole.length : random.nextInt(whole.length);
            broken[at] = (byte) (i < 300 ? broken[at] ^ 0xFF : random.nextInt(256));

            // when / then: read or refused, nothing else
            try {
                read(broken);
            } catch (InvalidInputException expected) {
                assertThat(expected).hasMessageContaining("WebM recording");
            }
        }
    }

    private static WebmAudio read(byte[] webm) {
        return WebmDemuxer.read(webm, "answer.webm", TEN_MINUTES);
    }
}
