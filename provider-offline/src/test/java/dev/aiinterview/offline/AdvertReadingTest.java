package dev.aiinterview.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.Importance;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.TopicKind;
import dev.aiinterview.contract.JdAnalysis;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How the offline engine reads adverts from several fields (written for these tests, in {@code adverts/}): the
 * topics a recruiter would list, their kinds and importance, and no topics the advert does not ask for.
 */
class AdvertReadingTest {

    private static String advert(String name) {
        try (InputStream in = AdvertReadingTest.class.getResourceAsStream("/adverts/" + name + ".md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JdAnalysis.Output analyse(String name) {
        return Serve.contract(JdAnalysis.CONTRACT, new JdAnalysis.Input(advert(name), 5, 7));
    }

    /** The topic whose name contains the term, ignoring case. */
    private static Optional<JdAnalysis.TopicDraft> topic(JdAnalysis.Output out, String term) {
        return out.topics().stream()
                .filter(t -> t.name().toLowerCase(Locale.ROOT).contains(term.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** Whether a term is covered the way a labelled dataset checks it: in a topic's name or evidence. */
    private static boolean covers(JdAnalysis.Output out, String term) {
        String t = term.toLowerCase(Locale.ROOT);
        return out.topics().stream().anyMatch(d -> d.name().toLowerCase(Locale.ROOT).contains(t)
                || d.evidence().stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).contains(t)));
    }

    @Test
    void aWarehouseSupervisorAdvertGivesSupervisionSchedulingSafetyAndCommunication() {
        // when
        var out = analyse("warehouse");

        // then
        assertThat(out.roleTitle()).isEqualTo("Warehouse Shift Supervisor");
        assertThat(out.seniority()).isEqualTo(Seniority.LEAD);
        assertThat(topic(out, "supervision")).isPresent();
        assertThat(topic(out, "scheduling")).isPresent();
        assertThat(topic(out, "communication")).isPresent();
        assertThat(topic(out, "safety")).isPresent();
    }

    @Test
    void spanishAsAPlusLeavesTheForkliftCertificateARequiredQualification() {
        // when
        var out = analyse("warehouse");

        // then
        assertThat(topic(out, "forklift")).hasValueSatisfying(t -> {
            assertThat(t.kind()).isEqualTo(TopicKind.QUALIFICATION);
            assertThat(t.importance()).isEqualTo(Importance.ESSENTIAL);
        });
    }

    @Test
    void safeInOrdinaryProseIsNotTheScaledAgileFramework() {
        assertThat(analyse("warehouse").topics()).extracting(JdAnalysis.TopicDraft::name).doesNotContain("SAFe");
        assertThat(analyse("nurse").topics()).extracting(JdAnalysis.TopicDraft::name).doesNotContain("SAFe");
    }

    @Test
    void aDataEngineerAdvertGivesSqlPythonAndCommunicationAsSkills() {
        // when
        var out = analyse("data-engineer");

        // then
        for (String skill : List.of("SQL", "Python", "Communication")) {
            assertThat(topic(out, skill)).as(skill).hasValueSatisfying(t -> {
                assertThat(t.kind()).isEqualTo(TopicKind.SKILL);
                assertThat(t.importance()).isEqualTo(Importance.ESSENTIAL);
            });
        }
    }

    @Test
    void colleaguesNamedInTheAdvertAreNotRequirements() {
        // given "working closely with product managers" and "with customer success managers on handover"
        var data = analyse("data-engineer");
        var sales = analyse("sales");

        // then
        assertThat(data.topics()).extracting(JdAnalysis.TopicDraft::name).doesNotContain("Product management");
        assertThat(sales.topics()).extracting(JdAnalysis.TopicDraft::name).doesNotContain("Customer success");
    }

    @Test
    void theProductACompanySellsIsNotASkillItAsksFor() {
        // given "sell our scheduling software to small businesses" in the introduction
        var out = analyse("sales");

        // then
        assertThat(out.topics()).extracting(JdAnalysis.TopicDraft::name).doesNotContain("Scheduling");
    }

    @Test
    void aSalesAdvertKeepsNegotiationAndThePipelineBesideTheQuota() {
        // when
        var out = analyse("sales");

        // then
        assertThat(topic(out, "negotiation")).isPresent();
        assertThat(topic(out, "pipeline")).isPresent();
        assertThat(topic(out, "quota")).isPresent();
        assertThat(covers(out, "communication")).isTrue();
    }

    @Test
    void aNursingAdvertGivesAssessmentMedicinesAndTheRegistrationAsAQualification() {
        // when
        var out = analyse("nurse");

        // then
        assertThat(out.roleTitle()).isEqualTo("Staff Nurse");
        assertThat(topic(out, "assessment")).isPresent();
        assertThat(topic(out, "medication")).isPresent();
        assertThat(topic(out, "registration")).hasValueSatisfying(t ->
                assertThat(t.kind()).isEqualTo(TopicKind.QUALIFICATION));
        assertThat(covers(out, "communication")).isTrue();
    }

    @Test
    void aSupportAdvertGivesServiceLevelsAndTheKnowledgeBaseAndNoIntroductionSentence() {
        // when
        var out = analyse("support");

        // then "You'll be the first person our customers talk to" describes the job, it is no requirement
        assertThat(out.topics()).extracting(JdAnalysis.TopicDraft::name)
                .noneMatch(n -> n.toLowerCase(Locale.ROOT).startsWith("be the first"))
                .contains("Spotting recurring issues", "Service levels", "Knowledge base management")
                .noneMatch(n -> n.endsWith(" and share"));
        assertThat(covers(out, "communication")).isTrue();
        assertThat(topic(out, "Zendesk")).hasValueSatisfying(t -> assertThat(t.kind()).isEqualTo(TopicKind.SKILL));
    }

    @Test
    void skillsListedUnderRequirementsAreSkillsEvenWhenADutyNamesThemFirst() {
        // when
        var out = analyse("data-engineer");

        // then
        assertThat(topic(out, "SQL")).hasValueSatisfying(t -> assertThat(t.kind()).isEqualTo(TopicKind.SKILL));
        assertThat(out.topics()).filteredOn(t -> t.kind() == TopicKind.RESPONSIBILITY)
                .allSatisfy(t -> assertThat(t.name()).isNotIn("SQL", "Python", "Snowflake"));
    }

    @Test
    void anAdvertWrittenAsOneLongSentenceIsReadClauseByClause() {
        // when
        var out = analyse("inside-sales-manager");

        // then the name before "at Brightpath" is the title, and the duties after "you will be" are duties
        assertThat(out.roleTitle()).isEqualTo("Inside Sales Manager");
        assertThat(out.seniority()).isEqualTo(Seniority.LEAD);
        assertThat(out.topics()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(topic(out, "negotiation")).isPresent();
        assertThat(topic(out, "forecast")).isPresent();
        assertThat(topic(out, "quota")).hasValueSatisfying(t -> assertThat(t.importance()).isEqualTo(Importance.ESSENTIAL));
        assertThat(covers(out, "communication")).isTrue();
        assertThat(out.topics()).extracting(JdAnalysis.TopicDraft::kind).contains(TopicKind.RESPONSIBILITY);
    }

    @Test
    void credentialsAreQualificationsAndTheExperienceBesideThemIsNot() {
        // given
        String jd = """
                Requirements
                - Current BLS and ACLS certification
                - Three years in a busy warehouse and a valid forklift licence
                """;

        // when
        var out = Serve.contract(JdAnalysis.CONTRACT, new JdAnalysis.Input(jd, 3, 7));

        // then
        assertThat(topic(out, "BLS")).hasValueSatisfying(t -> assertThat(t.kind()).isEqualTo(TopicKind.QUALIFICATION));
        assertThat(topic(out, "ACLS")).hasValueSatisfying(t -> assertThat(t.kind()).isEqualTo(TopicKind.QUALIFICATION));
        assertThat(topic(out, "forklift")).hasValueSatisfying(t ->
                assertThat(t.kind()).isEqualTo(TopicKind.QUALIFICATION));
        assertThat(topic(out, "warehouse")).hasValueSatisfying(t -> assertThat(t.kind()).isEqualTo(TopicKind.SKILL));
    }

    @Test
    void theTeamSomeoneWillLeadIsNotASkillTheyNeed() {
        // given "a team of pickers, packers and forklift operators": the people, not forklift driving
        String jd = """
                Responsibilities
                - Lead a team of 20 pickers, packers and forklift operators on the night shift
                - Plan the weekly rota
                """;

        // when
        var out = Serve.contract(JdAnalysis.CONTRACT, new JdAnalysis.Input(jd, 2, 7));

        // then
        assertThat(topic(out, "forklift")).isEmpty();
    }
}
