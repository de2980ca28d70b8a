package dev.aiinterview.web.api;

import dev.aiinterview.web.storage.TestDatabase;

/** The API tenant isolation test with the app on PostgreSQL: skipped unless {@value TestDatabase#POSTGRES_URL_ENV} names a server. */
class TenantIsolationOnPostgresTest extends TenantIsolationTest {

    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRES;
    }
}
