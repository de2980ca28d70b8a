package dev.aiinterview.web.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test with a fresh, empty database per test, made on {@link #engine()}: H2 here, PostgreSQL in a subclass named
 * {@code ...OnPostgresTest} that overrides it (skipped when no server is configured; see {@link TestDatabase}).
 */
public abstract class FreshDatabaseTest {

    /** This test's database; dropped after the test. */
    protected TestDatabase database;

    /** The database engine these tests run on; a subclass runs them on another. */
    protected TestDatabase.Engine engine() {
        return TestDatabase.Engine.H2;
    }

    /** The file an H2 database is kept in, for tests that reopen it; {@code null} for one in memory. */
    protected Path h2File() {
        return null;
    }

    @BeforeEach
    void newDatabase() {
        Path file = h2File();
        database = file == null ? TestDatabase.create(engine()) : TestDatabase.create(engine(), file);
    }

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }
}
