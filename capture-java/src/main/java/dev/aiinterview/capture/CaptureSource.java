package dev.aiinterview.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.TargetDataLine;

/** Where raw audio comes from while recording: an open microphone line, or an injected stream. */
interface CaptureSource extends AutoCloseable {

    /** The format of what {@link #read} returns. */
    AudioFormat format();

    /**
     * Reads up to {@code length} bytes, a whole number of frames. 0 means no data right now; -1 means no more
     * data will come.
     */
    int read(byte[] buffer, int offset, int length);

    @Override
    void close();

    /** A started line: reads block until data arrives; a stopped or closed line with nothing buffered has ended. */
    static CaptureSource of(TargetDataLine line) {
        return new CaptureSource() {
            @Override
            public AudioFormat format() {
                return line.getFormat();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                int n = line.read(buffer, offset, length);
                return n == 0 && (!line.isOpen() || !line.isRunning() && line.available() == 0) ? -1 : n;
            }

            @Override
            public void close() {
                line.stop();
                line.close();
            }
        };
    }

    /** A stream of audio in its own format, such as a file or a socket from another capture process. */
    static CaptureSource of(AudioInputStream stream) {
        return new CaptureSource() {
            @Override
            public AudioFormat format() {
                return stream.getFormat();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                try {
                    return stream.read(buffer, offset, length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                try {
                    stream.close();
                } catch (IOException ignored) {
                    // nothing more is read from it
                }
            }
        };
    }
}
