package dev.aiinterview.web.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The length of a browser's WebM recording, which the file itself does not state, from its block timecodes. */
class WebmDurationTest {

    @TempDir
    Path dir;

    @Test
    void aChromiumMediaRecorderFileOfFourSecondsMeasuresAboutFourSeconds() throws IOException {
        // given Chromium's own 4 s recording (see provider-stt-google's BrowserRecordingTest for how it was made)
        Path webm = dir.resolve("chromium.webm");
        try (InputStream in = getClass().getResourceAsStream("/webm/chromium-mediarecorder-4s.webm")) {
            Files.copy(in, webm);
        }

        // when
        OptionalLong millis = WebmDuration.millis(webm);

        // then: first to last block, one 60 ms packet short of the recorded time at most
        assertThat(millis).isPresent();
        assertThat(millis.getAsLong()).isBetween(3_800L, 4_100L);
    }

    @Test
    void clustersOfUnknownSizeAsALiveRecorderWritesThemAreMeasuredAcross() throws IOException {
        // given two clusters of unknown size, at 0 ms and 5000 ms, the last block 120 ms into the second
        var file = new ByteArrayOutputStream();
        file.writeBytes(element(0x1A45DFA3, bytes(0x42, 0x82, 0x84, 'w', 'e', 'b', 'm')));
        file.writeBytes(bytes(0x18, 0x53, 0x80, 0x67, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF));
        file.writeBytes(element(0x1549A966, element(0x2AD7B1, bytes(0x0F, 0x42, 0x40))));
        file.writeBytes(cluster(0, 0, 20, 40));
        file.writeBytes(cluster(5_000, 60, 120));
        Path webm = Files.write(dir.resolve("live.webm"), file.toByteArray());

        // when / then
        assertThat(WebmDuration.millis(webm)).hasValue(5_120);
    }

    @Test
    void aTimeScaleSoLargeThatTheLengthOverflowsGivesNoLengthRatherThanAnError() throws IOException {
        // given the same two clusters, but a time scale of 2^63 - 1 ns per tick
        var file = new ByteArrayOutputStream();
        file.writeBytes(element(0x1A45DFA3, bytes(0x42, 0x82, 0x84, 'w', 'e', 'b', 'm')));
        file.writeBytes(bytes(0x18, 0x53, 0x80, 0x67, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF));
        file.writeBytes(element(0x1549A966, element(0x2AD7B1,
                bytes(0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF))));
        file.writeBytes(cluster(0, 0, 20, 40));
        file.writeBytes(cluster(5_000, 60, 120));
        Path webm = Files.write(dir.resolve("absurd.webm"), file.toByteArray());

        // when / then
        assertThat(WebmDuration.millis(webm)).isEmpty();
    }

    @Test
    void aFileCutOffInsideABlockIsMeasuredAsFarAsItGoes() throws IOException {
        byte[] whole = Files.readAllBytes(Path.of("src/test/resources/webm/chromium-mediarecorder-4s.webm"));
        Path cut = Files.write(dir.resolve("cut.webm"), Arrays.copyOf(whole, whole.length / 2));

        assertThat(WebmDuration.millis(cut).getAsLong()).isBetween(1_000L, 3_000L);
    }

    @Test
    void somethingThatIsNotWebmHasNoLength() throws IOException {
        Path wav = Files.write(dir.resolve("x.webm"), "RIFF....WAVEfmt ".getBytes());
        Path empty = Files.write(dir.resolve("empty.webm"), new byte[0]);

        assertThat(WebmDuration.millis(wav)).isEmpty();
        assertThat(WebmDuration.millis(empty)).isEmpty();
    }

    /** A Cluster of unknown size with its Timecode and one SimpleBlock (track 1, keyframe) per relative time. */
    private static byte[] cluster(int timecode, int... relative) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(bytes(0x1F, 0x43, 0xB6, 0x75, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF));
        out.writeBytes(element(0xE7, bytes(timecode >> 8 & 0xFF, timecode & 0xFF)));
        for (int t : relative) {
            out.writeBytes(element(0xA3, bytes(0x81, t >> 8 & 0xFF, t & 0xFF, 0x80, 1, 2, 3)));
        }
        return out.toByteArray();
    }

    /** An element of known size: its ID's bytes, a one-byte size (payloads here are under 127 bytes), the payload. */
    private static byte[] element(long id, byte[] payload) {
        var out = new ByteArrayOutputStream();
        int idLength = id > 0xFFFFFF ? 4 : id > 0xFFFF ? 3 : id > 0xFF ? 2 : 1;
        for (int i = idLength - 1; i >= 0; i--) {
            out.write((int) (id >> (8 * i)) & 0xFF);
        }
        out.write(0x80 | payload.length);
        out.writeBytes(payload);
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
