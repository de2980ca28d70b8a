package dev.aiinterview.capture;

import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.spi.CaptureDevice;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/**
 * A device that can record: what it is called, which formats it can deliver, and how to open it in one of them.
 * The system's microphones come from javax.sound's mixers; tests and hosts can inject a line or a stream.
 */
record Microphone(CaptureDevice device, List<AudioFormat> advertised, FormatCheck supports, Opener opener) {

    /** Whether the device can deliver a format. */
    @FunctionalInterface
    interface FormatCheck {
        boolean supports(AudioFormat format);
    }

    /** Opens and starts the device in a format. */
    @FunctionalInterface
    interface Opener {
        CaptureSource open(AudioFormat format) throws LineUnavailableException;
    }

    CaptureSource open(AudioFormat format) {
        try {
            return opener.open(format);
        } catch (LineUnavailableException | IllegalStateException e) {
            throw new ProviderUnavailableException(JavaSoundCaptureFactory.ID, "The microphone '" + device.name()
                    + "' cannot be opened (" + e.getMessage() + "): another program may be using it", e);
        } catch (SecurityException e) {
            throw new ConfigurationException("This JVM may not record from '" + device.name() + "' (" + e.getMessage()
                    + "): allow microphone access for Java in the operating system's privacy settings", e);
        }
    }

    /** The microphones javax.sound knows, the first being the one it would choose by default. */
    static List<Microphone> system() {
        List<Microphone> found = new ArrayList<>();
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            Mixer mixer = AudioSystem.getMixer(info);
            Line.Info[] lines = mixer.getTargetLineInfo(new Line.Info(TargetDataLine.class));
            if (lines.length == 0) {
                continue;
            }
            List<AudioFormat> formats = new ArrayList<>();
            for (Line.Info line : lines) {
                if (line instanceof DataLine.Info data) {
                    formats.addAll(List.of(data.getFormats()));
                }
            }
            String id = uniqueId(found, info.getName());
            String name = info.getDescription() == null || info.getDescription().isBlank() ? info.getName()
                    : info.getName() + " (" + info.getDescription() + ")";
            found.add(new Microphone(new CaptureDevice(id, name, found.isEmpty()), List.copyOf(formats),
                    format -> mixer.isLineSupported(lineInfo(format)),
                    format -> start((TargetDataLine) mixer.getLine(lineInfo(format)), format)));
        }
        return found;
    }

    /** One injected line, offered as the only (default) device. */
    static Microphone of(TargetDataLine line, String name) {
        DataLine.Info info = line.getLineInfo() instanceof DataLine.Info data ? data : null;
        return new Microphone(new CaptureDevice("line", name, true),
                info == null ? List.of() : List.of(info.getFormats()),
                format -> info != null && info.isFormatSupported(format),
                format -> start(line, format));
    }

    /** One injected stream, in its own format only. */
    static Microphone of(Supplier<AudioInputStream> stream, AudioFormat format, String name) {
        return new Microphone(new CaptureDevice("stream", name, true), List.of(format), format::matches,
                f -> CaptureSource.of(stream.get()));
    }

    private static CaptureSource start(TargetDataLine line, AudioFormat format) throws LineUnavailableException {
        // Half a second of buffer: enough to ride out a pause of the recording thread, short enough to stop quickly.
        int frames = Math.max(1, Math.round(format.getSampleRate() / 2));
        line.open(format, frames * format.getFrameSize());
        line.start();
        return CaptureSource.of(line);
    }

    private static DataLine.Info lineInfo(AudioFormat format) {
        return new DataLine.Info(TargetDataLine.class, format);
    }

    private static String uniqueId(List<Microphone> found, String name) {
        String id = name;
        for (int n = 2; containsId(found, id); n++) {
            id = name + " #" + n;
        }
        return id;
    }

    private static boolean containsId(List<Microphone> found, String id) {
        return found.stream().anyMatch(m -> m.device().id().equals(id));
    }
}
