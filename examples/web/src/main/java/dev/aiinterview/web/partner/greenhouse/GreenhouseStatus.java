package dev.aiinterview.web.partner.greenhouse;

import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.api.SessionState;
import dev.aiinterview.api.SessionStatus;
import dev.aiinterview.web.invitation.InvitationRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An interview as Greenhouse's {@code test_status} answer: {@code partner_status}, and once the report is written
 * {@code partner_profile_url} (the recruiter's report page) and {@code metadata} (flat, primitive values, shown in
 * Greenhouse's test results). No {@code partner_score}: Greenhouse filters and bulk-rejects by it, and the report is
 * an aid to a person's decision, not a verdict (the spec marks it optional).
 */
final class GreenhouseStatus {

    static final String PENDING = "pending";
    static final String IN_PROGRESS = "in_progress";
    static final String COMPLETE = "complete";
    static final String DECLINED = "declined";
    static final String EXPIRED = "expired";
    static final String ABANDONED = "abandoned";
    /** Greenhouse shows metadata in its UI: a summary longer than this is cut, the full report is one click away. */
    static final int MAX_SUMMARY = 1000;

    /** The answer for an invitation in this state, at this time; {@code profileUrl} is the report page. */
    static Map<String, Object> of(InvitationRepository.Invitation inv, SessionState state, String profileUrl,
                                  Instant now) {
        var body = new LinkedHashMap<String, Object>();
        String status = status(inv, state, now);
        body.put("partner_status", status);
        if (status.equals(COMPLETE)) {
            body.put("partner_profile_url", profileUrl);
            body.put("metadata", metadata(state));
        }
        return body;
    }

    static String status(InvitationRepository.Invitation inv, SessionState state, Instant now) {
        SessionStatus s = state.status();
        if (s == SessionStatus.COMPLETED && state.report() != null) {
            return COMPLETE;
        }
        if (inv.declined()) {
            return DECLINED;
        }
        if (s == SessionStatus.ABANDONED) {
            return ABANDONED;
        }
        if (s == SessionStatus.COMPLETED) {
            return IN_PROGRESS; // answered; the report is being written
        }
        if (inv.expired(now)) {
            return EXPIRED;
        }
        return s == SessionStatus.CREATED ? PENDING : IN_PROGRESS;
    }

    private static Map<String, Object> metadata(SessionState state) {
        InterviewReport r = state.report();
        var m = new LinkedHashMap<String, Object>();
        m.put("Role", r.roleTitle());
        m.put("Started At", state.consentedAt() == null ? null : state.consentedAt().toString());
        m.put("Completed At", state.endedAt() == null ? null : state.endedAt().toString());
        m.put("Questions Answered", r.answered());
        m.put("Questions Skipped", r.skipped());
        m.put("Summary", summary(r.summary()));
        m.put("Note", "An aid to a human decision: the report gives no hire or reject verdict. Read the answers "
                + "and the reasons behind each rating at the profile link.");
        return m;
    }

    static String summary(String text) {
        String s = text == null ? "" : text.strip();
        return s.length() <= MAX_SUMMARY ? s : s.substring(0, MAX_SUMMARY - 1) + "…";
    }

    private GreenhouseStatus() {
    }
}
