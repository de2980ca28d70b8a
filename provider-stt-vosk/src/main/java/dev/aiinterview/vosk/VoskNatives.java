package dev.aiinterview.vosk;

import dev.aiinterview.api.error.ConfigurationException;
import java.util.Locale;
import org.vosk.LibVosk;
import org.vosk.LogLevel;

/**
 * Loads Vosk's native library once. The jar bundles it for linux-x86-64, macOS and Windows x86-64; elsewhere the
 * failure becomes a {@link ConfigurationException} that names the platform and the alternatives.
 */
final class VoskNatives {

    private static volatile boolean loaded;

    /** Loads the library, quietening Kaldi's informational logging (it writes straight to stderr). */
    static void load() {
        if (loaded) {
            return;
        }
        synchronized (VoskNatives.class) {
            if (loaded) {
                return;
            }
            try {
                LibVosk.setLogLevel(LogLevel.WARNINGS);
                loaded = true;
            } catch (LinkageError e) {
                throw new ConfigurationException("Vosk's native library cannot be loaded on " + platform()
                        + " (" + e + "): the com.alphacephei:vosk jar ships it for linux-x86-64, macOS and Windows "
                        + "x86-64 only; elsewhere use the google-speech or gemini speech-to-text provider", e);
            }
        }
    }

    static String platform() {
        return System.getProperty("os.name", "?").toLowerCase(Locale.ROOT) + "-" + System.getProperty("os.arch", "?");
    }

    private VoskNatives() {
    }
}
