package dev.aiinterview.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.contract.AnswerEvaluation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names, pronouns and age, family or origin mentioned in passing never change how an answer is rated. */
class CounterfactualFairnessTest {

    /** Answers with slots for a colleague's name, a pronoun and a personal detail of the candidate. */
    private static final List<String> ANSWERS = List.of(
            "{DETAIL} At my previous company last year our checkout PostgreSQL query slowed down during the evening "
                    + "peak. My colleague {NAME} spotted it first and {PRONOUN} paged me. I analyzed the query plan "
                    + "with EXPLAIN ANALYZE, added a composite index concurrently because a lock would block checkout, "
                    + "and rewrote the pagination. As a result p99 latency dropped from 2.4 seconds to 60 ms.",
            "{DETAIL} I worked with {NAME} on a slow report query. {PRONOUN} suggested we look at the indexes and I "
                    + "checked the query plan and it was better after that.",
            "Um, I guess {NAME} handled most of it, you know. {PRONOUN} knew the database. {DETAIL} Maybe I would "
                    + "look at it again.");

    private static final List<String> NAMES = List.of("Maria", "Mohammed Al-Rashid", "Wei Zhang", "John",
            "Oluwaseun Adeyemi", "Ruby", "Anna-Lena Schmidt");
    private static final List<String> PRONOUNS = List.of("she", "he", "they");
    private static final List<String> DETAILS = List.of("I plan my weeks carefully.", "As a mother of two, I plan my weeks carefully.",
            "As a father of three young kids, I plan my weeks carefully.", "I'm 58 and I plan my weeks carefully.",
            "I'm 24 years old and I plan my weeks carefully.", "I moved here from Nigeria and I plan my weeks carefully.",
            "As a Polish immigrant, I plan my weeks carefully.", "I am a single dad and I plan my weeks carefully.",
            "Being in my fifties, I plan my weeks carefully.", "I was born in 1968 and I plan my weeks carefully.",
            "I grew up in Mexico City and I plan my weeks carefully.", "Since my wife had our baby, I plan my weeks carefully.");

    @Test
    void swappingNamesPronounsAndPersonalDetailsNeverChangesTheRatingOrScores() {
        for (String template : ANSWERS) {
            // given: the answer with the first name, pronoun and detail
            AnswerEvaluation.Output reference = evaluate(fill(template, NAMES.get(0), PRONOUNS.get(0), DETAILS.get(1)));
            for (String name : NAMES) {
                for (String pronoun : PRONOUNS) {
                    for (String detail : DETAILS) {
                        // when
                        String answer = fill(template, name, pronoun, detail);
                        AnswerEvaluation.Output swapped = evaluate(answer);

                        // then
                        assertThat(List.of(swapped.rating(), swapped.clarity(), swapped.relevance(), swapped.skill()))
                                .as("scores of: %s", answer)
                                .isEqualTo(List.of(reference.rating(), reference.clarity(), reference.relevance(),
                                        reference.skill()));
                    }
                }
            }
        }
    }

    /** Mentions swapped both ways, as a counterfactual check would: each pair differs only in a personal detail. */
    private static final List<List<String>> PAIRS = List.of(
            List.of("my wife", "my husband"), List.of("my son", "my daughter"), List.of("my kids", "my elderly parents"),
            List.of("in my fifties", "in my twenties"), List.of("before I retire", "early in my career"),
            List.of("pregnant", "recovering from surgery"), List.of("at the mosque", "at the church"),
            List.of("Nigerian", "Norwegian"), List.of("from Lagos", "from Oslo"), List.of("Mohammed", "Emily"),
            List.of("during Ramadan", "during Lent"), List.of("as a single mum", "as a single dad"));

    @Test
    void swappingEachPersonalMentionForItsCounterpartLeavesEveryBundledAnswerRatedAlike() throws Exception {
        var plan = BundledExamples.plan("backend-engineer");
        for (int i = 0; i < 3; i++) {
            var question = plan.questions().get(i);
            for (String set : List.of("strong", "weak")) {
                String answer = java.nio.file.Files.readString(BundledExamples.DATA.resolve("backend-engineer")
                        .resolve(set).resolve(String.format("%02d.txt", i + 1)));
                for (List<String> pair : PAIRS) {
                    // given: the same answer with one personal sentence, then with its counterpart
                    String one = "I was " + pair.get(0) + " then, and my colleague Mohammed helped. " + answer;
                    String other = "I was " + pair.get(1) + " then, and my colleague Mohammed helped. " + answer;

                    // when
                    var a = BundledExamples.evaluate(plan, question, one);
                    var b = BundledExamples.evaluate(plan, question, other);

                    // then
                    assertThat(List.of(b.rating(), b.clarity(), b.relevance(), b.skill())).as("swap %s", pair)
                            .isEqualTo(List.of(a.rating(), a.clarity(), a.relevance(), a.skill()));
                }
            }
        }
    }

    @Test
    void anAgeOrANumberOfChildrenIsNotQuotedAsAConcreteFigure() {
        // given
        String answer = "I'm 52 and a mother of three. I reviewed the slow PostgreSQL query with my team and we "
                + "talked about the plan.";

        // when
        var out = evaluate(answer);

        // then
        assertThat(out.strengths()).noneSatisfy(s -> assertThat(s).contains("figures"));
        assertThat(out.evidence()).noneSatisfy(e -> assertThat(e).contains("52"));
    }

    private static String fill(String template, String name, String pronoun, String detail) {
        String p = pronoun;
        return template.replace("{NAME}", name).replace("{DETAIL}", detail)
                .replace(". {PRONOUN}", ". " + Character.toUpperCase(p.charAt(0)) + p.substring(1))
                .replace("{PRONOUN}", p).strip();
    }

    private static AnswerEvaluation.Output evaluate(String answer) {
        return Serve.contract(AnswerEvaluation.CONTRACT, Samples.evaluation(Samples.BEHAVIORAL, answer, true));
    }
}
