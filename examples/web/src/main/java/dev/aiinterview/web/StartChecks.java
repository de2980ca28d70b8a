package dev.aiinterview.web;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.web.storage.Database;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * What must hold before the app writes anything: the port is free, the data directory can be made or used, and a
 * JDBC driver takes the database URL. Each failure is a {@link ConfigurationException} whose one-line message
 * names the setting to change and its environment variable, so that a start that cannot succeed leaves nothing
 * behind (no data directory, no generated password) and says what to do.
 */
final class StartChecks {

    static void run(WebSettings settings) {
        port(settings.host(), settings.port());
        dataDir(settings.dataDir());
        databaseUrl(settings);
    }

    /** Binds the port for a moment; the server binds it again a few hundred milliseconds later. */
    static void port(String host, int port) {
        if (port == 0) {
            return;
        }
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);  // as Jetty does: the port is free again at once after close
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw portInUse(host, port);
        }
    }

    static ConfigurationException portInUse(String host, int port) {
        return new ConfigurationException("Port " + port + " on " + host + " is in use or cannot be opened: stop the "
                + "program that uses it, or set " + setting(WebSettings.PORT) + " to a free port");
    }

    /** An existing data directory must be a readable, writable folder; a new one must be creatable. */
    static void dataDir(Path dir) {
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        boolean usable = existing != null && Files.isDirectory(existing) && Files.isWritable(existing)
                && (existing.equals(dir) ? Files.isReadable(dir) && Files.isExecutable(dir)
                : Files.isExecutable(existing));
        if (existing != null && !Files.isDirectory(existing)) {
            throw new ConfigurationException("The data directory " + dir + " cannot be made: " + existing + " is a "
                    + "file, not a folder. Set " + setting(WebSettings.DATA_DIR) + " to a folder");
        }
        if (!usable) {
            throw new ConfigurationException("The data directory " + dir + " cannot be "
                    + (existing != null && existing.equals(dir) ? "read and written" : "created") + " by this user: "
                    + "fix its permissions, or set " + setting(WebSettings.DATA_DIR) + " to a writable folder");
        }
    }

    /** A URL no driver takes fails here, before the data directory is made for it. */
    static void databaseUrl(WebSettings settings) {
        try {
            DriverManager.getDriver(settings.jdbcUrl());
        } catch (SQLException e) {
            throw new ConfigurationException("No database driver takes the URL " + settings.database().safeUrl()
                    + ": set " + setting(WebSettings.JDBC_URL) + " to a jdbc:h2: or jdbc:postgresql: URL, or leave "
                    + "it unset for the H2 database in the data directory");
        }
    }

    /**
     * Opens the database; one that cannot be reached or signed in to is a {@link ConfigurationException} naming
     * the settings, with the driver's reason on the same line (the password is never part of it).
     */
    static Database openDatabase(WebSettings settings) {
        try {
            // Connect once by hand first: the pool would log its own stack trace for a database it cannot reach.
            DriverManager.getConnection(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword()).close();
            return Database.open(settings.database());
        } catch (SQLException | RuntimeException e) {
            Throwable sql = e;
            while (sql != null && !(sql instanceof SQLException)) {
                sql = sql.getCause();
            }
            if (sql == null) {
                throw (RuntimeException) e;
            }
            String reason = String.valueOf(sql.getMessage()).lines().findFirst().orElse("").strip();
            throw new ConfigurationException("Cannot open the database " + settings.database().safeUrl() + " ("
                    + reason + "): check " + setting(WebSettings.JDBC_URL) + ", " + setting(WebSettings.JDBC_USER)
                    + " and " + setting(WebSettings.JDBC_PASSWORD), e);
        }
    }

    /** A key as both ways to set it: {@code interview.web.port (INTERVIEW_WEB_PORT)}. */
    static String setting(String key) {
        return key + " (" + ConfigSource.environmentName(key) + ")";
    }

    private StartChecks() {
    }
}
