package dev.aiinterview.web.api;

import dev.aiinterview.web.storage.ServerSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short-lived links to recordings: {@code /api/v1/recordings/{id}?expires=<epoch seconds>&signature=<HMAC-SHA256
 * of "id.expires">}, signed with a server secret generated once and kept in the database (so links survive a
 * restart, and several servers on one database agree). The link needs no API key; it is the key.
 */
final class RecordingLinks {

    static final Duration VALID = Duration.ofMinutes(15);
    private static final String SECRET_NAME = "recording-links";

    private final byte[] secret;
    private final Clock clock;

    RecordingLinks(ServerSecrets secrets, Clock clock) {
        this.clock = clock;
        this.secret = secrets.get(SECRET_NAME);
    }

    /** The signed path of a recording, valid for {@link #VALID}. */
    String link(String mediaId) {
        long expires = clock.instant().plus(VALID).getEpochSecond();
        return RecordingRoutes.SIGNED_PREFIX + mediaId + "?expires=" + expires + "&signature=" + sign(mediaId, expires);
    }

    /** When a link made now expires. */
    Instant expiry() {
        return Instant.ofEpochSecond(clock.instant().plus(VALID).getEpochSecond());
    }

    /** Whether the signature is this server's for this id and expiry, and the expiry is not past. */
    boolean valid(String mediaId, String expires, String signature) {
        if (expires == null || signature == null || !expires.matches("[0-9]{1,12}")) {
            return false;
        }
        long at = Long.parseLong(expires);
        boolean signed = MessageDigest.isEqual(sign(mediaId, at).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
        return signed && clock.instant().getEpochSecond() <= at;
    }

    private String sign(String mediaId, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] sig = mac.doFinal((mediaId + "." + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK has no HmacSHA256", e);
        }
    }
}
