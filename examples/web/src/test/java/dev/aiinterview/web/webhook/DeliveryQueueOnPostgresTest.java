package dev.aiinterview.web.webhook;

import dev.aiinterview.web.storage.TestDatabase;

/** The delivery queue tests on PostgreSQL: skipped unless {@value TestDatabase#POSTGRES_URL_ENV} names a server. */
class DeliveryQueueOnPostgresTest extends DeliveryQueueTest {

    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRES;
    }
}
