package dev.aiinterview.core.contract;

import dev.aiinterview.contract.*;
import dev.aiinterview.core.llm.ContractRunner;
import dev.aiinterview.core.llm.ContractResult;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.json.Json;
import dev.aiinterview.core.llm.CallScope;
import dev.aiinterview.core.llm.LlmCall;
import dev.aiinterview.api.Provenance;
import dev.aiinterview.spi.LlmRequest;
import dev.aiinterview.testkit.ScriptedLlm;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins each contract's schema and the exact request a provider receives. */
class ContractGoldenTest {

    static Stream<PromptContract<?, ?>> contracts() {
        return Contracts.all().stream();
    }

    @ParameterizedTest(name = "{0} has the committed schema")
    @MethodSource("contracts")
    void eachContractsSchemaMatchesItsGoldenFile(PromptContract<?, ?> contract) throws Exception {
        Golden.assertMatches("schemas/" + contract.name() + "." + contract.version() + ".json",
                Json.writePretty(contract.schema()) + "\n");
    }

    @ParameterizedTest(name = "{0} sends the committed request")
    @MethodSource("contracts")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void eachContractSendsExactlyTheGoldenRequestThroughTheScriptedLlm(PromptContract contract) throws Exception {
        Object input = ContractSamples.inputs().get(contract);
        var llm = new ScriptedLlm().otherwise(r -> "not json");
        var runner = new ContractRunner((request, scope) ->
                new LlmCall(llm.generate(request), Provenance.of(llm.id(), llm.model())));

        try {
            runner.run(contract, input, CallScope.none());
        } catch (dev.aiinterview.api.error.ContractViolationException expected) {
            // The reply is deliberately invalid: this test is about what was sent.
        }

        LlmRequest sent = llm.requests().get(0);
        assertThat(sent.task()).isEqualTo(contract.name());
        assertThat(sent.taskVersion()).isEqualTo(contract.version());
        assertThat(sent.responseSchema()).contains(contract.schemaJson());
        assertThat(sent.inputJson()).contains(Json.write(input));
        String rendered = "### system\n" + sent.systemInstruction() + "\n\n### user\n" + sent.userPrompt()
                + "\n\n### settings\ntemperature=" + sent.temperature().orElseThrow() + " maxOutputTokens="
                + sent.maxOutputTokens().orElseThrow() + "\n";
        Golden.assertMatches("requests/" + contract.name() + "." + contract.version() + ".txt", rendered);
        assertThat(llm.requests()).as("one call and one repair attempt").hasSize(2);
        assertThat(llm.requests().get(1).attempt()).isEqualTo(2);
    }
}
