package dev.aiinterview.web.invitation;

import dev.aiinterview.web.storage.TestDatabase;

/** The invitation organization tests on PostgreSQL: skipped unless {@value TestDatabase#POSTGRES_URL_ENV} names a server. */
class InvitationOrganizationOnPostgresTest extends InvitationOrganizationTest {

    @Override
    protected TestDatabase.Engine engine() {
        return TestDatabase.Engine.POSTGRES;
    }
}
