package dev.aiinterview.web.apikey;

import dev.aiinterview.web.storage.TestDatabase;

/** The API key tests on PostgreSQL: skipped unless {@value TestDatabase#POSTGRES_URL_ENV} names a server. */
class ApiKeysOnPostgresTest extends ApiKeysTest {

    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRES;
    }
}
