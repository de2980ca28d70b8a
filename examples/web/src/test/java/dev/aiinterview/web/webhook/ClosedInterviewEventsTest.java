package dev.aiinterview.web.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.web.invitation.InvitationRepository;
import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.storage.JdbcInterviewStore;
import dev.aiinterview.web.storage.TestDatabase;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An erased or cancelled interview says nothing more, whatever late work does; and an interview finished or
 * declined while the expiry sweep runs is not reported expired.
 */
class ClosedInterviewEventsTest {

    /** The database engine these tests run on; a subclass runs them on another. */
    TestDatabase.Engine engine() {
        return TestDatabase.Engine.H2;
    }

    private static final Set<String> ALL = Set.of("interview.started", "interview.completed", "interview.declined",
            "interview.expired", "report.ready");

    @Test
    void anErasedInterviewWhoseSessionIsSavedAgainByLateProcessingEmitsNothingAndIsNotStoredAgain() {
        try (var f = new OutboxFixture(engine())) {
            f.webhooks.create(Organizations.DEFAULT_ID, "https://ats.example/hooks", ALL);
            var store = new JdbcInterviewStore(f.db, f.events);
            String id = f.invitation("s1", Duration.ofDays(7));
            store.save(OutboxFixture.session("s1", SessionStatus.IN_PROGRESS));

            // given the interview erased (tombstone, session deleted) while an answer was being processed
            f.db.update("UPDATE invitation SET erased_at = ?, candidate = '' WHERE id = ?", f.clock.instant(), id);
            store.delete("s1");

            // when the processing ends and saves the session, completed
            store.save(OutboxFixture.session("s1", SessionStatus.COMPLETED));

            // then no event is written and the erased session is not stored again
            assertThat(f.eventTypes()).isEmpty();
            assertThat(store.load("s1")).isEmpty();
        }
    }

    @Test
    void anErasedInterviewWhoseSessionIsStillThereEmitsNothingWhenItCompletes() {
        try (var f = new OutboxFixture(engine())) {
            f.webhooks.create(Organizations.DEFAULT_ID, "https://ats.example/hooks", ALL);
            var store = new JdbcInterviewStore(f.db, f.events);
            String id = f.invitation("s1", Duration.ofDays(7));
            store.save(OutboxFixture.session("s1", SessionStatus.IN_PROGRESS));

            // given the tombstone written, the session not yet deleted
            f.db.update("UPDATE invitation SET erased_at = ?, candidate = '' WHERE id = ?", f.clock.instant(), id);

            // when late processing completes the session
            store.save(OutboxFixture.session("s1", SessionStatus.COMPLETED));

            // then no event is written
            assertThat(f.eventTypes()).isEmpty();
        }
    }

    @Test
    void aCancelledInterviewEmitsNothingWhenLateProcessingCompletesItOrTheCandidateConsents() {
        try (var f = new OutboxFixture(engine())) {
            f.webhooks.create(Organizations.DEFAULT_ID, "https://ats.example/hooks", ALL);
            var store = new JdbcInterviewStore(f.db, f.events);
            var invitations = new InvitationRepository(f.db, f.events);
            String id = f.invitation("s1", Duration.ofDays(7));
            store.save(OutboxFixture.session("s1", SessionStatus.IN_PROGRESS));

            // given the interview cancelled through the API
            f.db.update("UPDATE invitation SET cancelled_at = ? WHERE id = ?", f.clock.instant(), id);

            // when a consent and a completion arrive late
            invitations.consented(id, f.clock.instant(), "v1");
            store.save(OutboxFixture.session("s1", SessionStatus.COMPLETED));

            // then no event is written
            assertThat(f.eventTypes()).isEmpty();
        }
    }

    @Test
    void anInterviewCompletedDeclinedCancelledOrErasedWhileTheSweepRunsIsNotReportedExpired() {
        try (var f = new OutboxFixture(engine())) {
            f.webhooks.create(Organizations.DEFAULT_ID, "https://ats.example/hooks", ALL);
            var store = new JdbcInterviewStore(f.db, f.events);
            // given five links that expire unfinished, the first one earliest
            String first = f.invitation("s0", Duration.ofHours(1));
            String completed = f.invitation("s1", Duration.ofDays(1));
            store.save(OutboxFixture.session("s1", SessionStatus.IN_PROGRESS));
            String declined = f.invitation("s2", Duration.ofDays(1));
            String cancelled = f.invitation("s3", Duration.ofDays(1));
            String erased = f.invitation("s4", Duration.ofDays(1));
            var late = new InvitationRepository(f.db, f.events);
            // and, once the sweep has chosen them and records the first, the others change (other requests)
            var invitations = new InvitationRepository(f.db, (tx, kind, invitationId) -> {
                f.events.changed(tx, kind, invitationId);
                if (invitationId.equals(first)) {
                    store.save(OutboxFixture.session("s1", SessionStatus.COMPLETED));
                    late.declined(declined, f.clock.instant(), "");
                    f.db.update("UPDATE invitation SET cancelled_at = ? WHERE id = ?", f.clock.instant(), cancelled);
                    f.db.update("UPDATE invitation SET erased_at = ? WHERE id = ?", f.clock.instant(), erased);
                }
            });
            f.clock.advance(Duration.ofDays(2));

            // when the sweep runs
            int marked = invitations.markExpired(f.clock.instant(), 10);

            // then only the first is expired; the others' own events are there, none says expired
            assertThat(marked).isEqualTo(1);
            assertThat(f.db.query("SELECT id FROM invitation WHERE expired_at IS NOT NULL", rs -> rs.getString(1)))
                    .containsExactly(first);
            assertThat(f.eventTypes()).containsExactly("interview.expired", "interview.completed",
                    "interview.declined");
        }
    }
}
