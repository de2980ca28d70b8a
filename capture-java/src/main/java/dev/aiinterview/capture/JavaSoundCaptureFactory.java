package dev.aiinterview.capture;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.spi.MediaCapture;
import dev.aiinterview.spi.MediaCaptureFactory;
import java.time.Duration;
import java.util.Optional;

/**
 * Discovers microphone capture through javax.sound ({@code interview.capture.provider=javasound}). Construction is
 * free; nothing touches the sound system until devices are listed or a recording starts.
 *
 * <p>Settings: {@value #DEVICE} (a device id from {@code devices()}, used when {@code CaptureOptions} names none)
 * and {@value #LEVEL_INTERVAL} (how often the level meter is called; default 100ms).
 */
public final class JavaSoundCaptureFactory implements MediaCaptureFactory {

    /** The provider id used in configuration. */
    public static final String ID = "javasound";
    /** The device to record from when the options name none; default: the system's first input device. */
    public static final String DEVICE = "interview.javasound.device";
    /** How often levels are reported, which is also how quickly a stop is noticed; default 100ms. */
    public static final String LEVEL_INTERVAL = "interview.javasound.level-interval";

    /** A microphone that delivers nothing for this long has failed; the recording ends with what it has. */
    static final Duration STALL_LIMIT = Duration.ofSeconds(2);

    /** Discovery needs a public no-argument constructor; it does no work. */
    public JavaSoundCaptureFactory() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Microphone capture on this JVM through javax.sound: 16 kHz mono WAV, level meter, stop after silence";
    }

    @Override
    public Optional<String> artifact() {
        return Optional.of("dev.aiinterview:capture-java");
    }

    @Override
    public MediaCapture create(ConfigSource config) {
        Duration interval = config.getDuration(LEVEL_INTERVAL, Duration.ofMillis(100));
        if (interval.toMillis() < 10 || interval.toMillis() > 1000) {
            throw new ConfigurationException("Setting '" + LEVEL_INTERVAL + "' is " + interval
                    + " but must be from 10ms to 1s");
        }
        return new JavaSoundCapture(Microphone::system, config.get(DEVICE).orElse(null), interval, STALL_LIMIT);
    }
}
