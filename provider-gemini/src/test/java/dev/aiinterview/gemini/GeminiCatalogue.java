package dev.aiinterview.gemini;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Answers {@code models.list} and {@code models.get} from {@link GeminiToday}, with the real 404 of
 * {@code models.get}. It is a stub of low priority, so a test can make the lookups fail with a stub of its own.
 */
final class GeminiCatalogue implements ResponseDefinitionTransformerV2 {

    static final String NAME = "gemini-catalogue";

    /** The stub that sends model lookups here. */
    static MappingBuilder stub() {
        return get(urlPathMatching("/v1beta/models(/[^/:]+)?")).atPriority(50)
                .willReturn(aResponse().withTransformers(NAME));
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        String path = serveEvent.getRequest().getUrl().replaceAll("\\?.*$", "");
        if (path.equals("/v1beta/models")) {
            return json(GeminiToday.list());
        }
        String id = path.substring("/v1beta/models/".length());
        return GeminiToday.model(id).map(m -> json(GeminiToday.resource(m)))
                .orElse(GeminiTodayRules.error(404, "NOT_FOUND", "Model is not found: models/" + id
                        + " for api version v1beta"));
    }

    private static ResponseDefinition json(JsonNode body) {
        return responseDefinition().withStatus(200).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(body.toPrettyString()).build();
    }
}
