package dev.aiinterview.web.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The signature header matches the Standard Webhooks specification's published example. */
class SignatureTest {

    @Test
    void theSpecificationsExampleSignsToItsPublishedSignature() {
        String signature = Signature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}");

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aSecretWithoutItsPrefixIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> Signature.sign("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_1", 1L, "{}"))
                .hasMessageContaining("whsec_").hasMessageNotContaining("MfKQ9r8G");
    }
}
