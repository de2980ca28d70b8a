package dev.aiinterview.web.partner.greenhouse;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.web.WebSettings;
import dev.aiinterview.web.api.RateLimits;
import dev.aiinterview.web.apikey.ApiKeys;
import dev.aiinterview.web.invitation.InvitationRepository;
import dev.aiinterview.web.invitation.Invitations;
import dev.aiinterview.web.mail.InvitationMail;
import dev.aiinterview.web.mail.MailSettings;
import dev.aiinterview.web.plan.SendablePlans;
import dev.aiinterview.web.storage.Database;
import dev.aiinterview.web.storage.Sealing;
import dev.aiinterview.web.storage.ServerSecrets;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Greenhouse Assessment Partner connector as the app wires it: its routes (when enabled) and the PATCHes back
 * to Greenhouse on completion. See {@code docs/integrations/greenhouse.md}.
 */
public final class Greenhouse implements AutoCloseable {

    /** How often due PATCHes are looked for, in seconds (default 30). */
    public static final String CALLBACK_SECONDS = "interview.web.greenhouse.callback-seconds";
    private static final Logger LOG = LoggerFactory.getLogger(Greenhouse.class);

    private final GreenhouseSettings settings;
    private final GreenhouseRoutes routes;
    private final CompletionCallbacks callbacks;

    private Greenhouse(GreenhouseSettings settings, GreenhouseRoutes routes, CompletionCallbacks callbacks) {
        this.settings = settings;
        this.routes = routes;
        this.callbacks = callbacks;
    }

    /**
     * Reads the connector's and the mail settings and builds the connector over the app's parts.
     *
     * @param limits the REST API's per-key buckets: a key's Greenhouse calls count against the same allowance
     * @throws ConfigurationException for a bad setting, naming it
     */
    public static Greenhouse create(ConfigSource config, WebSettings web, Database db, ApiKeys keys,
                                    SendablePlans plans, Invitations invitations, InvitationRepository invitationRows,
                                    RateLimits limits, Clock clock) {
        var settings = GreenhouseSettings.from(config);
        var mailSettings = MailSettings.from(config);
        int seconds = config.getInt(CALLBACK_SECONDS, 30);
        if (seconds < 1 || seconds > 3600) {
            throw new ConfigurationException("Setting '" + CALLBACK_SECONDS + "' is " + seconds
                    + " but must be from 1 to 3600");
        }
        Optional<InvitationMail> mail = mailSettings.configured()
                ? Optional.of(new InvitationMail(mailSettings)) : Optional.empty();
        var mappings = new GreenhouseInterviews(db,
                new Sealing(new ServerSecrets(db, clock), "greenhouse-callback-auth"));
        var connector = new GreenhouseConnector(plans, invitations, invitationRows, mappings, db, mail,
                web.invitationDays(), settings, clock);
        var routes = new GreenhouseRoutes(connector, new GreenhouseAuth(keys), limits, web, settings.path());
        var callbacks = new CompletionCallbacks(mappings, invitationRows, invitations, clock,
                Duration.ofSeconds(seconds));
        return new Greenhouse(settings, routes, callbacks);
    }

    /** Adds the four routes, unless the connector is turned off. */
    public void register(JavalinConfig config) {
        if (settings.enabled()) {
            routes.register(config);
        }
    }

    /** Starts the PATCH rounds (completions reached while the connector was off are told when it is on again). */
    public void start() {
        if (settings.enabled()) {
            callbacks.start();
            LOG.info("Greenhouse Assessment Partner connector on {}/{{list_tests,send_test,test_status,"
                    + "response_error}}", settings.path());
        }
    }

    @Override
    public void close() {
        callbacks.close();
    }
}
