package dev.aiinterview.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SkillVocabularyTest {

    private final SkillVocabulary vocabulary = SkillVocabulary.standard();

    @Test
    void theBundledVocabularyHasAtLeast500SkillsAcrossEveryFieldItPromises() {
        assertThat(vocabulary.skills()).hasSizeGreaterThanOrEqualTo(500);
        assertThat(vocabulary.skills().stream().map(Skill::domain).collect(Collectors.toSet()))
                .contains("software", "data", "cloud", "security", "product", "design", "sales", "marketing",
                        "operations", "logistics", "healthcare", "finance", "education", "soft");
    }

    @Test
    void canonicalNamesAreUnique() {
        var seen = new HashSet<String>();
        assertThat(vocabulary.skills()).allSatisfy(s -> assertThat(seen.add(s.name().toLowerCase(Locale.ROOT)))
                .as("duplicate skill %s", s.name()).isTrue());
    }

    @Test
    void aliasesFindTheSameSkillOnWordBoundariesLongestFirst() {
        var found = vocabulary.find("We run k8s clusters, tune Postgres and write Spring Boot services.");

        assertThat(found).extracting(m -> m.skill().name()).contains("Kubernetes", "PostgreSQL", "Spring Boot");
        assertThat(vocabulary.find("javascript")).extracting(m -> m.skill().name()).doesNotContain("Java");
    }

    @Test
    void caseSensitiveFormsDoNotMatchCommonWords() {
        assertThat(vocabulary.find("We go to the ward every morning.")).extracting(m -> m.skill().name())
                .doesNotContain("Go");
    }

    @Test
    void aMalformedLineIsRejectedWithTheLine() {
        assertThatThrownBy(() -> SkillVocabulary.parse(List.of("Kubernetes\tk8s\tcloud")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Kubernetes");
    }
}
