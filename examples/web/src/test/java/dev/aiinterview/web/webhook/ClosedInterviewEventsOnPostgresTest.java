package dev.aiinterview.web.webhook;

import dev.aiinterview.web.storage.TestDatabase;

/** The closed-interview event tests on PostgreSQL: skipped unless {@value TestDatabase#POSTGRES_URL_ENV} names a server. */
class ClosedInterviewEventsOnPostgresTest extends ClosedInterviewEventsTest {

    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRES;
    }
}
