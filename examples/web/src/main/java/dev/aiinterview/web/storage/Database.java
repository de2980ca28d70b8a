package dev.aiinterview.web.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * The app's database: an H2 file by default, or any JDBC URL with a Flyway plugin (PostgreSQL is bundled), through
 * a HikariCP pool that {@link #close()} shuts. The schema is migrated with Flyway at start from
 * {@code db/migration}. Small helpers keep the repositories short.
 */
public final class Database implements AutoCloseable {

    /** Reads one row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Work done on one connection in one transaction: see {@link #inTransaction(Work)}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    /**
     * Statements on the connection of one transaction: what they change commits together or not at all (a change
     * and the outbox rows it causes, for one).
     */
    public static final class Tx {
        private final Connection connection;

        private Tx(Connection connection) {
            this.connection = connection;
        }

        /** Runs an INSERT, UPDATE or DELETE in the transaction; returns the rows changed. */
        public int update(String sql, Object... args) throws SQLException {
            try (PreparedStatement ps = prepare(connection, sql, args)) {
                return ps.executeUpdate();
            }
        }

        /** Runs a query in the transaction. */
        public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) throws SQLException {
            try (PreparedStatement ps = prepare(connection, sql, args); ResultSet rs = ps.executeQuery()) {
                var rows = new ArrayList<T>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        }

        /** The first row of a query in the transaction, if any. */
        public <T> java.util.Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... args)
                throws SQLException {
            List<T> rows = query(sql, mapper, args);
            return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(rows.get(0));
        }
    }

    private final HikariDataSource dataSource;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Opens the database and brings its schema up to date. */
    public static Database open(String url, String user, String password) {
        return open(new DataSourceSettings(url, user, password));
    }

    /**
     * Opens a connection pool on the database and brings its schema up to date; the pool is closed again if the
     * migration fails, so a failed start leaves no connection open.
     */
    public static Database open(DataSourceSettings settings) {
        var config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setPoolName("interview-web-db");
        config.setMaximumPoolSize(20);
        // A server database gets connections when needed, so a small app keeps no idle sessions open on a shared
        // server. An embedded H2 database closes itself when its last connection closes (a file one must then be
        // reopened and checked, an in-memory one is gone), so one connection stays open for as long as the pool.
        config.setMinimumIdle(settings.url().startsWith("jdbc:h2:") ? 1 : 0);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool);
    }

    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the rows changed. */
    public int update(String sql, Object... args) {
        try (Connection c = connection(); PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DatabaseException(sql, e);
        }
    }

    /**
     * Runs an INSERT that a unique key may refuse: false when a row with the same key exists (SQL state 23505 on
     * H2 and PostgreSQL), so two racing requests are told apart by the database, not by a check before the write.
     */
    public boolean insertUnique(String sql, Object... args) {
        try (Connection c = connection(); PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false;
            }
            throw new DatabaseException(sql, e);
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        try (Connection c = connection(); PreparedStatement ps = prepare(c, sql, args);
             ResultSet rs = ps.executeQuery()) {
            var rows = new ArrayList<T>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new DatabaseException(sql, e);
        }
    }

    public <T> java.util.Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... args) {
        List<T> rows = query(sql, mapper, args);
        return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(rows.get(0));
    }

    /**
     * Runs {@code work} in one transaction and commits it; any exception rolls everything back and is rethrown
     * (an {@link SQLException} wrapped as a database error).
     */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = connection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(new Tx(c));
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                if (e instanceof SQLException sql) {
                    throw new DatabaseException("transaction", sql);
                }
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new DatabaseException("transaction", e);
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (arg instanceof Instant instant) {
                ps.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
            } else {
                ps.setObject(i + 1, arg);
            }
        }
        return ps;
    }

    /** A TIMESTAMP WITH TIME ZONE column as an instant, or {@code null}. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** A database failure: a server fault, never the caller's. */
    static final class DatabaseException extends RuntimeException {
        DatabaseException(String sql, SQLException cause) {
            super("Database error (" + cause.getMessage() + ") in: " + sql, cause);
        }
    }
}
