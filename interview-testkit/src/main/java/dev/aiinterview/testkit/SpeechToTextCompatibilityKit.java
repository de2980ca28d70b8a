package dev.aiinterview.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.TranscriptWord;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tests every {@link SpeechToTextProvider} must pass. A provider module extends this class and returns its
 * provider and a speech sample; tests that need the sample are skipped when {@link #sample()} returns
 * {@code null} (for example when a model is not installed), and say so.
 */
public abstract class SpeechToTextCompatibilityKit {

    /** The provider under test; a new one for each test. */
    protected abstract SpeechToTextProvider createProvider();

    /** Speech the provider should recognise, or {@code null} when it cannot run here. */
    protected abstract SpeechSample sample();

    /** Fewest of the expected words that must be recognised (0 to 1). */
    protected double minimumWordRecall() {
        return 0.6;
    }

    protected SpeechToTextProvider provider;

    @BeforeEach
    void createTheProvider() {
        provider = createProvider();
    }

    @AfterEach
    void closeTheProvider() {
        provider.close();
    }

    @Test
    void itHasAStableLowerCaseId() {
        assertThat(provider.id()).matches("[a-z][a-z0-9-]*");
        assertThat(provider.capabilities()).isNotNull();
    }

    @Test
    void itRecognisesMostWordsOfTheSample() {
        SpeechSample sample = requireSample();

        Transcript transcript = provider.transcribe(sample.audio(), TranscriptionOptions.defaults());

        Set<String> heard = words(transcript.text());
        Set<String> expected = words(sample.expectedText());
        long recalled = expected.stream().filter(heard::contains).count();
        assertThat((double) recalled / expected.size())
                .as("share of expected words in '%s'", transcript.text())
                .isGreaterThanOrEqualTo(minimumWordRecall());
        assertThat(transcript.engine()).isEqualTo(provider.id());
    }

    @Test
    void wordTimingsAreOrderedAndConfidencesAreProbabilities() {
        SpeechSample sample = requireSample();

        Transcript transcript = provider.transcribe(sample.audio(), TranscriptionOptions.defaults());

        if (provider.capabilities().contains(Capability.WORD_TIMINGS)) {
            assertThat(transcript.words()).isNotEmpty();
            long previousStart = -1;
            for (TranscriptWord w : transcript.words()) {
                assertThat(w.startMs()).isNotNull().isGreaterThanOrEqualTo(previousStart);
                assertThat(w.endMs()).isNotNull().isGreaterThanOrEqualTo(w.startMs());
                previousStart = w.startMs();
            }
        }
        for (TranscriptWord w : transcript.words()) {
            if (w.confidence() != null) {
                assertThat(w.confidence()).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void inputThatIsNotAudioIsRejectedAsInvalidInput() {
        AudioInput notAudio = AudioInput.ofBytes("this is a text file".getBytes(StandardCharsets.UTF_8), "audio/wav");

        assertThatThrownBy(() -> provider.transcribe(notAudio, TranscriptionOptions.defaults()))
                .isInstanceOf(InvalidInputException.class);
    }

    private SpeechSample requireSample() {
        SpeechSample sample = sample();
        Assumptions.assumeTrue(sample != null, "no speech sample can run here (see the provider's docs)");
        return sample;
    }

    private static Set<String> words(String text) {
        return new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}' ]", " ")
                .trim().split("\\s+")));
    }
}
