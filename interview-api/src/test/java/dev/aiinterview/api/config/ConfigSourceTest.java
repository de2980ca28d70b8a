package dev.aiinterview.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.error.ConfigurationException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigSourceTest {

    @Test
    void environmentVariablesAreFoundByTheirDerivedNames() {
        var env = ConfigSource.environment(Map.of("INTERVIEW_LLM_PROVIDER", "gemini", "INTERVIEW_FOLLOW_UPS_MAX", "2"));

        assertThat(env.get(ConfigKeys.LLM_PROVIDER)).contains("gemini");
        assertThat(env.getInt(ConfigKeys.FOLLOW_UPS_MAX, 1)).isEqualTo(2);
    }

    private static final Map<String, String> GEMINI_ALIASES = Map.of("interview.gemini.api-key", "GEMINI_API_KEY");

    @Test
    void conventionalNamesSuchAsGeminiApiKeyAreAcceptedOnceTheProviderDeclaresThem() {
        var env = ConfigSource.environment(Map.of("GEMINI_API_KEY", "k-123"));

        assertThat(env.get("interview.gemini.api-key")).as("the SDK itself names no provider's variables").isEmpty();
        assertThat(env.withAliases(GEMINI_ALIASES).get("interview.gemini.api-key")).contains("k-123");
    }

    @Test
    void theProcessEnvironmentAnswersTheAliasesOfProvidersOnTheClassPathEvenInsideAHostsOwnSource() {
        // given: a provider on the class path that declares HOME for its key (HomeAliasFactory), and a host source
        // written as a lambda over the process environment, which no withAliases can reach
        String home = System.getenv("HOME");
        org.junit.jupiter.api.Assumptions.assumeTrue(home != null && !home.isBlank(), "HOME is set");
        ConfigSource env = ConfigSource.environment();
        ConfigSource hosts = key -> ConfigSource.of(Map.of("other", "x")).get(key).or(() -> env.get(key));

        // when / then
        assertThat(env.get(HomeAliasFactory.KEY)).contains(home.trim());
        assertThat(hosts.get(HomeAliasFactory.KEY)).contains(home.trim());
        assertThat(ConfigSource.environment(Map.of("HOME", "/elsewhere")).get(HomeAliasFactory.KEY))
                .as("a map given as the environment only knows the aliases given to it").isEmpty();
    }

    private static final Map<String, String> ALIASES = Map.of("interview.keyed.api-key", "KEYED_API_KEY");

    @Test
    void aliasesAProviderDeclaresReachTheEnvironmentInsideALayeredSourceWithoutChangingItsOrder() {
        var env = ConfigSource.environment(Map.of("KEYED_API_KEY", "from-env"));
        var layered = ConfigSource.of(Map.of("other", "x")).orElse(env)
                .orElse(ConfigSource.of(Map.of("interview.keyed.api-key", "from-last-map")));

        assertThat(layered.withAliases(ALIASES).get("interview.keyed.api-key")).contains("from-env");
        assertThat(layered.get("interview.keyed.api-key")).contains("from-last-map");
    }

    @Test
    void theDerivedNameWinsOverTheAliasAndAKeyKeepsItsFirstAlias() {
        var env = ConfigSource.environment(Map.of("INTERVIEW_KEYED_API_KEY", "derived", "KEYED_API_KEY", "alias",
                "OTHER_KEY", "other"));

        assertThat(env.withAliases(ALIASES).get("interview.keyed.api-key")).contains("derived");
        assertThat(ConfigSource.environment(Map.of("KEYED_API_KEY", "alias", "OTHER_KEY", "other"))
                .withAliases(ALIASES).withAliases(Map.of("interview.keyed.api-key", "OTHER_KEY"))
                .get("interview.keyed.api-key")).contains("alias");
    }

    @Test
    void aMissingRequiredSettingNamesTheAliasItWasGiven() {
        assertThatThrownBy(() -> ConfigSource.empty().withAliases(ALIASES).require("interview.keyed.api-key"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("KEYED_API_KEY (or INTERVIEW_KEYED_API_KEY)");
    }

    @Test
    void theFirstSourceWinsAndBlankValuesCountAsAbsent() {
        var config = ConfigSource.of(Map.of("a", "  ", "b", "map"))
                .orElse(ConfigSource.of(Map.of("a", "fallback", "b", "fallback")));

        assertThat(config.get("a")).contains("fallback");
        assertThat(config.get("b")).contains("map");
    }

    @Test
    void durationsAcceptShortAndIsoForms() {
        var config = ConfigSource.of(Map.of("a", "30s", "b", "500ms", "c", "2m", "d", "PT1H", "e", "250"));

        assertThat(config.getDuration("a", null)).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.getDuration("b", null)).isEqualTo(Duration.ofMillis(500));
        assertThat(config.getDuration("c", null)).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.getDuration("d", null)).isEqualTo(Duration.ofHours(1));
        assertThat(config.getDuration("e", null)).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void anInvalidValueIsAnErrorNamingTheKeyAndTheEnvironmentVariable() {
        var config = ConfigSource.of(Map.of(ConfigKeys.FOLLOW_UPS_MAX, "two"));

        assertThatThrownBy(() -> config.getInt(ConfigKeys.FOLLOW_UPS_MAX, 1))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("interview.follow-ups.max")
                .hasMessageContaining("INTERVIEW_FOLLOW_UPS_MAX")
                .hasMessageContaining("a whole number");
    }

    @Test
    void aMissingRequiredSettingSaysHowToSetIt() {
        assertThatThrownBy(() -> ConfigSource.empty().withAliases(GEMINI_ALIASES).require("interview.gemini.api-key"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("-Dinterview.gemini.api-key=")
                .hasMessageContaining("GEMINI_API_KEY (or INTERVIEW_GEMINI_API_KEY)");
    }

    @Test
    void booleansAcceptCommonSpellings() {
        var config = ConfigSource.of(Map.of("a", "yes", "b", "off", "c", "maybe"));

        assertThat(config.getBoolean("a", false)).isTrue();
        assertThat(config.getBoolean("b", true)).isFalse();
        assertThatThrownBy(() -> config.getBoolean("c", true)).isInstanceOf(ConfigurationException.class);
    }
}
