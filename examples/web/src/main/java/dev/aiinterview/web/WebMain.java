package dev.aiinterview.web;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.InterviewException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the web app: {@code java -jar interview-web.jar}. Settings come from system properties and environment
 * variables (see {@link WebSettings}); the app stops cleanly on Ctrl-C. A start that cannot succeed (a port in use,
 * a data directory in use or not writable, a database it cannot open, a bad setting) prints one line naming the
 * setting to change and exits with status 2, having written nothing. {@code api-key create|list|revoke} manages
 * API keys instead (see {@link ApiKeyCli}).
 */
public final class WebMain {

    private static final Logger LOG = LoggerFactory.getLogger(WebMain.class);

    public static void main(String[] args) {
        WebApp app;
        ConfigSource config = ConfigSource.defaults();
        if (args.length > 0 && args[0].equals("api-key")) {
            System.exit(ApiKeyCli.run(java.util.Arrays.copyOfRange(args, 1, args.length), config));
            return;
        }
        try {
            app = WebApp.start(config);
        } catch (InterviewException e) {
            // A configuration problem: the message says how to fix it; a stack trace would bury it.
            LOG.error("Cannot start: {}", e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            if (!portTaken(e)) {
                throw e;
            }
            // Taken between the check at start and the server's own bind.
            WebSettings settings = WebSettings.from(config);
            LOG.error("Cannot start: {}", StartChecks.portInUse(settings.host(), settings.port()).getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "interview-web-shutdown"));
    }

    private static boolean portTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }

    private WebMain() {
    }
}
