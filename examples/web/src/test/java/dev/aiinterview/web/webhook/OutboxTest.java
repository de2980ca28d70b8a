package dev.aiinterview.web.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.web.invitation.ExpirySweep;
import dev.aiinterview.web.invitation.InvitationRepository;
import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.storage.JdbcInterviewStore;
import dev.aiinterview.web.storage.TestDatabase;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An event is in the outbox if and only if the change that causes it committed, and once per change. */
class OutboxTest {

    /** The database engine these tests run on; a subclass runs them on another. */
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.H2;
    }

    @Test
    void aConsentThatRollsBackWritesNoEventAndOneThatCommitsWritesOneEvenWhenRepeated() {
        try (var f = new OutboxFixture(engine())) {
            String started = f.webhooks.create(Organizations.DEFAULT_ID, "https://ats.example/hooks",
                    Set.of("interview.started")).endpoint().id();
            f.webhooks.create(Organizations.DEFAULT_ID, "https://other.example/hooks", Set.of("interview.declined"));
            String id = f.invitation("s1", Duration.ofDays(7));

            // given a change whose transaction fails after the event was written
            var failing = new InvitationRepository(f.db, (tx, kind, inv) -> {
                f.events.changed(tx, kind, inv);
                throw new IllegalStateException("the transaction fails after the event");
            });
            assertThatThrownBy(() -> failing.consented(id, f.clock.instant(), "v1"))
                    .hasMessageContaining("fails after the event");

            // then neither the consent nor its event is stored
            assertThat(f.eventTypes()).isEmpty();
            assertThat(f.db.query("SELECT id FROM invitation WHERE consented_at IS NOT NULL", rs -> rs.getString(1)))
                    .isEmpty();

            // when the consent commits, twice (a retried request)
            var invitations = new InvitationRepository(f.db, f.events);
            invitations.consented(id, f.clock.instant(), "v1");
            invitations.consented(id, f.clock.instant(), "v1");

            // then one event, delivered to the one endpoint subscribed to it
            assertThat(f.eventTypes()).containsExactly("interview.started");
            assertThat(f.deliveries()).containsExactly("interview.started->" + started);

            // and deleting an event (as retention does) takes its deliveries with it
            f.db.update("DELETE FROM webhook_event");
            assertThat(f.deliveries()).isEmpty();
        }
    }

    @Test
    void aSessionReachingCompletedWritesItsEventWithTheSaveOnceAndNoneWhenTheSaveRollsBack() {
        try (var f = new OutboxFixture(engine())) {
            f.webhooks.create(Organizations.DEFAULT_ID, "https://ats.example/hooks", Set.of("interview.completed"));
            f.invitation("s1", Duration.ofDays(7));
            var store = new JdbcInterviewStore(f.db, f.events);
            store.save(OutboxFixture.session("s1", SessionStatus.IN_PROGRESS));

            // given a save to COMPLETED whose transaction fails after the event was written
            var failing = new JdbcInterviewStore(f.db, (tx, before, report, after) -> {
                f.events.saving(tx, before, report, after);
                throw new IllegalStateException("the save fails after the event");
            });
            assertThatThrownBy(() -> failing.save(OutboxFixture.session("s1", SessionStatus.COMPLETED)))
                    .hasMessageContaining("fails after the event");
            assertThat(f.eventTypes()).isEmpty();
            assertThat(store.load("s1").orElseThrow().status()).isEqualTo(SessionStatus.IN_PROGRESS);

            // when it is saved COMPLETED, then saved again
            store.save(OutboxFixture.session("s1", SessionStatus.COMPLETED));
            store.save(OutboxFixture.session("s1", SessionStatus.COMPLETED));

            // then the transition wrote one event; the later save, no transition, none
            assertThat(f.eventTypes()).containsExactly("interview.completed");
            assertThat(f.deliveries()).hasSize(1);
        }
    }

    @Test
    void theExpirySweepRecordsALinkThatExpiredUnfinishedOnceAndLeavesFinishedDeclinedCancelledOrErasedOnesAlone() {
        try (var f = new OutboxFixture(engine())) {
            f.webhooks.create(Organizations.DEFAULT_ID, "https://ats.example/hooks", Set.of("interview.expired"));
            var invitations = new InvitationRepository(f.db, f.events);
            var store = new JdbcInterviewStore(f.db, f.events);
            String unused = f.invitation("s1", Duration.ofDays(1));
            store.save(OutboxFixture.session("s1", SessionStatus.CREATED));
            f.invitation("s2", Duration.ofDays(1));
            store.save(OutboxFixture.session("s2", SessionStatus.COMPLETED));
            String declined = f.invitation("s3", Duration.ofDays(1));
            invitations.declined(declined, f.clock.instant(), "");
            f.invitation("s4", Duration.ofDays(3));
            // and, through the REST API, one cancelled and one erased (its session deleted) before their expiry
            String cancelled = f.invitation("s5", Duration.ofDays(1));
            store.save(OutboxFixture.session("s5", SessionStatus.CREATED));
            f.db.update("UPDATE invitation SET cancelled_at = ? WHERE id = ?", f.clock.instant(), cancelled);
            String erased = f.invitation("s6", Duration.ofDays(1));
            f.db.update("UPDATE invitation SET erased_at = ?, candidate = '' WHERE id = ?", f.clock.instant(), erased);
            var sweep = new ExpirySweep(invitations, f.clock);

            // when the sweep runs before, and twice after, the links' expiry
            assertThat(sweep.run()).isZero();
            f.clock.advance(Duration.ofDays(2));
            assertThat(sweep.run()).isEqualTo(1);
            assertThat(sweep.run()).isZero();

            // then only the unfinished link's expiry was recorded, once, with its event
            assertThat(f.eventTypes()).containsExactly("interview.expired");
            assertThat(f.db.query("SELECT id FROM invitation WHERE expired_at IS NOT NULL", rs -> rs.getString(1)))
                    .containsExactly(unused);
            assertThat(f.db.queryOne("SELECT payload FROM webhook_event", rs -> rs.getString(1)).orElseThrow())
                    .contains("\"interviewId\":\"" + unused + "\"").contains("\"status\":\"expired\"")
                    .contains("\"externalId\":null");
        }
    }
}
