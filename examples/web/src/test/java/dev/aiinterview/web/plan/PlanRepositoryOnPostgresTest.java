package dev.aiinterview.web.plan;

import dev.aiinterview.web.storage.TestDatabase;

/** The plan repository tests on PostgreSQL: skipped unless {@value TestDatabase#POSTGRES_URL_ENV} names a server. */
class PlanRepositoryOnPostgresTest extends PlanRepositoryTest {

    @Override
    protected TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRES;
    }
}
