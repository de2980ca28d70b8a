package dev.aiinterview.web.plan;

import dev.aiinterview.api.Question;
import java.time.Instant;

/**
 * A recruiter's decision to send a question the fairness review flagged, as worded, and why.
 *
 * @param questionText the wording the decision was made for: after an edit it no longer applies
 * @param categories   the flags' categories at the time, in words
 * @param by           the recruiter's user name
 */
public record FlagOverride(String questionId, String questionText, String categories, String reason, String by,
                    Instant at) {

    /** Whether this decision applies to the question as it is worded now. */
    boolean covers(Question q) {
        return q.id().equals(questionId) && q.text().equals(questionText);
    }
}
