package dev.aiinterview.web.plan;

import dev.aiinterview.core.input.JobDescriptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What one document's text extraction may spend: characters of text (the job description limit) and time. The
 * extractors call {@link #append} and {@link #checkTime} from their callbacks, so a document that holds far more
 * than a job advert is abandoned as soon as the limit is passed, not after all of it has been read.
 */
final class TextBudget {

    /** Why extraction stopped early. Unchecked, to pass through the libraries' callbacks. */
    static final class Exceeded extends RuntimeException {
        private final boolean timedOut;

        private Exceeded(String message, boolean timedOut) {
            super(message, null, false, false);
            this.timedOut = timedOut;
        }

        boolean timedOut() {
            return timedOut;
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final int maxChars;
    private final Instant deadline;
    private final Clock clock;

    TextBudget(int maxChars, Duration time, Clock clock) {
        this.maxChars = maxChars;
        this.clock = clock;
        this.deadline = clock.instant().plus(time);
    }

    /** The job description's limit and the given time. */
    static TextBudget forJobDescription(Duration time) {
        return new TextBudget(JobDescriptions.MAX_CHARS, time, Clock.systemUTC());
    }

    /** Adds text; past the character limit (leading blanks aside, as the limit counts them) it stops. */
    void append(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (text.isEmpty() && Character.isWhitespace(c)) {
                continue;
            }
            text.append(c);
        }
        // A little over: trailing blanks are not counted by the limit, and JobDescriptions checks it exactly.
        if (text.length() > maxChars + 64) {
            throw overLimit();
        }
        checkTime();
    }

    /** Stops when the time is up, or when the thread was interrupted because the caller stopped waiting. */
    void checkTime() {
        if (Thread.currentThread().isInterrupted() || clock.instant().isAfter(deadline)) {
            throw new Exceeded("out of time", true);
        }
    }

    /** The failure for text over the limit, for an extractor that sees it coming before the text arrives. */
    Exceeded overLimit() {
        return new Exceeded("more than " + maxChars + " characters", false);
    }

    int maxChars() {
        return maxChars;
    }

    String text() {
        return text.toString();
    }
}
