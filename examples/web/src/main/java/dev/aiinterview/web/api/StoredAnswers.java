package dev.aiinterview.web.api;

import dev.aiinterview.web.storage.ServerSecrets;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the answers kept for {@code Idempotency-Key} replays (AES-256-GCM, a random nonce each, a key the
 * server generated once): an answer may hold what is shown once, such as a candidate's link, and the database
 * must not hold it readable for its 24 hours.
 */
final class StoredAnswers {

    private static final int NONCE_BYTES = 12;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    StoredAnswers(ServerSecrets secrets) {
        this.key = new SecretKeySpec(secrets.get("idempotent-answers"), "AES");
    }

    /** The answer as base64 of nonce and ciphertext; {@code context} (the request's hash) is bound to it. */
    String seal(String answer, String context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(answer.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The answer {@link #seal} sealed with the same context. */
    String open(String sealed, String context) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored idempotent answer cannot be decrypted", e);
        }
    }
}
