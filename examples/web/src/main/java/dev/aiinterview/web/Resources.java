package dev.aiinterview.web;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What the app has opened so far while it starts: when a later step fails (a provider's model check, a port in
 * use), everything is closed again in reverse order, so that a failed start leaves no database pool, threads or
 * clients behind.
 */
final class Resources {

    /** How to close a resource; unlike {@link AutoCloseable} it also fits {@code ExecutorService::shutdownNow}. */
    @FunctionalInterface
    interface Closer<T> {
        void close(T resource) throws Exception;
    }

    /** A resource with how to close it. */
    @FunctionalInterface
    private interface Opened {
        void close() throws Exception;
    }

    private final Deque<Opened> opened = new ArrayDeque<>();

    /** Records a resource just opened, with how to close it; returns the resource. */
    <T> T opened(T resource, Closer<? super T> closer) {
        opened.push(() -> closer.close(resource));
        return resource;
    }

    /** Records an {@link AutoCloseable} just opened; returns it. */
    <T extends AutoCloseable> T opened(T resource) {
        return opened(resource, AutoCloseable::close);
    }

    /**
     * Closes everything opened so far, the last first, after a step failed; a failure to close one is added to
     * {@code failure} as suppressed and the others are still closed.
     */
    void closeAfter(Throwable failure) {
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }
}
