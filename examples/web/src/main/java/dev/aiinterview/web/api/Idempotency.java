package dev.aiinterview.web.api;

import dev.aiinterview.web.http.ApiProblem;
import dev.aiinterview.web.storage.Database;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Idempotency-Key} on POST (draft-ietf-httpapi-idempotency-key-header): the first request with a key is
 * done and its answer stored for 24 hours, per API key; the same key with the same method, path and body is
 * answered the stored answer again ({@code Idempotent-Replayed: true}) without doing it twice; with another body
 * it is 422; while the first is still running, 409. The row is claimed by an INSERT under the table's primary key,
 * so of two identical requests racing exactly one does the work. A request that fails (an error thrown, or a 5xx)
 * is not stored: sending it again tries again. A claim left in flight longer than {@code inFlight} (the process
 * died mid-request, or its answer could not be stored) is taken over by the next request with the key, so the key
 * is not blocked for 24 hours. The answer's resource ({@code Location}, else {@code Content-Location}) is stored
 * with it, so an erasure of that interview can delete the answer.
 */
final class Idempotency {

    private static final Logger LOG = LoggerFactory.getLogger(Idempotency.class);
    static final String HEADER = "Idempotency-Key";
    static final Duration KEPT = Duration.ofHours(24);
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    /** A stored answer; {@code body} is sealed by {@link StoredAnswers}. */
    private record Stored(String hash, Integer status, String contentType, String location, String body,
                          Instant createdAt) {}

    private final Database db;
    private final StoredAnswers answers;
    private final Clock clock;
    private final Duration inFlight;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    /** {@code inFlight}: how long a request may hold its key before a retry takes it over. */
    Idempotency(Database db, StoredAnswers answers, Clock clock, Duration inFlight) {
        this.db = db;
        this.answers = answers;
        this.clock = clock;
        this.inFlight = inFlight;
    }

    /** {@code handler} made idempotent under the request's key, if it sent one. */
    Handler wrap(Handler handler) {
        return ctx -> handle(ctx, handler);
    }

    private void handle(Context ctx, Handler handler) throws Exception {
        String key = ctx.header(HEADER);
        if (key == null) {
            handler.handle(ctx);
            return;
        }
        if (!VALID.matcher(key).matches()) {
            throw new ApiProblem(400, "invalid-idempotency-key", "The Idempotency-Key header must be 1 to 255 "
                    + "visible ASCII characters, e.g. a UUID.");
        }
        String keyId = ApiAuth.principal(ctx).keyId();
        String hash = hash(ctx);
        purgeOld();
        if (!claim(keyId, key, hash)) {
            Stored stored = find(keyId, key).orElseThrow(() -> new ApiProblem(409, "idempotency-key-in-flight",
                    "A request with this Idempotency-Key is being processed; send it again in a moment."));
            if (!stored.hash().equals(hash)) {
                throw new ApiProblem(422, "idempotency-key-reused", "This Idempotency-Key was used for another "
                        + "request (another path or body) in the last 24 hours. Use a new key for a new request.");
            }
            if (stored.status() == null) {
                throw new ApiProblem(409, "idempotency-key-in-flight", "The first request with this Idempotency-Key "
                        + "is still being processed; send it again in a moment for its answer.");
            }
            replay(ctx, stored, stored.body() == null ? "" : answers.open(stored.body(), hash));
            return;
        }
        try {
            handler.handle(ctx);
        } catch (Exception | Error e) {
            release(keyId, key);
            throw e;
        }
        if (ctx.statusCode() >= 500) {
            release(keyId, key);
            return;
        }
        String location = ctx.res().getHeader("Location");
        try {
            db.update("UPDATE api_idempotency SET status = ?, content_type = ?, location = ?, response_body = ? "
                    + "WHERE api_key_id = ? AND idem_key = ?", ctx.statusCode(), ctx.res().getContentType(),
                    location != null ? location : ctx.res().getHeader("Content-Location"),
                    answers.seal(ctx.result() == null ? "" : ctx.result(), hash), keyId, key);
        } catch (RuntimeException e) {
            // The work is done and committed: its answer (a link shown once) goes to the client all the same. A retry
            // with the key answers 409 until the claim is older than the in-flight limit, then does the work again.
            LOG.error("The answer to {} {} was sent but could not be stored for Idempotency-Key replays",
                    ctx.method(), ctx.path(), e);
        }
    }

    /**
     * Claims the key for this request; false when another request has it. A row past its 24 hours, or a claim in
     * flight for longer than {@code inFlight}, is replaced.
     */
    private boolean claim(String keyId, String key, String hash) {
        Instant now = clock.instant();
        String insert = "INSERT INTO api_idempotency (api_key_id, idem_key, request_hash, created_at) "
                + "VALUES (?, ?, ?, ?)";
        if (db.insertUnique(insert, keyId, key, hash, now)) {
            return true;
        }
        int expired = db.update("DELETE FROM api_idempotency WHERE api_key_id = ? AND idem_key = ? "
                + "AND (created_at < ? OR (status IS NULL AND created_at < ?))", keyId, key, now.minus(KEPT),
                now.minus(inFlight));
        if (expired > 0) {
            LOG.info("An Idempotency-Key of API key {} was taken over from an expired or abandoned request", keyId);
        }
        return expired > 0 && db.insertUnique(insert, keyId, key, hash, now);
    }

    private Optional<Stored> find(String keyId, String key) {
        return db.queryOne("SELECT request_hash, status, content_type, location, response_body, created_at "
                + "FROM api_idempotency WHERE api_key_id = ? AND idem_key = ?", rs -> new Stored(rs.getString(1),
                rs.getObject(2, Integer.class), rs.getString(3), rs.getString(4), rs.getString(5),
                Database.instant(rs, "created_at")), keyId, key);
    }

    private void release(String keyId, String key) {
        db.update("DELETE FROM api_idempotency WHERE api_key_id = ? AND idem_key = ?", keyId, key);
    }

    private static void replay(Context ctx, Stored stored, String body) {
        ctx.status(stored.status());
        if (stored.location() != null) {
            ctx.header(stored.status() == 201 ? "Location" : "Content-Location", stored.location());
        }
        ctx.header("Idempotent-Replayed", "true");
        if (stored.contentType() != null) {
            ctx.contentType(stored.contentType());
        }
        ctx.result(body);
    }

    /** Keys older than 24 hours are deleted, at most every ten minutes, by whichever request comes. */
    private void purgeOld() {
        Instant now = clock.instant();
        Instant last = lastPurge.get();
        if (now.isAfter(last.plus(PURGE_EVERY)) && lastPurge.compareAndSet(last, now)) {
            db.update("DELETE FROM api_idempotency WHERE created_at < ?", now.minus(KEPT));
        }
    }

    private static String hash(Context ctx) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((ctx.method().name() + " " + ctx.path() + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(ctx.bodyAsBytes());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
