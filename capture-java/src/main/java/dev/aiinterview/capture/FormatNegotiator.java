package dev.aiinterview.capture;

import dev.aiinterview.api.error.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;

/**
 * Picks the format to record in: 16 kHz mono 16-bit when the device offers it (no conversion), else the best
 * 16-bit PCM format it offers, converted to 16 kHz mono after recording.
 */
final class FormatNegotiator {

    /** What every recording is delivered as. */
    static final AudioFormat TARGET = new AudioFormat(16_000, 16, 1, true, false);

    // 16 kHz first (no resampling), then the rates sound cards run at natively, best first.
    private static final float[] RATES = {16_000, 48_000, 44_100, 32_000, 24_000, 22_050, 11_025, 8_000};

    /** The formats tried, in order of preference. */
    static List<AudioFormat> preferences() {
        List<AudioFormat> formats = new ArrayList<>();
        for (float rate : RATES) {
            for (int channels = 1; channels <= 2; channels++) {
                formats.add(new AudioFormat(rate, 16, channels, true, false));
                formats.add(new AudioFormat(rate, 16, channels, true, true));
            }
        }
        return formats;
    }

    static AudioFormat choose(Microphone microphone) {
        for (AudioFormat format : preferences()) {
            if (microphone.supports().supports(format)) {
                return format;
            }
        }
        Optional<AudioFormat> other = microphone.advertised().stream()
                .filter(f -> f.getSampleRate() > 0 && f.getChannels() > 0 && f.getFrameSize() > 0)
                .filter(f -> Levels.canMeasure(f) && (f.matches(TARGET) || convertible(f)))
                .findFirst();
        return other.orElseThrow(() -> new ConfigurationException("The microphone '" + microphone.device().name()
                + "' offers no PCM format that can be turned into 16 kHz mono audio (it offers "
                + microphone.advertised() + "): choose another device"));
    }

    static boolean convertible(AudioFormat from) {
        return AudioSystem.isConversionSupported(TARGET, from);
    }

    private FormatNegotiator() {
    }
}
