package dev.aiinterview.web;

import dev.aiinterview.api.error.ConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The data directory, held by one server at a time: an OS lock on {@value #FILE} in it, taken before anything
 * else is written there, so that a second server on the same directory stops at once with a clear message (rather
 * than failing later in the database, after writing its own files). The lock ends with the process, even a killed
 * one. What this start created in the directory (or the directory itself) is removed again if the start fails.
 */
final class DataDirLock implements AutoCloseable {

    static final String FILE = "server.lock";

    private final Path dir;
    private final boolean created;
    /** The directory's entries before this start, so that a failed start removes only what it added. */
    private final java.util.Set<Path> before;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(Path dir, boolean created, java.util.Set<Path> before, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.created = created;
        this.before = before;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates the directory if needed and locks it; held by another server, it is a {@link ConfigurationException}. */
    static DataDirLock take(Path dir) {
        boolean created = !Files.exists(dir);
        FileChannel channel = null;
        try {
            java.util.Set<Path> before = created ? java.util.Set.of() : entries(dir);
            Files.createDirectories(dir);
            channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new ConfigurationException("The data directory " + dir + " is in use by another server: stop "
                        + "that server, or set " + StartChecks.setting(WebSettings.DATA_DIR) + " to another folder");
            }
            return new DataDirLock(dir, created, before, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ConfigurationException("Cannot use the data directory " + dir + " (" + e.getMessage() + "): set "
                    + StartChecks.setting(WebSettings.DATA_DIR) + " to a writable folder", e);
        }
    }

    /**
     * Whether another process (a running server) holds the directory now. A directory that does not exist, or has
     * no lock file, is held by nobody; nothing is created.
     */
    static boolean heldElsewhere(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException sameProcess) {
            return true;
        } catch (IOException e) {
            return false; // take() reports what is wrong with the directory
        }
    }

    /**
     * After a failed start: removes the directory if this start made it, else what this start added to it (the lock
     * file, a media folder, a new database), so a failure leaves nothing behind.
     */
    void removeIfCreated() {
        close();
        try {
            if (created) {
                delete(dir);
                return;
            }
            for (Path entry : entries(dir)) {
                if (!before.contains(entry)) {
                    delete(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove what the failed start wrote in " + dir, e);
        }
    }

    private static java.util.Set<Path> entries(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
    }

    private static void delete(Path path) throws IOException {
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // the channel is closed next, which releases the lock anyway
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was written through it
            }
        }
    }
}
