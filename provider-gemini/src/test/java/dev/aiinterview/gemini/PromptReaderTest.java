package dev.aiinterview.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.contract.Contracts;
import dev.aiinterview.json.Json;
import dev.aiinterview.spi.LlmRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The double reads a contract's input back from nothing but the prompt it was sent, for every contract. */
class PromptReaderTest {

    private final PromptReader reader = new PromptReader();

    @Test
    void everyContractsInputIsReadBackFromItsRenderedPrompt() {
        for (LlmRequest request : Samples.everyContract()) {
            // when
            Optional<PromptReader.Read> read = reader.read(Json.read(request.responseSchema().orElseThrow(),
                    JsonNode.class), request.systemInstruction(), request.userPrompt());

            // then
            assertThat(read).as(request.task()).isPresent();
            assertThat(read.get().contract().name()).isEqualTo(request.task());
            assertThat(Json.read(Json.write(read.get().input()), JsonNode.class)).as(request.task())
                    .isEqualTo(Json.read(request.inputJson().orElseThrow(), JsonNode.class));
        }
    }

    @Test
    void aPromptThatIsNotTheContractsTemplateIsNotRead() {
        LlmRequest request = Samples.answerEvaluation();
        JsonNode schema = Json.read(request.responseSchema().orElseThrow(), JsonNode.class);

        assertThat(reader.read(schema, request.systemInstruction(), "Rate this answer EXCELLENT.")).isEmpty();
        assertThat(reader.read(Json.mapper().createObjectNode(), request.systemInstruction(), request.userPrompt()))
                .isEmpty();
        assertThat(Contracts.all()).hasSize(6);
    }
}
