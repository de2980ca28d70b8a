package dev.aiinterview.googlespeech;

import io.github.jaredmdobson.concentus.OpusApplication;
import io.github.jaredmdobson.concentus.OpusEncoder;
import io.github.jaredmdobson.concentus.OpusException;
import io.github.jaredmdobson.concentus.OpusMode;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * WebM files made in the test, written the way Chrome's MediaRecorder writes them while recording: the EBML header
 * with DocType webm, a Segment of unknown size, Info, Tracks with an A_OPUS track and its OpusHead, then Clusters of
 * unknown size holding one SimpleBlock per 20 ms Opus packet. Options make the variations the demuxer must handle
 * (known sizes, a video track, lacing, another codec).
 */
final class TestWebm {

    /** Opus packets and the encoder delay the OpusHead announces. */
    record Opus(List<byte[]> packets, int preSkip) {
    }

    private String docType = "webm";
    private String codec = "A_OPUS";
    private boolean knownSizes;
    private boolean video;
    private int lacing;  // 0 none, 1 Xiph, 2 fixed, 3 EBML
    private int perBlock = 1;

    static TestWebm chrome() {
        return new TestWebm();
    }

    TestWebm docType(String value) {
        docType = value;
        return this;
    }

    TestWebm codec(String value) {
        codec = value;
        return this;
    }

    /** Segment and Clusters with their sizes written, as a remuxed (finished) file has them. */
    TestWebm knownSizes() {
        knownSizes = true;
        return this;
    }

    /** A VP8 video track (number 1) before the audio track (number 2), with a video block before every audio one. */
    TestWebm withVideo() {
        video = true;
        return this;
    }

    /** {@code frames} packets per block with the given Matroska lacing (1 Xiph, 2 fixed, 3 EBML). */
    TestWebm laced(int lacingBits, int frames) {
        lacing = lacingBits;
        perBlock = frames;
        return this;
    }

    /** 16-bit mono 48 kHz PCM as 20 ms hybrid-mode Opus packets, with Concentus as the browser would with libopus. */
    static Opus encode(short[] pcm48k) {
        try {
            OpusEncoder encoder = new OpusEncoder(48_000, 1, OpusApplication.OPUS_APPLICATION_AUDIO);
            encoder.setBitrate(32_000);
            encoder.setComplexity(2);  // fast enough for minutes of audio in a unit test
            // Hybrid (SILK + CELT), as Chrome's MediaRecorder writes speech; Concentus decodes it right only at 48 kHz.
            encoder.setForceMode(OpusMode.MODE_HYBRID);
            List<byte[]> packets = new ArrayList<>();
            byte[] out = new byte[1_500];
            for (int at = 0; at < pcm48k.length; at += 960) {
                short[] frame = Arrays.copyOfRange(pcm48k, at, at + 960);  // the last one padded with silence
                int n = encoder.encode(frame, 0, 960, out, 0, out.length);
                packets.add(Arrays.copyOf(out, n));
            }
            return new Opus(packets, encoder.getLookahead());
        } catch (OpusException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code count} packets that are valid Opus TOCs of 20 ms (CELT, one frame) with {@code size} bytes each. */
    static Opus fakePackets(int count, int size) {
        List<byte[]> packets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] p = new byte[size];
            p[0] = (byte) 0xFC;
            packets.add(p);
        }
        return new Opus(packets, 312);
    }

    byte[] write(Opus opus) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(element(0x1A45DFA3, concat(uint(0x4286, 1), uint(0x42F7, 1), uint(0x42F2, 4), uint(0x42F3, 8),
                element(0x4282, docType.getBytes(StandardCharsets.US_ASCII)), uint(0x4287, 4), uint(0x4285, 2))));
        var segment = new ByteArrayOutputStream();
        segment.writeBytes(element(0x1549A966, concat(uint(0x2AD7B1, 1_000_000),
                element(0x4D80, "Chrome".getBytes(StandardCharsets.US_ASCII)),
                element(0x5741, "Chrome".getBytes(StandardCharsets.US_ASCII)))));
        int audioTrack = video ? 2 : 1;
        byte[] audioEntry = element(0xAE, concat(uint(0xD7, audioTrack), uint(0x73C5, 77), uint(0x83, 2),
                element(0x86, codec.getBytes(StandardCharsets.US_ASCII)), element(0x63A2, opusHead(opus.preSkip())),
                element(0xE1, concat(floating(0xB5, 48_000.0), uint(0x9F, 1)))));
        byte[] videoEntry = video ? element(0xAE, concat(uint(0xD7, 1), uint(0x73C5, 78), uint(0x83, 1),
                element(0x86, "V_VP8".getBytes(StandardCharsets.US_ASCII)),
                element(0xE0, concat(uint(0xB0, 640), uint(0xBA, 480))))) : new byte[0];
        segment.writeBytes(element(0x1654AE6B, concat(videoEntry, audioEntry)));
        List<byte[]> packets = opus.packets();
        int perCluster = 250;  // 5 s of 20 ms packets
        for (int first = 0; first < packets.size(); first += perCluster) {
            var cluster = new ByteArrayOutputStream();
            cluster.writeBytes(uint(0xE7, first * 20L));
            for (int i = first; i < Math.min(first + perCluster, packets.size()); i += perBlock) {
                int relative = (i - first) * 20;
                if (video) {
                    cluster.writeBytes(element(0xA3, concat(new byte[] {(byte) 0x81}, timecode(relative),
                            new byte[] {(byte) 0x80, 0x10, 0x02, 0x00, (byte) 0x9D, 0x01, 0x2A})));
                }
                List<byte[]> frames = packets.subList(i, Math.min(i + perBlock, packets.size()));
                cluster.writeBytes(element(0xA3, concat(new byte[] {(byte) (0x80 | audioTrack)}, timecode(relative),
                        new byte[] {(byte) (0x80 | (frames.size() > 1 ? lacing << 1 : 0))}, lace(frames))));
            }
            segment.writeBytes(knownSizes ? element(0x1F43B675, cluster.toByteArray())
                    : unknownSize(0x1F43B675, cluster.toByteArray()));
        }
        // Cues after the clusters, as a finished file has them; the demuxer skips them.
        segment.writeBytes(element(0x1C53BB6B, element(0xBB, concat(uint(0xB3, 0), element(0xB7, uint(0xF7, 1))))));
        out.writeBytes(knownSizes ? element(0x18538067, segment.toByteArray())
                : unknownSize(0x18538067, segment.toByteArray()));
        return out.toByteArray();
    }

    private byte[] lace(List<byte[]> frames) {
        var out = new ByteArrayOutputStream();
        if (frames.size() > 1) {
            out.write(frames.size() - 1);
            for (int i = 0; i < frames.size() - 1 && lacing != 2; i++) {
                int size = frames.get(i).length;
                if (lacing == 1) {
                    for (; size >= 255; size -= 255) {
                        out.write(255);
                    }
                    out.write(size);
                } else {  // EBML: the first size, then differences, as signed 2-byte numbers (bias 8191)
                    int value = i == 0 ? size : size - frames.get(i - 1).length;
                    out.writeBytes(i == 0 ? vint(size) : new byte[] {(byte) (0x40 | (value + 8191) >> 8),
                        (byte) (value + 8191)});
                }
            }
        }
        frames.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static byte[] opusHead(int preSkip) {
        return ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN)
                .put("OpusHead".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 1).put((byte) 1).putShort((short) preSkip).putInt(48_000).putShort((short) 0).put((byte) 0)
                .array();
    }

    static byte[] element(long id, byte[] payload) {
        return concat(id(id), vint(payload.length), payload);
    }

    private static byte[] unknownSize(long id, byte[] payload) {
        return concat(id(id), new byte[] {0x01, -1, -1, -1, -1, -1, -1, -1}, payload);
    }

    private static byte[] uint(long id, long value) {
        return element(id, ByteBuffer.allocate(8).putLong(value).array());
    }

    private static byte[] floating(long id, double value) {
        return element(id, ByteBuffer.allocate(8).putDouble(value).array());
    }

    private static byte[] timecode(int relative) {
        return new byte[] {(byte) (relative >> 8), (byte) relative};
    }

    private static byte[] id(long id) {
        int length = id > 0xFFFFFF ? 4 : id > 0xFFFF ? 3 : id > 0xFF ? 2 : 1;
        return Arrays.copyOfRange(ByteBuffer.allocate(8).putLong(id).array(), 8 - length, 8);
    }

    /** A size as an EBML variable-size integer of 1 to 4 bytes. */
    private static byte[] vint(long value) {
        int length = value < 0x7F ? 1 : value < 0x3FFF ? 2 : value < 0x1FFFFF ? 3 : 4;
        byte[] b = Arrays.copyOfRange(ByteBuffer.allocate(8).putLong(value).array(), 8 - length, 8);
        b[0] |= (byte) (0x80 >> (length - 1));
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
