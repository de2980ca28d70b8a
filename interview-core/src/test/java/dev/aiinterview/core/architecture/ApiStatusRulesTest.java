package dev.aiinterview.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.aiinterview.core.architecture.fixture.InternalHelper;
import dev.aiinterview.core.architecture.fixture.LeakyPublicApi;
import dev.aiinterview.core.architecture.fixture.UnmarkedPublicType;
import org.junit.jupiter.api.Test;

/**
 * The API status rules fail on test-only fixtures built to break them, so a green {@link PublicApiTest} means
 * something.
 */
class ApiStatusRulesTest {

    // The fixtures, plus the real internal packages they leak, so the package-level INTERNAL status is read too.
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(
            "dev.aiinterview.core.architecture.fixture", "dev.aiinterview.core.llm", "dev.aiinterview.core.event");

    @Test
    void aPublicTypeWithoutAStatusIsReported() {
        EvaluationResult result = ApiStatusRules.everyPublicTypeHasAStatus().evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains(UnmarkedPublicType.class.getName() + " has no @API status"))
                .noneMatch(d -> d.contains(LeakyPublicApi.class.getName()))
                .noneMatch(d -> d.contains(InternalHelper.class.getName()));
    }

    @Test
    void aStableTypeExposingInternalTypesIsReportedForEverySignature() {
        EvaluationResult result = ApiStatusRules.noPublicSignatureExposesAnInternalType().evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        String leaky = LeakyPublicApi.class.getName() + " (STABLE) ";
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.startsWith(leaky + "implements INTERNAL dev.aiinterview.core.llm.LlmCaller"))
                .anyMatch(d -> d.startsWith(leaky + "constructor <init>[EventBus] takes INTERNAL "
                        + "dev.aiinterview.core.event.EventBus"))
                .anyMatch(d -> d.startsWith(leaky + "method scope[] returns INTERNAL "
                        + "dev.aiinterview.core.llm.CallScope"))
                .anyMatch(d -> d.startsWith(leaky + "method runners[List] takes INTERNAL "
                        + "dev.aiinterview.core.llm.ContractRunner"))
                .anyMatch(d -> d.startsWith(leaky + "has field policy of type INTERNAL "
                        + "dev.aiinterview.core.llm.RetryPolicy"))
                // A nested type takes its enclosing type's status.
                .anyMatch(d -> d.startsWith(LeakyPublicApi.Nested.class.getName() + " (STABLE) method retries[] "
                        + "returns INTERNAL dev.aiinterview.core.llm.Retries"));
    }

    @Test
    void privateMembersAndInternalTypesMayNameInternalTypes() {
        EvaluationResult result = ApiStatusRules.noPublicSignatureExposesAnInternalType().evaluate(FIXTURES);

        assertThat(result.getFailureReport().getDetails())
                .noneMatch(d -> d.contains("hidden"))
                .noneMatch(d -> d.startsWith(InternalHelper.class.getName()));
    }
}
