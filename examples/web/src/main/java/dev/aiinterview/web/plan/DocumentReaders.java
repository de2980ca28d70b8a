package dev.aiinterview.web.plan;

import dev.aiinterview.web.http.WebException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where uploaded documents are parsed: on at most {@link #THREADS} threads, with a few more waiting, so that many
 * uploads at once cannot take every core and all the memory; each parse gets {@link #TIME} and is interrupted
 * when the caller stops waiting (the extractors also check their own {@link TextBudget} deadline).
 */
final class DocumentReaders {

    /** Time one document may take; a job advert takes well under a second. */
    static final Duration TIME = Duration.ofSeconds(4);
    static final int THREADS = 2;
    private static final int WAITING = 4;

    private static final ThreadPoolExecutor POOL = pool();

    /** The task's result, or a {@link WebException} when the readers are busy; a timeout is {@link TimeoutException}. */
    static <T> T run(Callable<T> task) throws Exception {
        Future<T> future;
        var started = new AtomicBoolean();
        try {
            future = POOL.submit(() -> {
                started.set(true);
                return task.call();
            });
        } catch (RejectedExecutionException busy) {
            throw busy();
        }
        try {
            // A little longer than the task's own deadline, which ends it with a clearer reason.
            return future.get(TIME.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // A document that waited its whole time behind others was never read: that is no fault of the file.
            throw started.get() ? e : busy();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            future.cancel(true);
        }
    }

    private static WebException busy() {
        return new WebException(503, "Several documents are being read right now. Try again in a moment, or "
                + "paste the job description's text.");
    }

    /** Whether no document is being read or waiting. */
    static boolean idle() {
        return POOL.getActiveCount() == 0 && POOL.getQueue().isEmpty();
    }

    /** Documents being read or waiting. */
    static int taken() {
        return POOL.getActiveCount() + POOL.getQueue().size();
    }

    /** Documents being read now. */
    static int reading() {
        return POOL.getActiveCount();
    }

    /** Whether every reader is taken and every waiting place filled, so that the next upload is refused. */
    static boolean full() {
        return POOL.getActiveCount() >= THREADS && POOL.getQueue().remainingCapacity() == 0;
    }

    private static ThreadPoolExecutor pool() {
        var counter = new AtomicInteger();
        var pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WAITING),
                r -> {
                    Thread t = new Thread(r, "document-reader-" + counter.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private DocumentReaders() {
    }
}
