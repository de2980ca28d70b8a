package dev.aiinterview.web.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.TestApp;
import dev.aiinterview.web.TestMedia;
import dev.aiinterview.web.security.Tokens;
import java.math.BigInteger;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invitation links carry 256 random bits: not sequential, not guessable, and stored only as a hash. */
class InvitationTokensTest {

    @Test
    void aTokenIs256RandomBitsInBase64Url() {
        String token = Tokens.random();
        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(Tokens.wellFormed(token)).isTrue();
    }

    @Test
    void tokensNeverRepeatAndAreNotSequential() {
        var seen = new HashSet<String>();
        var values = new ArrayList<BigInteger>();
        for (int i = 0; i < 2000; i++) {
            String t = Tokens.random();
            assertThat(seen.add(t)).isTrue();
            values.add(new BigInteger(1, Base64.getUrlDecoder().decode(t)));
        }
        // Consecutive tokens differ by huge, varying amounts: no counter, no timestamp.
        var differences = new HashSet<BigInteger>();
        for (int i = 1; i < values.size(); i++) {
            BigInteger d = values.get(i).subtract(values.get(i - 1)).abs();
            assertThat(d.bitLength()).isGreaterThan(200);
            differences.add(d);
        }
        assertThat(differences).hasSize(values.size() - 1);
    }

    @Test
    void tokenBitsAreBalancedLikeRandomOnes() {
        // 2000 tokens x 256 bits: each bit position should be set about half the time.
        int n = 2000;
        int[] ones = new int[256];
        for (int i = 0; i < n; i++) {
            byte[] b = Base64.getUrlDecoder().decode(Tokens.random());
            for (int bit = 0; bit < 256; bit++) {
                if ((b[bit / 8] >> (bit % 8) & 1) == 1) {
                    ones[bit]++;
                }
            }
        }
        for (int bit = 0; bit < 256; bit++) {
            // mean 1000, sd ~22: 6 sd either side
            assertThat(ones[bit]).as("bit %d", bit).isBetween(866, 1134);
        }
    }

    @Test
    void realInvitationLinksAreDistinctFullLengthAndStoredOnlyAsAHash() throws SQLException {
        try (TestApp app = TestApp.start(Map.of())) {
            Recruiter recruiter = app.recruiter();
            String plan = recruiter.plan(TestMedia.jobDescription());
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tokens.add(recruiter.invite(plan, "Candidate " + i));
            }
            assertThat(new HashSet<>(tokens)).hasSize(tokens.size());
            assertThat(tokens).allSatisfy(t -> assertThat(Base64.getUrlDecoder().decode(t)).hasSize(32));
            try (var c = DriverManager.getConnection(app.app.settings().jdbcUrl());
                 var rs = c.createStatement().executeQuery("SELECT token_hash FROM invitation")) {
                var stored = new ArrayList<String>();
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
                assertThat(stored).hasSize(8).doesNotContainAnyElementsOf(tokens)
                        .containsExactlyInAnyOrderElementsOf(tokens.stream().map(Tokens::hash).toList());
            }
        }
    }
}
