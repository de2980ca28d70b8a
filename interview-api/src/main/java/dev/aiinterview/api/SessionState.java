package dev.aiinterview.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The whole state of an interview session: enough to persist it as JSON and resume it in another process.
 *
 * @param id              the session id
 * @param status          where the session is
 * @param plan            the plan being run
 * @param turns           every prompt put so far, in order; the last one may await its answer
 * @param maxFollowUps    follow-ups allowed per main question
 * @param createdAt       when the session was created
 * @param consentedAt     when the candidate consented, or {@code null}
 * @param endedAt         when it completed or was abandoned, or {@code null}
 * @param endReason       why it was abandoned, or {@code null}
 * @param accounting      calls, tokens and time so far (planning included)
 * @param enginesUsed     the engines used so far
 * @param report          the report, once completed
 * @param metadata        host data carried with the session (candidate reference, invitation id, ...)
 */
public record SessionState(
        String id,
        SessionStatus status,
        InterviewPlan plan,
        List<Turn> turns,
        int maxFollowUps,
        Instant createdAt,
        Instant consentedAt,
        Instant endedAt,
        String endReason,
        Accounting accounting,
        Engines enginesUsed,
        InterviewReport report,
        Map<String, String> metadata) {

    public SessionState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(createdAt, "createdAt");
        turns = turns == null ? List.of() : List.copyOf(turns);
        accounting = accounting == null ? Accounting.EMPTY : accounting;
        enginesUsed = enginesUsed == null ? new Engines(List.of(), List.of()) : enginesUsed;
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
