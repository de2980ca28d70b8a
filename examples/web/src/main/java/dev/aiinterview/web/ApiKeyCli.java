package dev.aiinterview.web;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.web.apikey.ApiKeyCommand;
import dev.aiinterview.web.storage.Database;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code java -jar interview-web.jar api-key ...}: the key commands on the server's own data settings. An embedded
 * H2 database is open in one process only, so while a server holds the data directory the command stops at once
 * with one line saying what to do instead; while the command runs it holds the directory itself.
 */
final class ApiKeyCli {

    private static final String QUIET_POOL = "org.slf4j.simpleLogger.log.com.zaxxer.hikari";

    static int run(String[] args, ConfigSource config) {
        // The pool's start and stop lines are noise around a one-line answer; its warnings still show.
        if (System.getProperty(QUIET_POOL) == null) {
            System.setProperty(QUIET_POOL, "warn");
        }
        var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        var err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        WebSettings settings = WebSettings.from(config);
        var opened = new java.util.ArrayList<AutoCloseable>();
        try {
            return ApiKeyCommand.run(args, () -> open(settings, opened), out, err);
        } finally {
            for (AutoCloseable c : opened) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // the process ends next
                }
            }
        }
    }

    private static Database open(WebSettings settings, java.util.List<AutoCloseable> opened) {
        StartChecks.databaseUrl(settings);
        if (embedded(settings.jdbcUrl())) {
            Path dir = settings.dataDir();
            if (DataDirLock.heldElsewhere(dir)) {
                throw new ServerRunning("The server is running on " + dir + " and its database opens in one process "
                        + "only: stop the server first, or manage keys on its page /recruiter/api-keys");
            }
            opened.add(DataDirLock.take(dir));
        }
        return StartChecks.openDatabase(settings);
    }

    /** An H2 database in a file of this machine, as opposed to an H2 server or PostgreSQL. */
    private static boolean embedded(String url) {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:")
                && !url.startsWith("jdbc:h2:mem:");
    }

    /** The data directory is held by a running server. */
    private static final class ServerRunning extends ConfigurationException {
        ServerRunning(String message) {
            super(message);
        }
    }

    private ApiKeyCli() {
    }
}
