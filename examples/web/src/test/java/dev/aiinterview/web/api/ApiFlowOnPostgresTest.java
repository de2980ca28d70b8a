package dev.aiinterview.web.api;

import dev.aiinterview.web.storage.TestDatabase;

/**
 * The API's end-to-end flow (jobs, interviews answered through the candidate pages, reports, webhooks) with the app
 * on PostgreSQL: skipped unless {@value TestDatabase#POSTGRES_URL_ENV} names a server.
 */
class ApiFlowOnPostgresTest extends ApiFlowTest {

    @Override
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRES;
    }
}
