package dev.aiinterview.web;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.InterviewException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the web app: {@code java -jar interview-web.jar}. Settings come from system properties and environment
 * variables (see {@link WebSettings}); the app stops cleanly on Ctrl-C.
 */
public final class WebMain {

    private static final Logger LOG = LoggerFactory.getLogger(WebMain.class);

    public static void main(String[] args) {
        WebApp app;
        try {
            app = WebApp.start(ConfigSource.defaults());
        } catch (InterviewException e) {
            // A configuration problem: the message says how to fix it; a stack trace would bury it.
            LOG.error("Cannot start: {}", e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "interview-web-shutdown"));
    }

    private WebMain() {
    }
}
