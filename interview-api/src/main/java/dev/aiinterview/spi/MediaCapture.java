package dev.aiinterview.spi;

import java.util.List;

/** Records the candidate's answer on the host (a microphone on the JVM, a kiosk). */
public interface MediaCapture extends AutoCloseable {

    /** The id of the factory that made it. */
    String id();

    /** Input devices that can record, default first. */
    List<CaptureDevice> devices();

    /**
     * Records until the maximum duration, trailing silence or the end of input, and
     * returns 16 kHz mono 16-bit WAV audio. Blocks while recording.
     */
    Recording record(CaptureOptions options, CaptureListener listener);

    @Override
    default void close() {
    }
}
