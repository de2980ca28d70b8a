package dev.aiinterview.web.storage;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SDK's session states survive in the database exactly, and across a reopened database file. */
class JdbcInterviewStoreTest extends FreshDatabaseTest {

    @TempDir
    Path dir;

    @Override
    protected Path h2File() {
        return dir.resolve("db");
    }

    @Test
    void aSavedStateIsLoadedBackEqualAfterTheDatabaseIsReopened() {
        SessionState state = state("s1", SessionStatus.IN_PROGRESS);
        try (Database db = database.open()) {
            var store = new JdbcInterviewStore(db);
            store.save(state("s1", SessionStatus.CREATED));
            store.save(state); // an update, not a second row
            store.save(state("s2", SessionStatus.CREATED));
            assertThat(store.ids()).containsExactlyInAnyOrder("s1", "s2");
        }
        try (Database db = database.open()) {
            var store = new JdbcInterviewStore(db);
            assertThat(store.load("s1")).contains(state);
            store.delete("s2");
            assertThat(store.ids()).containsExactly("s1");
            assertThat(store.load("nope")).isEmpty();
        }
    }

    static SessionState state(String id, SessionStatus status) {
        var plan = new InterviewPlan(JobDescription.of("A job description"),
                new JobProfile("Engineer", Seniority.MID, 3, "Builds things",
                        List.of(new Topic("t1", "Java", TopicKind.SKILL, Importance.ESSENTIAL, true, "why",
                                List.of("Java"), List.of("jvm")))),
                List.of(new Question("q1", QuestionType.TECHNICAL, "t1", "How do you test Java code?", "tests")),
                List.of(), null, null);
        Instant at = Instant.parse("2025-03-01T10:00:00Z").truncatedTo(ChronoUnit.MILLIS);
        var answer = new Answer(AnswerMode.TEXT, null, Transcript.typed("With JUnit and Testcontainers"), at);
        return new SessionState(id, status, plan, List.of(new Turn("q1", 0, "How do you test Java code?", answer,
                null, null, null)), 1, at, at, null, null, null, null, null, Map.of("candidate", "X"));
    }
}
