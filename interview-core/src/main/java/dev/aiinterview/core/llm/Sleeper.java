package dev.aiinterview.core.llm;

import java.time.Duration;

/** Waits between retries; replaced in tests so they never sleep. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** {@link Thread#sleep}. */
    static Sleeper system() {
        return d -> Thread.sleep(d.toMillis());
    }
}
