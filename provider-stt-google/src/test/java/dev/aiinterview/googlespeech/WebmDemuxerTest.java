package dev.aiinterview.googlespeech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(GoogleSpeechConfig.MAX_DURATION);
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

    @Test
    void lacedSizesThatWouldOverflowAreRefusedAsInvalidInput() {
        // given: a SimpleBlock laced the EBML way with 256 frames whose first size is 2^56-1 and every difference 0,
        // so that their sum overflows a long and the last size comes out positive
        var block = new java.io.ByteArrayOutputStream();
        block.writeBytes(new byte[] {(byte) 0x81, 0, 0, (byte) 0x86, (byte) 0xFF});
        block.writeBytes(new byte[] {0x01, -1, -1, -1, -1, -1, -1, -1});
        for (int i = 0; i < 254; i++) {
            block.write(0xBF);  // a 1-byte signed difference of 0
        }
        block.writeBytes(new byte[64]);
        byte[] element = TestWebm.element(0xA3, block.toByteArray());
        EbmlReader reader = new EbmlReader(element, "answer.webm", 10);
        EbmlReader.Header header = reader.header(element.length);

        // when / then
        assertThatThrownBy(() -> WebmBlocks.frames(reader, header))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lace size larger than its block");
    }

    private static WebmAudio read(byte[] webm) {
        return WebmDemuxer.read(webm, "answer.webm", TEN_MINUTES);
    }
}
