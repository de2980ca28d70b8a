package dev.aiinterview.web.webhook;

import dev.aiinterview.web.storage.TestDatabase;

/** The endpoint limit tests on PostgreSQL: skipped unless {@value TestDatabase#POSTGRES_URL_ENV} names a server. */
class EndpointLimitOnPostgresTest extends EndpointLimitTest {

    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRES;
    }
}
