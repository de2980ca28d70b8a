package dev.aiinterview.gemini;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static dev.aiinterview.gemini.GeminiWire.GENERATE;
import static dev.aiinterview.gemini.GeminiWire.JSON;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmRequest;
import dev.aiinterview.testkit.LlmProviderCompatibilityKit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Gemini passes the SDK's LLM compatibility kit with a request for every prompt contract. The double answers each
 * request, matched by the exact responseJsonSchema it carries, with an instance of that schema.
 */
class GeminiLlmProviderCompatibilityTest extends LlmProviderCompatibilityKit {

    @RegisterExtension
    static GeminiDouble.Extension server = GeminiDouble.extension();

    @BeforeEach
    void stubEveryContract() throws JsonProcessingException {
        for (LlmRequest request : sampleRequests()) {
            String schema = request.responseSchema().orElseThrow();
            String reply = JSON.writeValueAsString(SchemaExamples.instanceOf(JSON.readTree(schema)));
            server.stubFor(post(GENERATE)
                    .withRequestBody(matchingJsonPath("$.generationConfig.responseJsonSchema", equalToJson(schema)))
                    .willReturn(GeminiWire.reply(reply)));
        }
    }

    @Override
    protected LlmProvider createProvider() {
        return new GeminiLlmProviderFactory().create(GeminiWire.config(server));
    }

    @Override
    protected List<LlmRequest> sampleRequests() {
        return Samples.everyContract();
    }
}
