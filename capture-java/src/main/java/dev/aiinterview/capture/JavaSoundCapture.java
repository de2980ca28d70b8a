package dev.aiinterview.capture;

import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.spi.CaptureDevice;
import dev.aiinterview.spi.CaptureListener;
import dev.aiinterview.spi.CaptureOptions;
import dev.aiinterview.spi.MediaCapture;
import dev.aiinterview.spi.Recording;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sound.sampled.AudioFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the candidate from a microphone on the host through javax.sound.sampled. The device is opened in
 * 16 kHz mono 16-bit when it offers that, else in the best 16-bit format it offers, and the recording is converted
 * to 16 kHz mono 16-bit WAV at the end. Levels go to the {@link CaptureListener} every chunk (100 ms by default).
 * One recording at a time; {@link #stop()} ends it from another thread.
 */
public final class JavaSoundCapture implements MediaCapture {

    private static final Logger LOG = LoggerFactory.getLogger(JavaSoundCapture.class);

    private final Supplier<List<Microphone>> microphones;
    private final String defaultDevice;
    private final Duration chunk;
    private final Duration stallLimit;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicReference<Recorder> current = new AtomicReference<>();

    JavaSoundCapture(Supplier<List<Microphone>> microphones, String defaultDevice, Duration chunk,
                     Duration stallLimit) {
        this.microphones = microphones;
        this.defaultDevice = defaultDevice;
        this.chunk = chunk;
        this.stallLimit = stallLimit;
    }

    @Override
    public String id() {
        return JavaSoundCaptureFactory.ID;
    }

    /** The input devices javax.sound offers, default first; empty on a machine without a microphone. */
    @Override
    public List<CaptureDevice> devices() {
        return microphones.get().stream().map(Microphone::device).toList();
    }

    @Override
    public Recording record(CaptureOptions options, CaptureListener listener) {
        Objects.requireNonNull(options, "options");
        if (options.maxDuration().isZero() || options.maxDuration().isNegative()) {
            throw new IllegalArgumentException("maxDuration must be positive, not " + options.maxDuration());
        }
        if (!busy.compareAndSet(false, true)) {
            throw new IllegalStateException("A recording is already in progress on this capture");
        }
        try {
            Microphone microphone = choose(options.deviceId() != null ? options.deviceId() : defaultDevice);
            AudioFormat format = FormatNegotiator.choose(microphone);
            LOG.debug("Recording from '{}' as {}", microphone.device().name(), format);
            try (CaptureSource source = microphone.open(format)) {
                var recorder = new Recorder(source, options, listener == null ? CaptureListener.none() : listener,
                        chunk, stallLimit);
                current.set(recorder);
                Recording recording = recorder.run();
                LOG.debug("Recorded {} ms from '{}' ({})", recording.duration().toMillis(),
                        microphone.device().name(), recording.stopReason());
                return recording;
            }
        } finally {
            current.set(null);
            busy.set(false);
        }
    }

    /** Stops the recording in progress, if any; it returns what was recorded, with {@code STOPPED_BY_HOST}. */
    public void stop() {
        Recorder recorder = current.get();
        if (recorder != null) {
            recorder.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private Microphone choose(String deviceId) {
        List<Microphone> all = microphones.get();
        if (all.isEmpty()) {
            throw new ConfigurationException("No microphone found: javax.sound lists no input device on this machine. "
                    + "Connect one (and allow Java to use it), or answer in text");
        }
        if (deviceId == null) {
            return all.stream().filter(m -> m.device().isDefault()).findFirst().orElse(all.get(0));
        }
        return all.stream().filter(m -> m.device().id().equals(deviceId)).findFirst()
                .orElseThrow(() -> new ConfigurationException("No microphone has the id '" + deviceId + "' (set by "
                        + "CaptureOptions.deviceId or " + JavaSoundCaptureFactory.DEVICE + "); the devices are: "
                        + all.stream().map(m -> "'" + m.device().id() + "'").collect(Collectors.joining(", "))));
    }

    @Override
    public String toString() {
        return "JavaSoundCapture[device=" + (defaultDevice == null ? "default" : defaultDevice) + ", chunk=" + chunk + "]";
    }
}
