package dev.aiinterview.web.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;

/**
 * The Standard Webhooks signature, made by the Standard Webhooks reference library: {@code v1,} and the base64
 * HMAC-SHA256 of {@code id.timestamp.body}, keyed with the base64-decoded part of the {@code whsec_} secret.
 */
final class Signature {

    static final String SECRET_PREFIX = "whsec_";

    private Signature() {
    }

    /** The {@code webhook-signature} header's value; {@code timestampSeconds} is the {@code webhook-timestamp}. */
    static String sign(String secret, String messageId, long timestampSeconds, String body) {
        if (!secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalStateException("A webhook secret starts with " + SECRET_PREFIX);
        }
        try {
            return new Webhook(secret).sign(messageId, timestampSeconds, body);
        } catch (EmptyWebhookSecretException | WebhookSigningException e) {
            // The library's messages never hold the secret.
            throw new IllegalStateException("Cannot sign webhook " + messageId + ": " + e.getMessage(), e);
        }
    }
}
