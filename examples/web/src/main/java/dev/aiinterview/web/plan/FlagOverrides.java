package dev.aiinterview.web.plan;

import dev.aiinterview.api.Question;
import dev.aiinterview.web.storage.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The recorded overrides of fairness flags ({@code plan_flag_override}); rows are only ever added. */
public final class FlagOverrides {

    private final Database db;
    private final Clock clock;

    public FlagOverrides(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records that the question is sent as worded now, by whom and why. */
    FlagOverride record(String planId, Question q, String categories, String reason, String by) {
        var o = new FlagOverride(q.id(), q.text(), categories, reason, by, clock.instant());
        db.update("INSERT INTO plan_flag_override (id, plan_id, question_id, question_text, categories, reason, "
                        + "overridden_by, overridden_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(),
                planId, o.questionId(), o.questionText(), o.categories(), o.reason(), o.by(), o.at());
        return o;
    }

    /** The plan's overrides, oldest first. */
    List<FlagOverride> forPlan(String planId) {
        return db.query("SELECT question_id, question_text, categories, reason, overridden_by, overridden_at "
                + "FROM plan_flag_override WHERE plan_id = ? ORDER BY overridden_at, id", FlagOverrides::map, planId);
    }

    private static FlagOverride map(ResultSet rs) throws SQLException {
        return new FlagOverride(rs.getString("question_id"), rs.getString("question_text"),
                rs.getString("categories"), rs.getString("reason"), rs.getString("overridden_by"),
                Database.instant(rs, "overridden_at"));
    }
}
