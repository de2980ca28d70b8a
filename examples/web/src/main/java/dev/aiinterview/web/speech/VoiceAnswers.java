package dev.aiinterview.web.speech;

import dev.aiinterview.web.http.StatusBanner;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether candidates can answer by voice right now, read on every candidate request and recruiter page, so that
 * voice answers turn on without a restart once the default speech model is ready. Thread-safe.
 */
public final class VoiceAnswers {

    /** Where the recruiter's "Try again" button posts. */
    public static final String RETRY_PATH = "/recruiter/speech/retry";

    private final AtomicReference<VoiceStatus> status;

    VoiceAnswers(VoiceStatus initial) {
        this.status = new AtomicReference<>(initial);
    }

    /** The current status. */
    public VoiceStatus status() {
        return status.get();
    }

    /** Whether spoken answers are transcribed now. */
    public boolean on() {
        return status.get().on();
    }

    void set(VoiceStatus next) {
        status.set(next);
    }

    /** The status line of the recruiter's pages. */
    public StatusBanner banner() {
        VoiceStatus s = status.get();
        return switch (s.state()) {
            case ON -> new StatusBanner("quiet", "Voice answers on:", "spoken answers are transcribed by "
                    + s.engine() + ".", null, null);
            case PREPARING -> new StatusBanner("info", "Voice answers are being set up.", s.detail() + " Until it "
                    + "is ready candidates type their answers; voice answers then turn on by themselves, with no "
                    + "restart.", "To skip this download set " + SpeechSettings.DOWNLOAD + "=false.", null);
            case OFF -> new StatusBanner("info", "Voice answers off.", s.detail(), s.fix(), null);
            case FAILED -> new StatusBanner("warn", "Voice answers are not available.", s.detail()
                    + " Candidates type their answers until this is fixed.", s.fix(),
                    s.canRetry() ? RETRY_PATH : null);
        };
    }
}
