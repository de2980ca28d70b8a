package dev.aiinterview.spi;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The default methods that turn a provider's blocking call into an asynchronous one and back. A provider overrides
 * at least one of the two; one that overrides neither would have each default call the other for ever, so the
 * adapter marks the thread while it adapts and fails with a clear message on the way back in.
 */
final class AsyncAdapter {

    /** The providers this thread is adapting right now; per provider, so one provider may wrap another. */
    private static final ThreadLocal<Set<Object>> ADAPTING =
            ThreadLocal.withInitial(() -> Collections.newSetFromMap(new IdentityHashMap<>()));

    private AsyncAdapter() {
    }

    /** Runs the blocking call on the calling thread and hands its outcome over as a finished future. */
    static <T> CompletableFuture<T> fromBlocking(Object provider, String method, Supplier<T> blocking) {
        enter(provider, method);
        try {
            return CompletableFuture.completedFuture(blocking.get());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        } finally {
            ADAPTING.get().remove(provider);
        }
    }

    /** Waits for the asynchronous call and throws its failure as it was thrown, not wrapped. */
    static <T> T fromAsync(Object provider, String method, Supplier<CompletableFuture<T>> async) {
        enter(provider, method);
        CompletableFuture<T> future;
        try {
            future = async.get();
        } finally {
            ADAPTING.get().remove(provider);
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new CancellationException("Interrupted while waiting for " + provider);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    private static void enter(Object provider, String method) {
        if (!ADAPTING.get().add(provider)) {
            ADAPTING.get().remove(provider);
            throw new UnsupportedOperationException(provider.getClass().getName() + " implements neither " + method
                    + " nor " + method + "Async; a provider must override at least one of them");
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new CompletionException(cause);
    }
}
