package dev.aiinterview.api.webm;

import dev.aiinterview.api.error.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads EBML (the binary format of WebM and Matroska) from a byte array, strictly and within bounds: every read is
 * checked against the end of its parent, so a malformed or cut-off file is an {@link InvalidInputException} saying
 * where, never an index exception, and the number of elements is capped so no input makes it work without end.
 */
final class EbmlReader {

    /** The size of an element whose writer did not know it yet (all value bits set), as live recorders write. */
    static final long UNKNOWN_SIZE = -1;
    /** How to get a usable file, appended to every complaint. */
    static final String ADVICE = "record the answer again, or convert it with ffmpeg "
            + "(`ffmpeg -i answer.webm -vn -c:a libopus fixed.webm`, or to WAV: `ffmpeg -i answer.webm -ac 1 -ar 16000 "
            + "answer.wav`)";

    /** An element's header: its id (with the length marker, as the specifications write ids) and data span. */
    record Header(long id, int start, long size, int dataStart) {

        boolean unknownSize() {
            return size == UNKNOWN_SIZE;
        }

        /** Where the data ends: the given limit for an element of unknown size. */
        int end(int limit) {
            return unknownSize() ? limit : (int) (dataStart + size);
        }
    }

    private final byte[] data;
    private final String source;
    private final int maxElements;
    private int position;
    private int elements;

    EbmlReader(byte[] data, String source, int maxElements) {
        this.data = data;
        this.source = source;
        this.maxElements = maxElements;
    }

    int position() {
        return position;
    }

    void seek(int to) {
        position = to;
    }

    /** Reads the header of the element at the current position, whose data must end by {@code limit}. */
    Header header(int limit) {
        if (++elements > maxElements) {
            throw invalid("has more than " + maxElements + " elements, far more than an answer needs");
        }
        int start = position;
        int idLength = vintLength(start, limit, 4, "element id");
        long id = 0;
        for (int i = 0; i < idLength; i++) {
            id = id << 8 | (data[start + i] & 0xff);
        }
        position = start + idLength;
        int sizeLength = vintLength(position, limit, 8, "element size");
        long size = data[position] & (0xff >> sizeLength);
        boolean allOnes = size == (0xff >> sizeLength);
        for (int i = 1; i < sizeLength; i++) {
            int b = data[position + i] & 0xff;
            allOnes &= b == 0xff;
            size = size << 8 | b;
        }
        position += sizeLength;
        if (allOnes) {
            return new Header(id, start, UNKNOWN_SIZE, position);
        }
        if (size > limit - position) {
            throw invalid("is cut off: element 0x" + Long.toHexString(id) + " at byte " + start + " needs " + size
                    + " bytes but only " + (limit - position) + " are left");
        }
        return new Header(id, start, size, position);
    }

    long unsigned(Header h) {
        if (h.size() > 8) {
            throw invalid("has an integer of " + h.size() + " bytes at byte " + h.start());
        }
        long value = 0;
        for (int i = 0; i < h.size(); i++) {
            value = value << 8 | (data[h.dataStart() + i] & 0xff);
        }
        return value;
    }

    double floating(Header h) {
        ByteBuffer b = ByteBuffer.wrap(data, h.dataStart(), (int) h.size());
        if (h.size() == 4) {
            return b.getFloat();
        }
        if (h.size() == 8) {
            return b.getDouble();
        }
        throw invalid("has a float of " + h.size() + " bytes at byte " + h.start());
    }

    String string(Header h) {
        String s = new String(data, h.dataStart(), (int) h.size(), StandardCharsets.ISO_8859_1);
        int nul = s.indexOf('\0');
        return nul >= 0 ? s.substring(0, nul) : s;
    }

    byte[] bytes() {
        return data;
    }

    InvalidInputException invalid(String problem) {
        return invalid(source, problem);
    }

    /** A complaint about the file: what is wrong, then how to get a usable one. */
    static InvalidInputException invalid(String source, String problem) {
        return new InvalidInputException("The WebM recording " + source + " " + problem + ": " + ADVICE);
    }

    /** The length of the variable-size integer at {@code at}, from the position of its first set bit. */
    private int vintLength(int at, int limit, int max, String what) {
        if (at >= limit) {
            throw invalid("is cut off: it ends at byte " + at + " inside an element header");
        }
        int first = data[at] & 0xff;
        int length = Integer.numberOfLeadingZeros(first) - 23;
        if (first == 0 || length > max) {
            throw invalid("is not valid WebM: byte " + at + " cannot start an " + what);
        }
        if (at + length > limit) {
            throw invalid("is cut off: it ends at byte " + limit + " inside an element header");
        }
        return length;
    }
}
