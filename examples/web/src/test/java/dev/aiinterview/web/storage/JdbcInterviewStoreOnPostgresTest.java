package dev.aiinterview.web.storage;

import dev.aiinterview.web.storage.TestDatabase;

/** The interview store tests on PostgreSQL: skipped unless {@value TestDatabase#POSTGRES_URL_ENV} names a server. */
class JdbcInterviewStoreOnPostgresTest extends JdbcInterviewStoreTest {

    @Override
    protected TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRES;
    }
}
