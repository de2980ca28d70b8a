package dev.aiinterview.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JdParserTest {

    /** One sentence, no full stop anywhere: the shape of an advert pasted from a form into one line. */
    private static String oneSentenceAdvert(int chars) {
        var skills = List.of("SQL", "Python", "Airflow", "dbt", "Snowflake", "Kafka", "Terraform", "Spark");
        var sb = new StringBuilder("Senior Data Engineer role where you will ");
        int i = 0;
        while (sb.length() < chars) {
            sb.append("build pipeline number ").append(i).append(" with ").append(skills.get(i % skills.size()))
                    .append(" and ").append(skills.get((i + 3) % skills.size())).append(" for team ")
                    .append(i * 7 % 101).append(i % 5 == 4 ? ", " : " and ");
            i++;
        }
        return sb.toString();
    }

    @Test
    void noLineIsLongerThanTheBoundHoweverLongTheSentence() {
        // given a 50,000-character advert written as one sentence
        String jd = oneSentenceAdvert(50_000);

        // when
        var parsed = JdParser.parse(jd);

        // then every piece stays short, so the work per piece is bounded and planning stays linear
        assertThat(parsed.lines()).isNotEmpty().allSatisfy(l ->
                assertThat(l.text().split("\\s+")).hasSizeLessThanOrEqualTo(LineSplitter.MAX_WORDS));
    }

    @Test
    void theWorkOfParsingGrowsInProportionToTheAdvert() {
        // given the same kind of advert at 5,000 and 50,000 characters
        var small = JdParser.parse(oneSentenceAdvert(5_000)).lines();
        var large = JdParser.parse(oneSentenceAdvert(50_000)).lines();

        // then ten times the text gives about ten times the pieces, and no text is read twice
        int smallChars = small.stream().mapToInt(l -> l.text().length()).sum();
        int largeChars = large.stream().mapToInt(l -> l.text().length()).sum();
        assertThat(largeChars).isLessThanOrEqualTo(50_000 + 100);
        assertThat((double) large.size() / small.size()).isBetween(8.0, 12.0);
        assertThat((double) largeChars / smallChars).isBetween(8.0, 12.0);
    }

    @Test
    void everyPieceOfALongSentenceIsVerbatimSoItCanBeQuoted() {
        // given
        String jd = oneSentenceAdvert(8_000);

        // when
        var parsed = JdParser.parse(jd);

        // then
        assertThat(parsed.lines()).allSatisfy(l -> assertThat(Quotes.occursIn(jd, l.text())).isTrue());
    }

    @Test
    void bulletsWrittenInlineBecomeLinesOfTheirOwn() {
        // given
        String jd = "Requirements: • Valid forklift licence • Two years in a busy warehouse • Basic Excel";

        // when
        var lines = JdParser.parse(jd).lines();

        // then
        assertThat(lines).extracting(JdLine::text)
                .containsExactly("Valid forklift licence", "Two years in a busy warehouse", "Basic Excel");
        assertThat(lines).extracting(JdLine::section).containsOnly(JdSection.REQUIREMENTS);
    }

    @Test
    void aPlusCoversOnlyItsOwnClause() {
        // given a warehouse advert where one sentence holds a requirement and a plus
        String jd = """
                Warehouse Shift Supervisor

                Requirements:
                - Forklift certification is required, and Spanish is a plus.
                - Forklift certification required, Spanish a plus
                - You hold a forklift licence; a second language is an advantage
                """;

        // when
        var lines = JdParser.parse(jd).lines();

        // then
        assertThat(lines).filteredOn(l -> l.text().toLowerCase().contains("forklift"))
                .hasSize(3).extracting(JdLine::section).containsOnly(JdSection.REQUIREMENTS);
        assertThat(lines).filteredOn(l -> l.text().contains("Spanish") || l.text().contains("second language"))
                .hasSize(3).extracting(JdLine::section).containsOnly(JdSection.NICE_TO_HAVE);
    }

    @Test
    void aListThatIsAPlusAsAWholeStaysAPlus() {
        // given
        String jd = "Nice to have: experience with Kafka, RabbitMQ or SQS is a plus.";

        // when
        var lines = JdParser.parse(jd).lines();

        // then
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).section()).isEqualTo(JdSection.NICE_TO_HAVE);
    }

    @Test
    void aTitleThatRunsIntoTheFirstSentenceIsReadEvenWhenSectionsFollow() {
        // given
        String jd = """
                Registered Nurse - Cardiac Ward. You will care for up to six patients per shift.

                Requirements
                - Active RN licence
                - BLS certification
                """;

        // when
        var parsed = JdParser.parse(jd);

        // then
        assertThat(parsed.titleHeading()).isEqualTo("Registered Nurse - Cardiac Ward");
        assertThat(parsed.lines()).extracting(JdLine::text).first()
                .isEqualTo("You will care for up to six patients per shift.");
    }

    @Test
    void anOrdinaryOpeningSentenceIsNotATitle() {
        var parsed = JdParser.parse("We Are Hiring. You will answer customer tickets by chat and email.");
        assertThat(parsed.titleHeading()).isNull();
    }

    @Test
    void aMarkdownHeadingThatHoldsTheWholeAdvertIsReadAsText() {
        // given a one-line advert that starts with a heading marker
        String jd = "# Sales Development Representative " + "You will book meetings with new prospects, ".repeat(10)
                + "and you need two years of outbound sales experience.";

        // when
        var lines = JdParser.parse(jd).lines();

        // then
        assertThat(lines).isNotEmpty();
        assertThat(lines).anySatisfy(l -> assertThat(l.text()).contains("outbound sales experience"));
    }

    @Test
    void aDutyCueCoversTheRestOfItsLongSentence() {
        // given one sentence of duties, longer than a piece, that opens with "you will be the person who"
        String jd = "Team Lead at Acme, and you will be the person who keeps the queue moving, "
                + "which means coaching agents through weekly one-to-ones and reviewing twenty tickets each, "
                + "running the daily stand-up so that we meet our service levels on chat and email, "
                + "handling the escalations that agents cannot resolve on their own, "
                + "and reporting every Friday on satisfaction scores and the backlog to the head of support.";

        // when
        var lines = JdParser.parse(jd).lines();

        // then
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(lines).filteredOn(l -> l.text().contains("escalations") || l.text().contains("reporting"))
                .isNotEmpty().extracting(JdLine::section).containsOnly(JdSection.RESPONSIBILITIES);
    }

    @Test
    void aLongListWrittenWithSemicolonsGivesOneLinePerItem() {
        // given
        String jd = "What you need: at least two years supervising a team in a warehouse or a production setting; "
                + "a sound working knowledge of health and safety, including manual handling and the safe use of "
                + "material handling equipment; a valid forklift licence; confidence with KPIs and spreadsheets; "
                + "and clear, calm communication with people at every level of the business.";

        // when
        var lines = JdParser.parse(jd).lines();

        // then
        assertThat(lines).extracting(JdLine::text).contains("a valid forklift licence",
                "and clear, calm communication with people at every level of the business.");
    }
}
