package dev.aiinterview.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.TranscriptWord;
import dev.aiinterview.api.error.ProviderException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vosk's JSON, in the exact shape (and pretty-printing) its recognizer returns with setWords(true). */
class VoskResultsTest {

    static final String UTTERANCE = """
            {
              "result" : [{
                  "conf" : 1.000000,
                  "end" : 0.870000,
                  "start" : 0.450000,
                  "word" : "i"
                }, {
                  "conf" : 0.912384,
                  "end" : 1.230000,
                  "start" : 0.870000,
                  "word" : "deployed"
                }, {
                  "conf" : 0.431210,
                  "end" : 1.980000,
                  "start" : 1.260000,
                  "word" : "kubernetes"
                }],
              "text" : "i deployed kubernetes"
            }""";

    static final String FINAL = """
            {
              "result" : [{
                  "conf" : 0.754000,
                  "end" : 3.120000,
                  "start" : 2.640000,
                  "word" : "clusters"
                }],
              "text" : "clusters"
            }""";

    static final String SILENCE = """
            {
              "text" : ""
            }""";

    @Test
    void anUtteranceGivesItsTextAndWordsWithMillisecondTimingsAndConfidence() {
        VoskResults.Utterance u = VoskResults.parse(UTTERANCE);

        assertThat(u.text()).isEqualTo("i deployed kubernetes");
        assertThat(u.words()).containsExactly(
                new TranscriptWord("i", 450L, 870L, 1.0),
                new TranscriptWord("deployed", 870L, 1230L, 0.912384),
                new TranscriptWord("kubernetes", 1260L, 1980L, 0.43121));
    }

    @Test
    void silenceGivesNoTextAndNoWords() {
        VoskResults.Utterance u = VoskResults.parse(SILENCE);

        assertThat(u.text()).isEmpty();
        assertThat(u.words()).isEmpty();
    }

    @Test
    void utterancesAreJoinedInOrderAndSilentOnesSkipped() {
        Transcript t = VoskResults.transcript(List.of(UTTERANCE, SILENCE, FINAL), "en-US", "vosk");

        assertThat(t.text()).isEqualTo("i deployed kubernetes clusters");
        assertThat(t.words()).extracting(TranscriptWord::text).containsExactly("i", "deployed", "kubernetes", "clusters");
        assertThat(t.language()).isEqualTo("en-US");
        assertThat(t.engine()).isEqualTo("vosk");
        assertThat(t.confidence()).isCloseTo((1.0 + 0.912384 + 0.43121 + 0.754) / 4, within(1e-9));
    }

    @Test
    void wordsBelowTheThresholdAreFlaggedForAHumanToCheck() {
        Transcript t = VoskResults.transcript(List.of(UTTERANCE, FINAL), "en-US", "vosk");

        assertThat(t.lowConfidenceWords(0.6)).extracting(TranscriptWord::text).containsExactly("kubernetes");
        assertThat(t.lowConfidenceWords(0.8)).extracting(TranscriptWord::text).containsExactly("kubernetes", "clusters");
    }

    @Test
    void aStreamWithNoSpeechGivesAnEmptyTranscriptWithoutConfidence() {
        Transcript t = VoskResults.transcript(List.of(SILENCE), "en-US", "vosk");

        assertThat(t.text()).isEmpty();
        assertThat(t.words()).isEmpty();
        assertThat(t.confidence()).isNull();
    }

    @Test
    void theAlternativesShapeIsReadFromItsBestAlternative() {
        String json = """
                {
                  "alternatives" : [{
                      "confidence" : 203.124,
                      "result" : [{
                          "end" : 0.9,
                          "start" : 0.3,
                          "word" : "hello"
                        }],
                      "text" : "hello"
                    }, {
                      "confidence" : 190.0,
                      "result" : [],
                      "text" : "hollow"
                    }]
                }""";

        VoskResults.Utterance u = VoskResults.parse(json);

        assertThat(u.text()).isEqualTo("hello");
        assertThat(u.words()).containsExactly(new TranscriptWord("hello", 300L, 900L, null));
    }

    @Test
    void aConfidenceOutsideZeroToOneIsClamped() {
        VoskResults.Utterance u = VoskResults.parse("{\"result\":[{\"conf\":1.0000001,\"end\":1,\"start\":0,"
                + "\"word\":\"yes\"}],\"text\":\"yes\"}");

        assertThat(u.words().get(0).confidence()).isEqualTo(1.0);
    }

    @Test
    void aResultThatIsNotJsonIsAProviderErrorQuotingIt() {
        assertThatThrownBy(() -> VoskResults.parse("{\"text\" : \"unterminated"))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("not JSON")
                .hasMessageContaining("unterminated");
        assertThatThrownBy(() -> VoskResults.parse("[1, 2]"))
                .isInstanceOf(ProviderException.class)
                .hasMessageContaining("unexpected result");
    }
}
