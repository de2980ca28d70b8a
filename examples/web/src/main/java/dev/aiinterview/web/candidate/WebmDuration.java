package dev.aiinterview.web.candidate;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The length of a WebM recording, measured from its block timecodes. Chrome's MediaRecorder writes a live stream:
 * no Duration in the Segment Info and Clusters of unknown size, so players show 0:00 until they have read it all.
 * One forward pass over the file, never held in memory: the EBML elements that contain blocks (Segment, Cluster,
 * BlockGroup) are entered, the Info's TimecodeScale, each Cluster's Timecode and each block's relative timecode are
 * read, and every other element is skipped. The work is bounded by the file's size (the upload limit) and a cap on
 * elements. (The Google speech module's demuxer reads the Opus packets themselves; here only times are needed.)
 */
final class WebmDuration {

    /** More elements than a 30-minute recording has: a file with more is not measured. */
    static final int MAX_ELEMENTS = 2_000_000;

    private static final long EBML = 0x1A45DFA3L;
    private static final long SEGMENT = 0x18538067L;
    private static final long INFO = 0x1549A966L;
    private static final long TIMECODE_SCALE = 0x2AD7B1L;
    private static final long CLUSTER = 0x1F43B675L;
    private static final long TIMECODE = 0xE7L;
    private static final long BLOCK_GROUP = 0xA0L;
    private static final long BLOCK = 0xA1L;
    private static final long SIMPLE_BLOCK = 0xA3L;
    /** Elements whose children are read rather than skipped. */
    private static final Set<Long> ENTERED = Set.of(SEGMENT, INFO, CLUSTER, BLOCK_GROUP);
    private static final long UNKNOWN = -1;

    private final DataInputStream in;
    private long timecodeScaleNs = 1_000_000;
    private long cluster;
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;

    private WebmDuration(InputStream in) {
        this.in = new DataInputStream(new BufferedInputStream(in, 64 * 1024));
    }

    /**
     * The time from the first to the last block of {@code webm}, in milliseconds; empty when the file is not WebM,
     * holds no block, or is malformed (it is then stored without a length).
     */
    static OptionalLong millis(Path webm) throws IOException {
        try (InputStream file = Files.newInputStream(webm)) {
            return new WebmDuration(file).measure();
        }
    }

    private OptionalLong measure() throws IOException {
        try {
            if (id() != EBML) {
                return OptionalLong.empty();
            }
            skip(size());
            for (int elements = 0; elements < MAX_ELEMENTS; elements++) {
                long id;
                try {
                    id = id();
                } catch (EOFException end) {
                    break;  // a live recording ends where its last Cluster does
                }
                long size = size();
                if (ENTERED.contains(id)) {
                    continue;  // their children follow
                }
                if (id == TIMECODE_SCALE) {
                    timecodeScaleNs = unsigned(size);
                } else if (id == TIMECODE) {
                    cluster = unsigned(size);
                } else if (id == SIMPLE_BLOCK || id == BLOCK) {
                    block(size);
                } else {
                    skip(size);
                }
            }
        } catch (EOFException | IllegalArgumentException cutOrMalformed) {
            // measured as far as it could be read
        }
        if (first > last || timecodeScaleNs <= 0) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Math.multiplyExact(last - first, timecodeScaleNs) / 1_000_000);
        } catch (ArithmeticException absurdScale) {
            return OptionalLong.empty();  // a time scale no recorder writes: no length rather than a wrong one
        }
    }

    /** A Block's track number (a variable-length integer), then its timecode relative to the Cluster's. */
    private void block(long size) throws IOException {
        if (size == UNKNOWN || size < 4) {
            throw new IllegalArgumentException("block too short");
        }
        int trackLength = length(in.readUnsignedByte());
        in.skipNBytes(trackLength - 1L);
        long at = cluster + in.readShort();
        first = Math.min(first, at);
        last = Math.max(last, at);
        skip(size - trackLength - 2);
    }

    /** An element ID: its variable-length integer with the length marker kept. */
    private long id() throws IOException {
        int b = in.readUnsignedByte();
        int length = length(b);
        if (length > 4) {
            throw new IllegalArgumentException("bad element id");
        }
        long value = b;
        for (int i = 1; i < length; i++) {
            value = value << 8 | in.readUnsignedByte();
        }
        return value;
    }

    /** An element size: a variable-length integer without its marker; all ones means unknown. */
    private long size() throws IOException {
        int b = in.readUnsignedByte();
        int length = length(b);
        long value = b & (0xFF >> length);
        boolean allOnes = value == (0xFF >> length);
        for (int i = 1; i < length; i++) {
            int next = in.readUnsignedByte();
            allOnes &= next == 0xFF;
            value = value << 8 | next;
        }
        return allOnes ? UNKNOWN : value;
    }

    private long unsigned(long size) throws IOException {
        if (size < 1 || size > 8) {
            throw new IllegalArgumentException("bad unsigned integer");
        }
        long value = 0;
        for (int i = 0; i < size; i++) {
            value = value << 8 | in.readUnsignedByte();
        }
        return value;
    }

    private void skip(long size) throws IOException {
        if (size == UNKNOWN) {
            throw new IllegalArgumentException("unknown size outside a Segment or Cluster");
        }
        in.skipNBytes(size);
    }

    /** The length in bytes of a variable-length integer, from the leading zeros of its first byte. */
    private static int length(int first) {
        if (first == 0) {
            throw new IllegalArgumentException("bad variable-length integer");
        }
        return Integer.numberOfLeadingZeros(first) - 23;
    }
}
