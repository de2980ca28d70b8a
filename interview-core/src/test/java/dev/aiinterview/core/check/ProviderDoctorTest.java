package dev.aiinterview.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.AuthenticationException;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import dev.aiinterview.core.check.ProviderDoctor.Check;
import dev.aiinterview.core.check.ProviderDoctor.Status;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmProviderFactory;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.SpeechToTextProviderFactory;
import dev.aiinterview.spi.TranscriptionOptions;
import dev.aiinterview.testkit.PlaybackSpeechToText;
import dev.aiinterview.testkit.ScriptedLlm;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ProviderDoctorTest {

    private static LlmProviderFactory llm(String id, Supplier<LlmProvider> create) {
        return new LlmProviderFactory() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public LlmProvider create(ConfigSource config) {
                return create.get();
            }
        };
    }

    private static SpeechToTextProviderFactory stt(String id, Supplier<SpeechToTextProvider> create) {
        return new SpeechToTextProviderFactory() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public SpeechToTextProvider create(ConfigSource config) {
                return create.get();
            }
        };
    }

    private static ProviderDoctor.Report run(Map<String, String> config, List<LlmProviderFactory> llms,
                                             List<SpeechToTextProviderFactory> stts) {
        return new ProviderDoctor(ConfigSource.of(config), llms, stts).run();
    }

    @Test
    void providersThatAnswerTheirTinyCallAreOkAndTimed() {
        // given
        ScriptedLlm scripted = new ScriptedLlm("fake").reply("question-review", "{\"flags\":[]}");
        PlaybackSpeechToText playback = new PlaybackSpeechToText("playback").then("");

        // when
        ProviderDoctor.Report report = run(Map.of(), List.of(llm("fake", () -> scripted)),
                List.of(stt("playback", () -> playback)));

        // then
        assertThat(report.exitCode()).isZero();
        assertThat(report.checks()).extracting(Check::role, Check::provider, Check::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("llm", "fake", Status.OK),
                        org.assertj.core.groups.Tuple.tuple("speech-to-text", "playback", Status.OK));
        assertThat(report.checks()).allSatisfy(c -> assertThat(c.latencyMs()).isNotNull().isNotNegative());
        assertThat(scripted.requests("question-review")).hasSize(1);
        assertThat(playback.received()).hasSize(1);
    }

    @Test
    void aReplyThatDoesNotFitTheContractIsAFailure() {
        ScriptedLlm scripted = new ScriptedLlm("fake").reply("question-review", "{\"flags\": \"none\"}");

        ProviderDoctor.Report report = run(Map.of(), List.of(llm("fake", () -> scripted)), List.of());

        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.checks().get(0).status()).isEqualTo(Status.FAILED);
        assertThat(report.checks().get(0).detail()).contains("does not fit the question-review contract");
    }

    @Test
    void aProviderThatCannotStartForItsSettingsIsMisconfiguredAndExitsTwo() {
        ProviderDoctor.Report report = run(Map.of(), List.of(llm("fake", () -> {
            throw new ConfigurationException("Fake needs a key: set FAKE_KEY");
        })), List.of());

        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.checks().get(0).status()).isEqualTo(Status.MISCONFIGURED);
        assertThat(report.checks().get(0).detail()).isEqualTo("Fake needs a key: set FAKE_KEY");
    }

    @Test
    void failuresOfTheServiceAreFailuresOnOneLine() {
        ScriptedLlm down = new ScriptedLlm("fake").fail("question-review",
                new ProviderUnavailableException("fake", "HTTP 503\nThe model is overloaded."));
        SpeechToTextProviderFactory rejected = stt("cloud", () -> {
            throw new AuthenticationException("cloud", "the key was rejected", null);
        });

        ProviderDoctor.Report report = run(Map.of("interview.stt.provider", "cloud"), List.of(llm("fake", () -> down)),
                List.of(rejected));

        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.checks()).extracting(Check::status).containsExactly(Status.FAILED, Status.FAILED);
        assertThat(report.checks().get(0).detail()).isEqualTo("HTTP 503 The model is overloaded.");
    }

    @Test
    void speechToTextThatIsNotChosenAndCannotStartIsSkippedButChosenItIsMisconfigured() {
        SpeechToTextProviderFactory unconfigured = stt("cloud", () -> {
            throw new ConfigurationException("cloud needs credentials");
        });
        List<LlmProviderFactory> llms = List.of(llm("fake", () -> new ScriptedLlm("fake")
                .reply("question-review", "{\"flags\":[]}", "{\"flags\":[]}")));

        ProviderDoctor.Report found = run(Map.of(), llms, List.of(unconfigured));
        ProviderDoctor.Report chosen = run(Map.of("interview.stt.provider", "cloud"), llms, List.of(unconfigured));

        assertThat(found.checks().get(1).status()).isEqualTo(Status.SKIPPED);
        assertThat(found.exitCode()).isZero();
        assertThat(chosen.checks().get(1).status()).isEqualTo(Status.MISCONFIGURED);
        assertThat(chosen.exitCode()).isEqualTo(2);
    }

    @Test
    void aProviderThatCrashesIsAFailureNotAnException() {
        ScriptedLlm crashing = new ScriptedLlm("fake").otherwise(request -> {
            throw new IllegalStateException("bug in the provider");
        });

        ProviderDoctor.Report report = run(Map.of(), List.of(llm("fake", () -> crashing)), List.of());

        assertThat(report.checks().get(0).status()).isEqualTo(Status.FAILED);
        assertThat(report.checks().get(0).detail()).contains("unexpected").contains("bug in the provider");
    }

    @Test
    void anInvalidSettingOfTheSessionIsMisconfiguredRatherThanThrown() {
        PlaybackSpeechToText playback = new PlaybackSpeechToText("playback").then("");

        ProviderDoctor.Report report = run(Map.of("interview.follow-ups.max", "9"), List.of(llm("fake",
                () -> new ScriptedLlm("fake").reply("question-review", "{\"flags\":[]}"))),
                List.of(stt("playback", () -> playback)));

        assertThat(report.checks()).extracting(Check::status).containsExactly(Status.OK, Status.MISCONFIGURED);
        assertThat(report.checks().get(1).detail()).contains("interview.follow-ups.max");
        assertThat(report.exitCode()).isEqualTo(2);
    }

    @Test
    void existingProvidersOfAServiceAreCheckedWithTheSameCallsAndLeftOpen() {
        // given: a speech-to-text provider that needs a network, recording what it is asked
        List<TranscriptionOptions> asked = new java.util.ArrayList<>();
        SpeechToTextProvider remote = new SpeechToTextProvider() {
            @Override
            public String id() {
                return "cloud";
            }

            @Override
            public Set<Capability> capabilities() {
                return Set.of(Capability.WORD_TIMINGS);
            }

            @Override
            public Transcript transcribe(AudioInput audio, TranscriptionOptions options) {
                asked.add(options);
                return new Transcript("", options.language(), List.of(), null, id());
            }
        };
        ScriptedLlm local = new ScriptedLlm("fake");

        // when
        ProviderDoctor.Report report = ProviderDoctor.check(local, null, remote, null, "en-GB");

        // then: the service is called; the engine that works offline is not (nothing to reach)
        assertThat(report.checks()).extracting(Check::role, Check::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("llm", Status.OK),
                        org.assertj.core.groups.Tuple.tuple("speech-to-text", Status.OK));
        assertThat(asked).singleElement().satisfies(o -> assertThat(o.language()).isEqualTo("en-GB"));
        assertThat(local.callCount()).isZero();
        assertThat(report.checks().get(0).detail()).contains("works offline");
        assertThat(report.exitCode()).isZero();
    }

    @Test
    void aFallbackIsCheckedAsWellAndAnUnknownOneIsMisconfigured() {
        List<LlmProviderFactory> llms = List.of(llm("fake", () -> new ScriptedLlm("fake")
                .reply("question-review", "{\"flags\":[]}")));

        ProviderDoctor.Report report = run(Map.of("interview.llm.fallback", "offline"), llms, List.of());

        assertThat(report.checks()).extracting(Check::role).containsExactly("llm", "llm fallback");
        assertThat(report.checks().get(1).status()).isEqualTo(Status.MISCONFIGURED);
        assertThat(report.checks().get(1).detail()).contains("dev.aiinterview:provider-offline");
        assertThat(report.checks().get(1).summary()).startsWith("llm fallback -: MISCONFIGURED; ");
    }
}
