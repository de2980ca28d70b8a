package dev.aiinterview.web.org;

import dev.aiinterview.web.storage.TestDatabase;

/**
 * The organization migration tests on PostgreSQL: a database at the schema before organizations, with data, brought
 * to the latest schema there. Skipped unless {@value TestDatabase#POSTGRES_URL_ENV} names a server.
 */
class OrganizationMigrationOnPostgresTest extends OrganizationMigrationTest {

    @Override
    protected TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRES;
    }
}
