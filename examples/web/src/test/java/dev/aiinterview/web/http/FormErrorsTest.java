package dev.aiinterview.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.jetty.http.BadMessageException;
import org.junit.jupiter.api.Test;

/** Only Jetty's refusals of a form are answered as the sender's mistake; the app's own failures are not hidden. */
class FormErrorsTest {

    @Test
    void jettysRefusalOfAFileNameIsTheSendersFourHundred() {
        var refused = new jakarta.servlet.ServletException(new BadMessageException("bad",
                new IllegalStateException("Invalid byte 0x00 in header")));

        assertThat(FormErrors.of(refused)).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).contains("Rename the file");
        });
    }

    @Test
    void theAppsOwnFailureIsNotMistakenForOneWhateverItsMessageSays() {
        var ownFault = new IllegalStateException("decoder: invalid byte sequence in the stored transcript",
                new java.io.IOException("max length exceeded"));

        assertThat(FormErrors.of(ownFault)).isEmpty();
    }
}
