package dev.aiinterview.web.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.testkit.MutableClock;
import dev.aiinterview.web.http.WebException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Parsing is bounded: a few documents at a time, and each within its character and time budget. */
class DocumentReadersTest {

    @Test
    void whenEveryReaderAndWaitingPlaceIsTakenTheNextUploadIsAskedToTryAgain() throws Exception {
        // given no reader left busy by another test (the pool is the JVM's), then two documents being read and
        // four waiting
        for (int i = 0; i < 1_000 && !DocumentReaders.idle(); i++) {
            Thread.sleep(10);
        }
        var release = new CountDownLatch(1);
        var callers = new ArrayList<Thread>();
        for (int i = 0; i < 6; i++) {
            Thread caller = new Thread(() -> {
                try {
                    DocumentReaders.run(() -> {
                        release.await();
                        return "read";
                    });
                } catch (Exception ignored) {
                    // the outcome of these is not what is tested
                }
            });
            caller.start();
            callers.add(caller);
            // One at a time, each taken (the first two by a reader) before the next: six offered at once could
            // outrun the readers taking theirs, and the sixth be refused.
            int offered = callers.size();
            for (int wait = 0; wait < 500 && (DocumentReaders.taken() < offered
                    || DocumentReaders.reading() < Math.min(offered, DocumentReaders.THREADS)); wait++) {
                Thread.sleep(10);
            }
        }
        for (int i = 0; i < 500 && !DocumentReaders.full(); i++) {
            Thread.sleep(10);
        }
        assertThat(DocumentReaders.full()).as("every reader and waiting place taken").isTrue();

        try {
            // when / then
            assertThatThrownBy(() -> DocumentReaders.run(() -> "one more"))
                    .isInstanceOfSatisfying(WebException.class, e -> assertThat(e.status()).isEqualTo(503))
                    .hasMessageContaining("Try again in a moment, or paste the job description's text");
        } finally {
            release.countDown();
            for (Thread caller : callers) {
                caller.join();
            }
        }
        assertThat(DocumentReaders.run(() -> "free again")).isEqualTo("free again");
    }

    @Test
    void aDocumentThatWaitedItsWholeTimeBehindOthersIsAskedToTryAgainNotCalledTooSlow() throws Exception {
        // given both readers taken by documents that outlast their time and do not stop when interrupted (as a
        // parser in a loop that checks nothing)
        for (int i = 0; i < 1_000 && !DocumentReaders.idle(); i++) {
            Thread.sleep(10);
        }
        var release = new CountDownLatch(1);
        var callers = new ArrayList<Thread>();
        for (int i = 0; i < DocumentReaders.THREADS; i++) {
            Thread caller = new Thread(() -> {
                try {
                    DocumentReaders.run(() -> {
                        while (true) {
                            try {
                                release.await();
                                return "read";
                            } catch (InterruptedException deaf) {
                                // goes on
                            }
                        }
                    });
                } catch (Exception ignored) {
                    // these time out; what is tested is the one waiting behind them
                }
            });
            caller.start();
            callers.add(caller);
        }
        for (int i = 0; i < 500 && DocumentReaders.reading() < DocumentReaders.THREADS; i++) {
            Thread.sleep(10);
        }
        assertThat(DocumentReaders.reading()).isEqualTo(DocumentReaders.THREADS);
        try {
            // when a small document waits behind them for its whole time, then it was never read: busy, not slow
            assertThatThrownBy(() -> DocumentReaders.run(() -> "small"))
                    .isInstanceOfSatisfying(WebException.class, e -> assertThat(e.status()).isEqualTo(503))
                    .hasMessageContaining("Try again in a moment");
        } finally {
            release.countDown();
            for (Thread caller : callers) {
                caller.join();
            }
        }
    }

    @Test
    void aBudgetStopsTheTextAtTheLimitAndWhenItsTimeIsUp() {
        // given a clock the test moves
        var clock = MutableClock.at("2026-01-01T00:00:00Z");
        var budget = new TextBudget(100, Duration.ofSeconds(4), clock);

        // when / then: leading blanks are free, the text counts
        budget.append("   \n" + "x".repeat(100));
        assertThat(budget.text()).hasSize(100);
        assertThatThrownBy(() -> budget.append("y".repeat(100)))
                .isInstanceOfSatisfying(TextBudget.Exceeded.class, e -> assertThat(e.timedOut()).isFalse());

        var slow = new TextBudget(100, Duration.ofSeconds(4), clock);
        slow.checkTime();
        clock.advance(Duration.ofSeconds(5));
        assertThatThrownBy(slow::checkTime)
                .isInstanceOfSatisfying(TextBudget.Exceeded.class, e -> assertThat(e.timedOut()).isTrue());
    }
}
