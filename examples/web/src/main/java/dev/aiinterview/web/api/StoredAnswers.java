package dev.aiinterview.web.api;

import dev.aiinterview.web.storage.Sealing;
import dev.aiinterview.web.storage.ServerSecrets;

/**
 * Encrypts the answers kept for {@code Idempotency-Key} replays (see {@link Sealing}): an answer may hold what is
 * shown once, such as a candidate's link, and the database must not hold it readable for its 24 hours.
 */
final class StoredAnswers {

    private final Sealing sealing;

    StoredAnswers(ServerSecrets secrets) {
        this.sealing = new Sealing(secrets, "idempotent-answers");
    }

    /** The answer sealed; {@code context} (the request's hash) is bound to it. */
    String seal(String answer, String context) {
        return sealing.seal(answer, context);
    }

    /** The answer {@link #seal} sealed with the same context. */
    String open(String sealed, String context) {
        return sealing.open(sealed, context);
    }
}
