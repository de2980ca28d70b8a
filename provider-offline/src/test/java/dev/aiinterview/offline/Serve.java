package dev.aiinterview.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.contract.PromptContract;
import dev.aiinterview.json.Json;
import dev.aiinterview.spi.LlmResponse;

/** Sends a contract's request to the offline engine and checks the reply as the SDK's reply pipeline would. */
final class Serve {

    static final OfflineLlmProvider ENGINE = new OfflineLlmProvider();

    static <I, O> O contract(PromptContract<I, O> contract, I input) {
        LlmResponse response = ENGINE.generate(contract.request(input));
        JsonNode tree = Json.read(response.text(), JsonNode.class);
        assertThat(contract.validate(tree))
                .as("schema problems in %s", response.text()).isEmpty();
        O output = Json.read(response.text(), contract.outputType());
        assertThat(contract.check(input, output)).as("semantic problems in %s", response.text()).isEmpty();
        return output;
    }

    private Serve() {
    }
}
