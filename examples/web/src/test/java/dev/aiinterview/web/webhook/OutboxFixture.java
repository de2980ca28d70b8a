package dev.aiinterview.web.webhook;

import dev.aiinterview.api.Answer;
import dev.aiinterview.api.AnswerMode;
import dev.aiinterview.api.Importance;
import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.JobProfile;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.TopicKind;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.Turn;
import dev.aiinterview.testkit.MutableClock;
import dev.aiinterview.web.org.Organizations;
import dev.aiinterview.web.storage.Database;
import dev.aiinterview.web.storage.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A new database of one engine with a plan and invitations in the default organization, and webhooks on a hand clock.
 */
final class OutboxFixture implements AutoCloseable {

    final MutableClock clock = MutableClock.at("2026-03-01T10:00:00Z");
    private final TestDatabase database;
    final Database db;
    final Outbox outbox;
    final InterviewEvents events;
    final Webhooks webhooks;
    final String planId = UUID.randomUUID().toString();

    /** On a new in-memory H2 database. */
    OutboxFixture() {
        this(TestDatabase.Engine.H2);
    }

    /** On a new database of this engine (a PostgreSQL test is skipped when no server is configured). */
    OutboxFixture(TestDatabase.Engine engine) {
        this.database = TestDatabase.create(engine);
        this.db = database.open();
        this.outbox = new Outbox(clock);
        this.events = new InterviewEvents(outbox);
        this.webhooks = new Webhooks(db, clock, outbox, false);
        db.update("INSERT INTO interview_plan (id, org_id, status, jd_source, jd_text, created_at, updated_at) "
                + "VALUES (?, ?, 'READY', 'typed', 'A job', ?, ?)", planId, Organizations.DEFAULT_ID, clock.instant(),
                clock.instant());
    }

    /** An invitation whose link expires after {@code validFor}, for session {@code sessionId}; returns its id. */
    String invitation(String sessionId, Duration validFor) {
        String id = UUID.randomUUID().toString();
        db.update("INSERT INTO invitation (id, org_id, token_hash, plan_id, session_id, candidate, role_title, "
                + "created_at, expires_at) VALUES (?, ?, ?, ?, ?, 'C', 'Engineer', ?, ?)", id,
                Organizations.DEFAULT_ID, UUID.randomUUID().toString().replace("-", "") + "0".repeat(32), planId,
                sessionId, clock.instant(), clock.instant().plus(validFor));
        return id;
    }

    /** The types of the events in the outbox, in order. */
    List<String> eventTypes() {
        return db.query("SELECT type FROM webhook_event ORDER BY seq", rs -> rs.getString(1));
    }

    /** The events, with the endpoint each delivery goes to, in order. */
    List<String> deliveries() {
        return db.query("SELECT e.type || '->' || d.endpoint_id FROM webhook_delivery d JOIN webhook_event e "
                + "ON e.seq = d.event_seq ORDER BY e.seq, d.endpoint_id", rs -> rs.getString(1));
    }

    static SessionState session(String id, SessionStatus status) {
        var plan = new InterviewPlan(JobDescription.of("A job description"),
                new JobProfile("Engineer", Seniority.MID, 3, "Builds things",
                        List.of(new Topic("t1", "Java", TopicKind.SKILL, Importance.ESSENTIAL, true, "why",
                                List.of("Java"), List.of("jvm")))),
                List.of(new Question("q1", QuestionType.TECHNICAL, "t1", "How do you test Java code?", "tests")),
                List.of(), null, null);
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        var answer = new Answer(AnswerMode.TEXT, null, Transcript.typed("With JUnit"), at);
        return new SessionState(id, status, plan, List.of(new Turn("q1", 0, "How do you test Java code?", answer,
                null, null, null)), 1, at, at, null, null, null, null, null, Map.of("candidate", "X"));
    }

    @Override
    public void close() {
        try {
            db.close();
        } finally {
            database.close();
        }
    }
}
