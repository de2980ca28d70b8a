package dev.aiinterview.web.webhook;

import dev.aiinterview.web.storage.TestDatabase;

/** The outbox tests on PostgreSQL: skipped unless {@value TestDatabase#POSTGRES_URL_ENV} names a server. */
class OutboxOnPostgresTest extends OutboxTest {

    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRES;
    }
}
