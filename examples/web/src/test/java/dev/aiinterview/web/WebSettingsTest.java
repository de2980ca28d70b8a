package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The recruiter's contact shown to candidates: optional, trimmed, and short. */
class WebSettingsTest {

    @Test
    void withoutAContactTheCandidatePageShowsNone() {
        assertThat(WebSettings.from(ConfigSource.of(Map.of())).recruiterContact()).isEmpty();
        assertThat(WebSettings.from(ConfigSource.of(Map.of(WebSettings.RECRUITER_CONTACT, "  "))).recruiterContact())
                .isEmpty();
    }

    @Test
    void aContactIsTrimmed() {
        var settings = WebSettings.from(ConfigSource.of(Map.of(WebSettings.RECRUITER_CONTACT, " jobs@example.com ")));

        assertThat(settings.recruiterContact()).hasValue("jobs@example.com");
    }

    @Test
    void anOverlongContactIsRefusedNamingTheSetting() {
        var config = ConfigSource.of(Map.of(WebSettings.RECRUITER_CONTACT, "x".repeat(201)));

        assertThatThrownBy(() -> WebSettings.from(config)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("interview.web.recruiter-contact").hasMessageContaining("200 characters");
    }
}
