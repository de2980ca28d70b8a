package dev.aiinterview.spi;

import dev.aiinterview.api.error.ProviderException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
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

    /**
     * Runs the blocking call on the calling thread and hands its outcome over as a finished future. On a
     * {@link ForkJoinPool} thread the call is a managed block, so the pool adds a thread while this one waits for
     * the provider instead of running short of threads for everything else.
     */
    static <T> CompletableFuture<T> fromBlocking(Object provider, String method, Supplier<T> blocking) {
        enter(provider, method);
        try {
            var call = new BlockingCall<>(blocking);
            ForkJoinPool.managedBlock(call);
            return call.failure != null ? CompletableFuture.failedFuture(call.failure)
                    : CompletableFuture.completedFuture(call.value);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(new ProviderException(idOf(provider), "Interrupted while "
                    + "waiting for provider '" + idOf(provider) + "'", e));
        } finally {
            ADAPTING.get().remove(provider);
        }
    }

    /** One blocking provider call, as a {@link ForkJoinPool.ManagedBlocker}. */
    private static final class BlockingCall<T> implements ForkJoinPool.ManagedBlocker {
        private final Supplier<T> call;
        private boolean done;
        private T value;
        private RuntimeException failure;

        BlockingCall(Supplier<T> call) {
            this.call = call;
        }

        @Override
        public boolean block() {
            try {
                value = call.get();
            } catch (RuntimeException e) {
                failure = e;
            }
            done = true;
            return true;
        }

        @Override
        public boolean isReleasable() {
            return done;
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
            throw new ProviderException(idOf(provider), "Interrupted while waiting for provider '"
                    + idOf(provider) + "'", e);
        } catch (ExecutionException e) {
            throw unwrap(provider, e.getCause());
        }
    }

    private static void enter(Object provider, String method) {
        if (!ADAPTING.get().add(provider)) {
            ADAPTING.get().remove(provider);
            throw new UnsupportedOperationException(provider.getClass().getName() + " implements neither " + method
                    + " nor " + method + "Async; a provider must override at least one of them");
        }
    }

    private static RuntimeException unwrap(Object provider, Throwable cause) {
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        // A checked exception smuggled through a future: the provider failed, in no way the SPI allows.
        return new ProviderException(idOf(provider), "Provider '" + idOf(provider) + "' failed: " + cause, cause);
    }

    private static String idOf(Object provider) {
        if (provider instanceof LlmProvider llm) {
            return llm.id();
        }
        return provider instanceof SpeechToTextProvider stt ? stt.id() : String.valueOf(provider);
    }
}
