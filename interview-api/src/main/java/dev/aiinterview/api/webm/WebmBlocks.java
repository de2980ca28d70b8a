package dev.aiinterview.api.webm;

import dev.aiinterview.api.webm.EbmlReader.Header;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads Matroska SimpleBlocks and Blocks: the track number, then the frames. Browsers write one Opus packet per
 * block (no lacing), but other muxers (ffmpeg, mkvmerge) may lace several, in any of the three ways Matroska defines.
 */
final class WebmBlocks {

    /** The number of the track the block belongs to. */
    static long track(EbmlReader reader, Header block) {
        byte[] data = reader.bytes();
        int at = block.dataStart();
        int first = block.size() > 0 ? data[at] & 0xff : 0;
        int length = Integer.numberOfLeadingZeros(first) - 23;
        if (first == 0 || length + 3 > block.size()) {
            throw reader.invalid("has a malformed block at byte " + block.start());
        }
        long track = first & (0xff >> length);
        for (int i = 1; i < length; i++) {
            track = track << 8 | (data[at + i] & 0xff);
        }
        return track;
    }

    /** The frames of a block that {@link #track} has read. */
    static List<byte[]> frames(EbmlReader reader, Header block) {
        byte[] data = reader.bytes();
        int numberLength = Integer.numberOfLeadingZeros(data[block.dataStart()] & 0xff) - 23;
        int flagsAt = block.dataStart() + numberLength + 2;  // after the track number and the 16-bit timecode
        int lacing = (data[flagsAt] >> 1) & 3;
        return frames(reader, flagsAt + 1, block.dataStart() + (int) block.size(), lacing);
    }

    /** The frames of the block payload {@code [from, to)} with lacing bits {@code lacing} (flags bits 1-2). */
    private static List<byte[]> frames(EbmlReader reader, int from, int to, int lacing) {
        byte[] data = reader.bytes();
        if (lacing == 0) {
            return List.of(Arrays.copyOfRange(data, from, to));
        }
        int at = from;
        if (at >= to) {
            throw reader.invalid("has a laced block without a frame count at byte " + from);
        }
        int count = (data[at++] & 0xff) + 1;
        long[] sizes = new long[count];
        long known = 0;
        if (lacing == 1) {  // Xiph: each size but the last as a run of 255s plus a final byte
            for (int i = 0; i < count - 1; i++) {
                int b;
                do {
                    if (at >= to) {
                        throw reader.invalid("is cut off inside the lace sizes of the block at byte " + from);
                    }
                    b = data[at++] & 0xff;
                    sizes[i] += b;
                } while (b == 255);
                known += fits(reader, sizes[i], from, to);
            }
        } else if (lacing == 3) {  // EBML: the first size, then signed differences
            long[] read = vint(reader, at, to, from, false);
            sizes[0] = read[0];
            at = (int) read[1];
            known = fits(reader, sizes[0], from, to);
            for (int i = 1; i < count - 1; i++) {
                read = vint(reader, at, to, from, true);
                sizes[i] = sizes[i - 1] + read[0];
                at = (int) read[1];
                if (sizes[i] < 0) {
                    throw reader.invalid("has a negative lace size in the block at byte " + from);
                }
                known += fits(reader, sizes[i], from, to);
            }
        } else {  // fixed: equal frames
            long total = to - at;
            if (total % count != 0) {
                throw reader.invalid("has a fixed-size lace that does not divide evenly at byte " + from);
            }
            Arrays.fill(sizes, total / count);
            known = total - sizes[count - 1];
        }
        if (lacing != 2) {
            sizes[count - 1] = to - at - known;
        }
        if (sizes[count - 1] < 0) {
            throw reader.invalid("has lace sizes larger than the block at byte " + from);
        }
        List<byte[]> frames = new ArrayList<>(count);
        for (long size : sizes) {
            frames.add(Arrays.copyOfRange(data, at, at + (int) size));
            at += (int) size;
        }
        return frames;
    }

    /**
     * A lace size no larger than its block: checked as each is read, so that the sum of at most 256 of them stays
     * far from overflowing and no frame can reach past the block.
     */
    private static long fits(EbmlReader reader, long size, int from, int to) {
        if (size > to - from) {
            throw reader.invalid("has a lace size larger than its block at byte " + from);
        }
        return size;
    }

    /** An EBML variable-size integer at {@code at}: {value, next position}; signed ones are offset by half. */
    private static long[] vint(EbmlReader reader, int at, int to, int block, boolean signed) {
        byte[] data = reader.bytes();
        if (at >= to || data[at] == 0) {
            throw reader.invalid("has an invalid EBML lace size in the block at byte " + block);
        }
        int length = Integer.numberOfLeadingZeros(data[at] & 0xff) - 23;
        if (at + length > to) {
            throw reader.invalid("is cut off inside the lace sizes of the block at byte " + block);
        }
        long value = data[at] & (0xff >> length);
        for (int i = 1; i < length; i++) {
            value = value << 8 | (data[at + i] & 0xff);
        }
        if (signed) {
            value -= (1L << (7 * length - 1)) - 1;
        }
        return new long[] {value, at + length};
    }

    private WebmBlocks() {
    }
}
