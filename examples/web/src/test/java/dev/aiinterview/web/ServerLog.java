package dev.aiinterview.web;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the app in this JVM logs while a test runs: slf4j-simple writes to {@code System.err} as it is at each
 * line, so standard error is copied here (and still shown) between {@link #start()} and {@link #close()}.
 */
public final class ServerLog implements AutoCloseable {

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

    private ServerLog() {
    }

    public static ServerLog start() {
        var log = new ServerLog();
        System.setErr(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                log.original.write(b);
                synchronized (log.copy) {
                    log.copy.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                log.original.write(b, off, len);
                synchronized (log.copy) {
                    log.copy.write(b, off, len);
                }
            }
        }, true, StandardCharsets.UTF_8));
        return log;
    }

    /** What was logged so far. */
    public String text() {
        synchronized (copy) {
            return copy.toString(StandardCharsets.UTF_8);
        }
    }

    /** Whether a stack trace (a line {@code "\tat ..."} or {@code "Caused by:"}) was logged. */
    public boolean hasStackTrace() {
        String text = text();
        return text.contains("\tat ") || text.contains("Caused by:");
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
