package dev.aiinterview.spi;

/** Receives the input level while recording, for a level meter. Called often; must return quickly. */
@FunctionalInterface
public interface CaptureListener {

    /**
     * @param rms  root-mean-square level of the last chunk, from 0 to 1
     * @param peak peak level of the last chunk, from 0 to 1
     */
    void onLevel(double rms, double peak);

    /** A listener that ignores levels. */
    static CaptureListener none() {
        return (rms, peak) -> { };
    }
}
