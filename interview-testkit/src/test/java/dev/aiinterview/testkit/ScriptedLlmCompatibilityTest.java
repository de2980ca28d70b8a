package dev.aiinterview.testkit;

import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmRequest;
import java.util.List;

/** The scripted fake passes the kit it ships with. */
class ScriptedLlmCompatibilityTest extends LlmProviderCompatibilityKit {

    private static final String SCHEMA = """
            {"type":"object","properties":{"score":{"type":"integer","minimum":1,"maximum":5}},
             "required":["score"],"additionalProperties":false}""";

    @Override
    protected LlmProvider createProvider() {
        return new ScriptedLlm().otherwise(r -> "{\"score\":4}");
    }

    @Override
    protected List<LlmRequest> sampleRequests() {
        return List.of(LlmRequest.builder().task("grade").systemInstruction("Grade it.").userPrompt("Answer: ...")
                .responseSchema(SCHEMA).build());
    }
}
