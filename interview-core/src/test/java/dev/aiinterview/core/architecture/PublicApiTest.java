package dev.aiinterview.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.aiinterview.contract.PromptContract;
import dev.aiinterview.core.Interviewer;
import dev.aiinterview.core.llm.LlmGateway;
import dev.aiinterview.json.Json;
import org.apiguardian.api.API.Status;
import org.junit.jupiter.api.Test;

/**
 * Holds the main classes of interview-core and interview-contracts (on this module's classpath) to the API status
 * rules. {@link ApiStatusRulesTest} shows the rules catch what they should.
 */
class PublicApiTest {

    private static final JavaClasses SDK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.aiinterview.core", "dev.aiinterview.contract", "dev.aiinterview.json");

    @Test
    void theImportHoldsCoreAndContractsClasses() {
        // Guards against a rule that passes because it saw nothing.
        assertThat(SDK.contain(Interviewer.class)).isTrue();
        assertThat(SDK.contain(PromptContract.class)).isTrue();
        assertThat(SDK.contain(Json.class)).isTrue();
        assertThat(SDK.stream().filter(c -> c.getPackageName().contains(".architecture"))).isEmpty();
    }

    @Test
    void everyPublicTypeOfCoreAndContractsHasAnApiStatus() {
        ApiStatusRules.everyPublicTypeHasAStatus().check(SDK);
    }

    @Test
    void noPublicApiTypeExposesAnInternalTypeInItsSignatures() {
        ApiStatusRules.noPublicSignatureExposesAnInternalType().check(SDK);
    }

    @Test
    void theEntryPointIsStableAndTheGatewayIsInternal() {
        assertThat(ApiStatusRules.status(SDK.get(Interviewer.class))).contains(Status.STABLE);
        assertThat(ApiStatusRules.status(SDK.get(LlmGateway.class))).contains(Status.INTERNAL);
        assertThat(ApiStatusRules.status(SDK.get(Json.class))).contains(Status.STABLE);
    }
}
