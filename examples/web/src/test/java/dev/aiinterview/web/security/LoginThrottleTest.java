package dev.aiinterview.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.testkit.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void parallelGuessesAreCountedBeforeTheirPasswordsAreChecked() throws Exception {
        // given
        var throttle = new LoginThrottle(Clock.systemUTC());
        var pool = Executors.newFixedThreadPool(8);
        try {
            // when: 50 guesses arrive at once, none has failed yet
            var tasks = IntStream.range(0, 50).<Callable<Long>>mapToObj(i -> () -> throttle.attempt("10.0.0.9")).toList();
            long allowed = pool.invokeAll(tasks).stream().filter(f -> {
                try {
                    return f.get() == 0;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).count();

            // then
            assertThat(allowed).isEqualTo(10);
            assertThat(throttle.attempt("10.0.0.10")).as("another address is not affected").isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSuccessfulSignInClearsTheCountAndTheWaitEndsAfterTheWindow() {
        var clock = MutableClock.at("2026-11-25T10:00:00Z");
        var throttle = new LoginThrottle(clock);
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.attempt("a")).isZero();
        }
        assertThat(throttle.attempt("a")).isPositive();

        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.attempt("a")).isZero();
        throttle.succeeded("a");
        assertThat(throttle.attempt("a")).isZero();
    }
}
