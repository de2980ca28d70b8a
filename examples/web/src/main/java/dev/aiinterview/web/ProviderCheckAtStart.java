package dev.aiinterview.web;

import dev.aiinterview.core.Interviewer;
import dev.aiinterview.core.check.ProviderDoctor;
import dev.aiinterview.web.speech.VoiceAnswers;
import dev.aiinterview.web.speech.VoiceStatus;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The providers' check at start ({@link Interviewer#checkProviders()}), on a thread of its own so the server
 * serves at once; each provider's line goes to the log, a failure as a warning.
 */
final class ProviderCheckAtStart {

    // Under the app's name, where operators read the start-up lines.
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    static CompletableFuture<ProviderDoctor.Report> run(Interviewer interviewer, VoiceAnswers voice) {
        var check = new CompletableFuture<ProviderDoctor.Report>();
        Thread thread = new Thread(() -> {
            try {
                check.complete(interviewer.checkProviders());
            } catch (RuntimeException e) {
                check.completeExceptionally(e);
            }
        }, "interview-provider-check");
        thread.setDaemon(true);
        thread.start();
        return check.whenComplete((report, error) -> {
            if (error != null) {
                LOG.warn("Provider check could not run: {}", error.toString());
                return;
            }
            for (ProviderDoctor.Check c : report.checks()) {
                if (c.status() == ProviderDoctor.Status.OK) {
                    LOG.info("Provider check: {}", c.summary());
                } else if (c.role().equals("speech-to-text")
                        && voice.status().state() == VoiceStatus.State.PREPARING) {
                    // Not a fault: the default speech model is still being fetched, and its own log says how far.
                    LOG.info("Provider check: speech-to-text {} waits for its model", c.provider());
                } else {
                    LOG.warn("Provider check: {}", c.summary());
                }
            }
        });
    }

    private ProviderCheckAtStart() {
    }
}
