package dev.aiinterview.web.speech;

import java.util.Locale;

/**
 * Whether candidates can answer by voice, and for the recruiter why not and what fixes it. Immutable; the
 * current one is read from {@link VoiceAnswers}.
 *
 * @param state      on, being prepared, off by configuration, or failed
 * @param engine     the speech-to-text provider id, or {@code null} when there is none
 * @param detail     what is happening or what went wrong, for the recruiter
 * @param fix        the setting or action that fixes it, or {@code null}
 * @param bytesDone  bytes of the model received so far (while preparing)
 * @param bytesTotal the model's size, or -1 when not known (yet)
 * @param canRetry   whether the recruiter may start another download attempt
 */
public record VoiceStatus(State state, String engine, String detail, String fix, long bytesDone, long bytesTotal,
                          boolean canRetry) {

    /** The states a voice-answer set-up goes through. */
    public enum State { ON, PREPARING, OFF, FAILED }

    static VoiceStatus on(String engine) {
        return new VoiceStatus(State.ON, engine, "Voice answers are on: spoken answers are transcribed by "
                + engine + ".", null, 0, -1, false);
    }

    static VoiceStatus off(String reason, String fix) {
        return new VoiceStatus(State.OFF, null, reason + ". Candidates type their answers.", fix, 0,
                -1, false);
    }

    static VoiceStatus preparing(String engine, String what, long done, long total) {
        return new VoiceStatus(State.PREPARING, engine, what, null, done, total, false);
    }

    static VoiceStatus failed(String engine, String detail, String fix, boolean canRetry) {
        return new VoiceStatus(State.FAILED, engine, detail, fix, 0, -1, canRetry);
    }

    /** Whether spoken answers are transcribed now. */
    public boolean on() {
        return state == State.ON;
    }

    /** The download's progress as "12.5 of 39.3 MB (31%)", or "12.5 MB" when the size is not known. */
    public String progress() {
        return progress(bytesDone, bytesTotal);
    }

    static String progress(long done, long total) {
        if (total > 0) {
            return megabytes(done) + " of " + megabytes(total) + " MB (" + (done * 100 / total) + "%)";
        }
        return megabytes(done) + " MB";
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
