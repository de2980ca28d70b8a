package dev.aiinterview.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleUnaryOperator;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Control;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineListener;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;

/**
 * A microphone line that plays a signal: {@code signal(seconds)} gives the amplitude (-1 to 1) at each moment, in
 * whatever 16-bit format the line is opened in, on every channel. It offers only the formats it is given, ends after
 * {@code seconds} (or never, when negative), and can pace its reads like real hardware. A test on another thread
 * waits for audio to have been handed over with {@link #awaitAudio(int)} instead of sleeping and hoping.
 */
final class FakeLine implements TargetDataLine {

    final List<AudioFormat> offered;
    final List<Integer> readSizes = new ArrayList<>();
    private final DoubleUnaryOperator signal;
    private final double seconds;
    private final long pacingMillis;
    volatile AudioFormat opened;
    volatile int bufferSize;
    volatile boolean running;
    volatile boolean open;
    volatile boolean closed;
    volatile LineUnavailableException failOpen;
    private long frame;
    private final Semaphore audioReads = new Semaphore(0);

    FakeLine(DoubleUnaryOperator signal, double seconds, long pacingMillis, AudioFormat... offered) {
        this.signal = signal;
        this.seconds = seconds;
        this.pacingMillis = pacingMillis;
        this.offered = List.of(offered);
    }

    /** A 440 Hz tone at half scale. */
    static DoubleUnaryOperator tone() {
        return t -> 0.5 * Math.sin(2 * Math.PI * 440 * t);
    }

    /** A tone while {@code from <= t < to}, silence otherwise. */
    static DoubleUnaryOperator toneBetween(double from, double to) {
        return t -> t >= from && t < to ? 0.5 * Math.sin(2 * Math.PI * 440 * t) : 0;
    }

    static AudioFormat pcm(float rate, int channels, boolean bigEndian) {
        return new AudioFormat(rate, 16, channels, true, bigEndian);
    }

    @Override
    public void open(AudioFormat format, int bufferSize) throws LineUnavailableException {
        if (failOpen != null) {
            throw failOpen;
        }
        if (!getLineInfo().isFormatSupported(format)) {
            throw new IllegalArgumentException("unsupported " + format);
        }
        this.opened = format;
        this.bufferSize = bufferSize;
        this.open = true;
    }

    @Override
    public void open(AudioFormat format) throws LineUnavailableException {
        open(format, (int) format.getSampleRate() * format.getFrameSize());
    }

    @Override
    public void open() throws LineUnavailableException {
        open(offered.get(0));
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
        if (len % opened.getFrameSize() != 0) {
            throw new IllegalArgumentException("not a whole number of frames: " + len);
        }
        readSizes.add(len);
        if (!running || !open) {
            return 0;
        }
        pace();
        float rate = opened.getSampleRate();
        int channels = opened.getChannels();
        int frames = len / opened.getFrameSize();
        long end = seconds < 0 ? Long.MAX_VALUE : Math.round(seconds * rate);
        int n = (int) Math.max(0, Math.min(frames, end - frame));
        for (int i = 0; i < n; i++, frame++) {
            short s = (short) Math.round(Math.max(-1, Math.min(1, signal.applyAsDouble(frame / rate))) * 32767);
            for (int c = 0; c < channels; c++) {
                int at = off + (i * channels + c) * 2;
                b[at + (opened.isBigEndian() ? 1 : 0)] = (byte) s;
                b[at + (opened.isBigEndian() ? 0 : 1)] = (byte) (s >> 8);
            }
        }
        if (frame >= end) {
            running = false;  // the stream is over, as a line stopped by its driver
        }
        if (n > 0) {
            audioReads.release();
        }
        return n * opened.getFrameSize();
    }

    /**
     * Waits until {@code reads} reads have returned audio, so the recorder is known to be recording. Gives up after
     * five seconds, which only a broken recorder needs.
     */
    boolean awaitAudio(int reads) throws InterruptedException {
        return audioReads.tryAcquire(reads, 5, TimeUnit.SECONDS);
    }

    private void pace() {
        if (pacingMillis > 0) {
            try {
                Thread.sleep(pacingMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public DataLine.Info getLineInfo() {
        return new DataLine.Info(TargetDataLine.class, offered.toArray(AudioFormat[]::new), 0, 1 << 20);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public void close() {
        running = false;
        open = false;
        closed = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isActive() {
        return running;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public AudioFormat getFormat() {
        return opened;
    }

    @Override
    public int available() {
        return 0;
    }

    @Override
    public int getBufferSize() {
        return bufferSize;
    }

    @Override
    public void drain() {
    }

    @Override
    public void flush() {
    }

    @Override
    public int getFramePosition() {
        return (int) frame;
    }

    @Override
    public long getLongFramePosition() {
        return frame;
    }

    @Override
    public long getMicrosecondPosition() {
        return opened == null ? 0 : (long) (frame * 1e6 / opened.getSampleRate());
    }

    @Override
    public float getLevel() {
        return AudioSystem.NOT_SPECIFIED;
    }

    @Override
    public Control[] getControls() {
        return new Control[0];
    }

    @Override
    public boolean isControlSupported(Control.Type control) {
        return false;
    }

    @Override
    public Control getControl(Control.Type control) {
        throw new IllegalArgumentException("no controls");
    }

    @Override
    public void addLineListener(LineListener listener) {
    }

    @Override
    public void removeLineListener(LineListener listener) {
    }
}
