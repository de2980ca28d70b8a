package dev.aiinterview.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fences untrusted text (job descriptions, answers) as data inside a prompt.
 *
 * <p>The fence id is derived from the content's SHA-256, so prompts stay reproducible, yet text cannot close its
 * own fence early: forging the end marker would need the hash of a text that contains it. Marker-like sequences
 * inside the text are defused as well.
 */
public final class Fence {

    /** Start of every fence; the system instruction tells the model what it means. */
    public static final String OPEN = "<<<UNTRUSTED ";
    /** Start of every fence's end marker. */
    public static final String CLOSE = "<<<END ";

    /** Wraps text as data labelled {@code label}. */
    public static String wrap(String label, String text) {
        String body = text == null ? "" : text.replace("<<<", "< < <").replace(">>>", "> > >");
        String id = id(label, body);
        return OPEN + label + " " + id + ">>>\n" + body + "\n" + CLOSE + label + " " + id + ">>>";
    }

    private static String id(String label, String body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(label.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private Fence() {
    }
}
