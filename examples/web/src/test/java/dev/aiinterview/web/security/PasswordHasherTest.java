package dev.aiinterview.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000); // fast for the test; the app uses 600,000

    @Test
    void aHashMatchesItsPasswordOnly() {
        String hash = hasher.hash("s3cret pass");
        assertThat(hasher.matches("s3cret pass", hash)).isTrue();
        assertThat(hasher.matches("s3cret pas", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
        assertThat(hasher.matches(null, hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeAndNeverContainsIt() {
        String a = hasher.hash("same");
        String b = hasher.hash("same");
        assertThat(a).isNotEqualTo(b).startsWith("pbkdf2-sha256$1000$").doesNotContain("same");
    }

    @Test
    void theAppUsesAHighIterationCount() {
        assertThat(new PasswordHasher().hash("x")).startsWith("pbkdf2-sha256$600000$");
        assertThat(PasswordHasher.ITERATIONS).isGreaterThanOrEqualTo(600_000);
    }

    @Test
    void aMalformedStoredHashNeverMatches() {
        assertThat(hasher.matches("x", "plain-text-password")).isFalse();
        assertThat(hasher.matches("x", "md5$1$aa$bb")).isFalse();
    }
}
