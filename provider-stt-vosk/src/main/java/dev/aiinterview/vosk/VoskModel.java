package dev.aiinterview.vosk;

import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.api.error.ProviderException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * A loaded Vosk model, shared by every provider in the JVM that uses the same folder (a model takes a second to
 * load and holds tens to hundreds of MB of native memory). Each stream gets its own recognizer; Vosk's model is
 * thread-safe for that. The model is freed when the last provider using it closes.
 */
final class VoskModel {

    private static final Logger LOG = LoggerFactory.getLogger(VoskModel.class);
    private static final Map<Path, VoskModel> LOADED = new HashMap<>();

    private final Path folder;
    private final Model model;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private int users;  // guarded by LOADED
    private boolean freed;  // guarded by lock

    private VoskModel(Path folder, Model model) {
        this.folder = folder;
        this.model = model;
    }

    /** The model in this folder, loaded on first use; close the returned source when done with it. */
    static Recognition.Source acquire(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        synchronized (LOADED) {
            VoskModel shared = LOADED.get(key);
            if (shared == null) {
                shared = new VoskModel(key, load(key));
                LOADED.put(key, shared);
            }
            shared.users++;
            return shared.new Lease();
        }
    }

    private static Model load(Path folder) {
        ModelFolders.check(folder, VoskConfig.MODEL_PATH);
        VoskNatives.load();
        long started = System.nanoTime();
        try {
            Model model = new Model(folder.toString());
            LOG.info("Loaded the Vosk model {} in {} ms", folder, (System.nanoTime() - started) / 1_000_000);
            return model;
        } catch (IOException e) {
            throw new ConfigurationException("Vosk could not load the model in " + folder + " (" + e.getMessage()
                    + "): the folder looks like a model but is damaged or from another Vosk version; "
                    + ModelFolders.howToGetOne(), e);
        }
    }

    private Recognition open(float sampleRate) {
        lock.readLock().lock();
        try {
            if (freed) {
                throw new IllegalStateException("The Vosk model " + folder + " was freed");
            }
            Recognizer recognizer = new Recognizer(model, sampleRate);
            recognizer.setWords(true);
            return new VoskRecognition(recognizer);
        } catch (IOException e) {
            throw new ProviderException(VoskSpeechToTextProviderFactory.ID, "Vosk could not create a recognizer at "
                    + sampleRate + " Hz for " + folder + ": " + e.getMessage(), e);
        } finally {
            lock.readLock().unlock();
        }
    }

    private void release() {
        synchronized (LOADED) {
            if (--users > 0) {
                return;
            }
            LOADED.remove(folder);
        }
        lock.writeLock().lock();
        try {
            freed = true;
            // Recognizers still running keep the native model alive: Vosk counts references to it.
            model.close();
            LOG.debug("Freed the Vosk model {}", folder);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** One provider's use of the shared model. */
    private final class Lease implements Recognition.Source {
        private final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public Recognition open(float sampleRate) {
            if (closed.get()) {
                throw new IllegalStateException("This Vosk provider is closed");
            }
            return VoskModel.this.open(sampleRate);
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                release();
            }
        }

        @Override
        public String toString() {
            return "VoskModel[" + folder + "]";
        }
    }

    /** The real recognizer. */
    private static final class VoskRecognition implements Recognition {
        private final Recognizer recognizer;

        VoskRecognition(Recognizer recognizer) {
            this.recognizer = recognizer;
        }

        @Override
        public boolean accept(byte[] pcm, int length) {
            return recognizer.acceptWaveForm(pcm, length);
        }

        @Override
        public String result() {
            return recognizer.getResult();
        }

        @Override
        public String finalResult() {
            return recognizer.getFinalResult();
        }

        @Override
        public void close() {
            recognizer.close();
        }
    }
}
