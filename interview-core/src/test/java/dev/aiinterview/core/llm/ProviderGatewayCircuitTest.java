package dev.aiinterview.core.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.testkit.ScriptedLlm;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The circuit that skips a failing primary for a minute, with a clock the test moves. */
class ProviderGatewayCircuitTest extends GatewayFixture {

    @Test
    void givenASkippedPrimaryWhenTheMinuteIsOverThenThePrimaryIsAskedAgain() {
        // given: a primary that fails two calls in a row, so it is skipped, and then recovers
        var primary = new ScriptedLlm("gemini")
                .fail("answer-evaluation", new ProviderUnavailableException("gemini", "HTTP 503"))
                .fail("answer-evaluation", new ProviderUnavailableException("gemini", "HTTP 503"))
                .fail("answer-evaluation", new ProviderUnavailableException("gemini", "HTTP 503"))
                .fail("answer-evaluation", new ProviderUnavailableException("gemini", "HTTP 503"))
                .fail("answer-evaluation", new ProviderUnavailableException("gemini", "HTTP 503"))
                .fail("answer-evaluation", new ProviderUnavailableException("gemini", "HTTP 503"))
                .otherwise(r -> "{}");
        var fallback = new ScriptedLlm("offline").otherwise(r -> "{}");
        var gateway = gateway(primary, fallback);
        gateway.call(request, CallScope.none());
        gateway.call(request, CallScope.none());

        // when: just under a minute later the primary is still skipped; at the minute it is asked again
        clock.advance(ProviderGateway.SKIP_PRIMARY_FOR.minusMillis(1));
        var stillSkipped = gateway.call(request, CallScope.none());
        clock.advance(Duration.ofMillis(1));
        var reEnabled = gateway.call(request, CallScope.none());

        // then
        assertThat(stillSkipped.provenance().fallback()).isTrue();
        assertThat(stillSkipped.provenance().fallbackReason()).contains("skipping");
        assertThat(reEnabled.provenance().provider()).isEqualTo("gemini");
        assertThat(reEnabled.provenance().fallback()).isFalse();
        assertThat(primary.callCount()).isEqualTo(2 * policy.maxAttempts() + 1);
    }
}
