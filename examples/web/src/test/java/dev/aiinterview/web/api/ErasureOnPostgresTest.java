package dev.aiinterview.web.api;

import dev.aiinterview.web.storage.TestDatabase;

/**
 * The API erasure tests with the app on PostgreSQL: skipped unless {@value TestDatabase#POSTGRES_URL_ENV} names a
 * server.
 */
class ErasureOnPostgresTest extends ErasureTest {

    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRES;
    }
}
