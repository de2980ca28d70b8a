package dev.aiinterview.web.plan;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.Question;
import dev.aiinterview.json.Json;
import dev.aiinterview.web.storage.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Interview plans as the recruiter edits them; planning runs in the background, so a plan has a status. */
public final class PlanRepository {

    /** Where a plan is: being made in the background, ready to edit and send, or failed with an error. */
    public enum Status { PLANNING, READY, FAILED }

    /** A stored plan. {@code plan} is {@code null} until planning finished. */
    public record StoredPlan(String id, Status status, String title, String jdSource, String jdText, InterviewPlan plan,
                      List<Question> alternatives, String error, Instant createdAt, Instant updatedAt,
                      Integer followUps) {}

    private static final String COLUMNS = "id, status, title, jd_source, jd_text, plan_json, alternatives_json, "
            + "error, created_at, updated_at, follow_ups";

    private final Database db;
    private final Clock clock;

    public PlanRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Stores a new plan of an organization, to be planned; returns its id. */
    String create(String orgId, String jdText, String jdSource) {
        return create(orgId, jdText, jdSource, null);
    }

    /** {@link #create(String, String, String)} with the follow-ups its interviews allow (null: the server's). */
    String create(String orgId, String jdText, String jdSource, Integer followUps) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        db.update("INSERT INTO interview_plan (id, org_id, status, jd_source, jd_text, created_at, updated_at, "
                + "follow_ups) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, orgId, Status.PLANNING.name(), jdSource, jdText,
                now, now, followUps);
        return id;
    }

    void ready(String id, InterviewPlan plan) {
        db.update("UPDATE interview_plan SET status = ?, title = ?, plan_json = ?, error = NULL, updated_at = ? "
                + "WHERE id = ?", Status.READY.name(), plan.profile().roleTitle(), Json.write(plan), clock.instant(), id);
    }

    /** Plans left half-made by a stop of the server: their planning ran in memory and is gone. */
    public int failInterrupted() {
        return db.update("UPDATE interview_plan SET status = ?, error = ?, updated_at = ? WHERE status = ?",
                Status.FAILED.name(), "The server stopped while this plan was being made. Create it again.",
                clock.instant(), Status.PLANNING.name());
    }

    void failed(String id, String message) {
        db.update("UPDATE interview_plan SET status = ?, error = ?, updated_at = ? WHERE id = ?",
                Status.FAILED.name(), message, clock.instant(), id);
    }

    void alternatives(String id, List<Question> questions) {
        db.update("UPDATE interview_plan SET alternatives_json = ? WHERE id = ?", Json.write(questions), id);
    }

    Optional<StoredPlan> find(String id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM interview_plan WHERE id = ?", PlanRepository::map, id);
    }

    /** A plan of an organization: another organization's plan is not found. */
    Optional<StoredPlan> find(String orgId, String id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM interview_plan WHERE org_id = ? AND id = ?",
                PlanRepository::map, orgId, id);
    }

    /** The plans of an organization, the newest first. */
    List<StoredPlan> list(String orgId) {
        return db.query("SELECT " + COLUMNS + " FROM interview_plan WHERE org_id = ? ORDER BY created_at DESC",
                PlanRepository::map, orgId);
    }

    /**
     * A page of an organization's plans, the newest first, ordered by (created_at, id) so that pages never skip
     * or repeat a plan; {@code afterAt}/{@code afterId} is the last plan of the previous page (null: the first).
     */
    List<StoredPlan> page(String orgId, Instant afterAt, String afterId, int limit) {
        if (afterAt == null) {
            return db.query("SELECT " + COLUMNS + " FROM interview_plan WHERE org_id = ? "
                    + "ORDER BY created_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY", PlanRepository::map, orgId);
        }
        return db.query("SELECT " + COLUMNS + " FROM interview_plan WHERE org_id = ? AND (created_at < ? "
                + "OR (created_at = ? AND id < ?)) ORDER BY created_at DESC, id DESC FETCH FIRST " + limit
                + " ROWS ONLY", PlanRepository::map, orgId, afterAt, afterAt, afterId);
    }

    List<StoredPlan> list() {
        return db.query("SELECT " + COLUMNS + " FROM interview_plan ORDER BY created_at DESC", PlanRepository::map);
    }

    void delete(String id) {
        db.update("DELETE FROM interview_plan WHERE id = ?", id);
    }

    private static StoredPlan map(ResultSet rs) throws SQLException {
        String planJson = rs.getString("plan_json");
        String alternatives = rs.getString("alternatives_json");
        return new StoredPlan(rs.getString("id"), Status.valueOf(rs.getString("status")), rs.getString("title"),
                rs.getString("jd_source"), rs.getString("jd_text"),
                planJson == null ? null : Json.read(planJson, InterviewPlan.class),
                alternatives == null ? List.of() : readQuestions(alternatives), rs.getString("error"),
                Database.instant(rs, "created_at"), Database.instant(rs, "updated_at"),
                rs.getObject("follow_ups", Integer.class));
    }

    private static List<Question> readQuestions(String json) {
        try {
            return Json.mapper().readValue(json, new TypeReference<List<Question>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Stored alternative questions are not valid JSON", e);
        }
    }
}
