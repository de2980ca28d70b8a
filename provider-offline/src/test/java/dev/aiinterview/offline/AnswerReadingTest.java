package dev.aiinterview.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.Importance;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Rating;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.TopicKind;
import dev.aiinterview.contract.AnswerEvaluation;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The evaluation never contradicts the answer, quotes whole sentences, and rates by content. */
class AnswerReadingTest {

    private static final Topic SCHEDULING = new Topic("t1", "Shift scheduling", TopicKind.RESPONSIBILITY,
            Importance.ESSENTIAL, false, "Shifts must be covered without burning people out.",
            List.of("Plan shift rotas and cover for a warehouse team of 40"),
            List.of("scheduling", "rota", "shifts", "overtime", "cover"));
    private static final Question STORY = new Question("q1", QuestionType.BEHAVIORAL, "t1",
            "Tell me about a time you had to fix a shift schedule that was not working. What did you do?",
            "A concrete case, the candidate's own actions and a measured result.");

    /** A STAR-shaped answer with its outcome in words, and no digit anywhere. */
    private static final String OWNED = "Last winter our night shift at the warehouse kept running short of pickers "
            + "and people were doing double shifts. I was responsible for the rota, so I needed to fix cover "
            + "without more overtime. I mapped every shift against the order volumes, I moved two pickers from the "
            + "quiet Monday shift to Thursday nights, and I set up a swap board so people could trade shifts "
            + "themselves. By the end of the quarter overtime was down twenty percent.";

    @Test
    void anAnswerFullOfIDidIsNotSaidToLackWhatTheCandidatePersonallyDid() {
        var out = evaluate(STORY, OWNED);
        assertThat(out.weaknesses()).noneSatisfy(w -> assertThat(w).contains("personally did"));
        assertThat(out.star().action()).startsWith("I mapped every shift");
    }

    @Test
    void anOutcomeWrittenInWordsCountsAsAnOutcome() {
        var out = evaluate(STORY, OWNED);
        assertThat(out.weaknesses()).noneSatisfy(w -> assertThat(w).contains("outcome"));
        assertThat(out.star().result()).isEqualTo("By the end of the quarter overtime was down twenty percent");

        // and an outcome given as a bare figure at the end of the story
        String terse = OWNED.replace("By the end of the quarter overtime was down twenty percent.",
                "Three months on: no double shifts, and overtime down twenty percent.");
        var terseOut = evaluate(STORY, terse);
        assertThat(terseOut.weaknesses()).noneSatisfy(w -> assertThat(w).contains("outcome"));
        assertThat(terseOut.star().result()).endsWith("overtime down twenty percent");
    }

    @Test
    void aStarShapedAnswerHasAllFourPartsFound() {
        var star = evaluate(STORY, OWNED).star();
        assertThat(List.of(star.situation(), star.task(), star.action(), star.result())).doesNotContain("");
        assertThat(star.task()).startsWith("I was responsible for the rota");
    }

    @Test
    void concreteFiguresAreClaimedOnlyForSentencesThatHaveThem() {
        // given: a figure only at the very end of a long sentence, and sentences with none
        String answer = "At my last site I reorganised the rota for the packing team after a long run of missed "
                + "collections and complaints from the carriers about late trailers, which in the end took 14 "
                + "days. I talked to each team leader about it. I asked people which shifts suited them.";

        // when
        var out = evaluate(STORY, answer);

        // then
        assertThat(out.strengths()).filteredOn(s -> s.startsWith("Gives concrete figures"))
                .singleElement().satisfies(s -> assertThat(s).contains("14 days"));

        // and a version or product name with a digit is not a figure
        var named = evaluate(STORY, "At my last site I moved the rota from the old v2 planner into SAP S4 and "
                + "trained the team leaders on it. I asked people which shifts suited them and I changed the rota.");
        assertThat(named.strengths()).noneSatisfy(s -> assertThat(s).startsWith("Gives concrete figures"));
    }

    @Test
    void evidenceIsQuotedAsWholeSentences() {
        var out = evaluate(STORY, OWNED);
        List<String> sentences = AnswerAnalyzer.sentences(OWNED).stream().map(Quotes::trimPunctuation).toList();
        assertThat(out.evidence()).isNotEmpty().allSatisfy(e -> assertThat(sentences).contains(e));
    }

    @Test
    void aVeryLongSentenceIsQuotedUpToAClauseBoundaryNeverMidClause() {
        // given: one sentence of more than sixty words
        String longSentence = "I rebuilt the rota for the whole site over one weekend, moving the pickers who lived "
                + "furthest away to the later start, giving the two forklift drivers fixed days so the loading bay "
                + "was always covered, pairing every new starter with an experienced picker for their first week, "
                + "swapping the Monday and Thursday team leaders because Thursday is our heaviest day, and writing "
                + "the whole plan up on the board in the canteen so that everyone could see it and swap shifts.";

        // when
        String quote = Quotes.sentence(longSentence, 60);

        // then
        assertThat(Words.count(quote)).isLessThanOrEqualTo(60);
        assertThat(longSentence).contains(quote + ",");
        assertThat(Quotes.sentence("I moved two pickers to nights.", 60)).isEqualTo("I moved two pickers to nights");
    }

    @Test
    void aVeryLongOrDegenerateAnswerIsStillEvaluated() {
        // given: long runs that once overflowed a pattern's stack (capitals, a repeated word, one long token)
        List<String> answers = List.of("A ".repeat(20_000), "Aa Bb ".repeat(8_000) + ".", "x".repeat(60_000),
                OWNED.repeat(80), "I moved here from " + "Big ".repeat(5_000) + "City.");

        for (String answer : answers) {
            // when
            var out = evaluate(STORY, answer);

            // then
            assertThat(out.rating()).isNotNull();
        }
    }

    @Test
    void theSameAnswerToDifferentQuestionsDiffersOnlyInRelevance() {
        // given: one boilerplate answer pasted for four questions of one plan
        String boilerplate = "In my last job I led a team of six and I always made sure we hit our targets. I set "
                + "clear goals every Monday, I checked progress daily and I coached people who fell behind, because "
                + "small problems grow if you leave them. As a result the team hit its targets for 11 months in a "
                + "row.";
        var plan = BundledExamples.plan("backend-engineer");

        // when
        var outs = plan.questions().stream().limit(4).map(q -> BundledExamples.evaluate(plan, q, boilerplate)).toList();

        // then
        assertThat(outs.stream().map(AnswerEvaluation.Output::clarity).collect(Collectors.toSet())).hasSize(1);
        for (var a : outs) {
            for (var b : outs) {
                if (a.relevance() == b.relevance()) {
                    assertThat(List.of(a.rating(), a.skill())).isEqualTo(List.of(b.rating(), b.skill()));
                }
            }
        }
    }

    @Test
    void strongAnswersOfDifferentShapesReachGoodOrBetter() {
        // given: an owned story with a measured outcome; a strong answer with no numbers at all
        String noNumbers = "On a busy night shift our rota fell apart when the agency cancelled. I was in charge, so "
                + "I called the pickers on the standby list first, then I moved our most experienced packer to "
                + "the loading bay because the trailers could not leave late. I split the remaining shifts so nobody "
                + "did a double, and I logged every change in the scheduling system. In the end every trailer left "
                + "on time and nobody worked overtime that week.";

        // then
        assertThat(evaluate(STORY, OWNED).rating().points()).isGreaterThanOrEqualTo(Rating.GOOD.points());
        assertThat(evaluate(STORY, noNumbers).rating().points()).isGreaterThanOrEqualTo(Rating.GOOD.points());
    }

    @Test
    void aLongTemplateOfTheTopicsTermsStockPhrasesAndInventedFiguresIsPoor() {
        // given: the topic's terms, stock phrases and figures, padded out at length with a few words of its own
        String template = ("In my previous role I was responsible for shift scheduling, rota, shifts and overtime. "
                + "I improved scheduling by 40 percent because quality matters. I implemented rota best practices "
                + "and increased efficiency by 35 percent because it drives results. I optimized overtime, which "
                + "reduced costs by 25 percent. As a result, cover improved by 50 percent and the team achieved "
                + "100 percent success. ").repeat(2) + "I am passionate, dedicated and committed to excellence.";

        // when
        var out = evaluate(STORY, template);

        // then
        assertThat(out.rating()).isEqualTo(Rating.POOR);
        assertThat(out.evidence()).isEmpty();
        assertThat(out.strengths()).noneSatisfy(s -> assertThat(s).contains("figures"));
    }

    @Test
    void vagueAnswersStayAtFairOrBelow() {
        List<String> vague = List.of(
                "I am very good with schedules and I always make sure the shifts are covered. Teamwork is important.",
                "We had some problems with the rota once and the team sorted it out together in the end.",
                "Um, I guess I would, you know, look at the shifts and maybe move some people around.");
        for (String answer : vague) {
            assertThat(evaluate(STORY, answer).rating().points()).as(answer).isLessThanOrEqualTo(Rating.FAIR.points());
        }
    }

    private static AnswerEvaluation.Output evaluate(Question question, String answer) {
        return Serve.contract(AnswerEvaluation.CONTRACT, new AnswerEvaluation.Input("Warehouse Shift Supervisor",
                Seniority.MID, SCHEDULING, question, question.text(), 0, List.of(), answer, true));
    }
}
