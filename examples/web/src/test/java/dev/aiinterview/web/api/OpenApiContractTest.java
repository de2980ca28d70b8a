package dev.aiinterview.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aiinterview.web.TestApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract the API tests hold responses to: it refuses what does not conform, and covers every route. */
class OpenApiContractTest {

    private final OpenApiContract contract = OpenApiContract.load();
    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void aConformingResponsePassesAndEachKindOfDeviationIsCaught() {
        String receipt = "{\"interviewId\":\"x\",\"erasedAt\":\"2026-01-01T00:00:00Z\",\"recordingsDeleted\":0,"
                + "\"answersDeleted\":2,\"reportDeleted\":true}";
        assertThat(contract.violations("DELETE", "/api/v1/interviews/abc", 200, JSON, receipt)).isEmpty();

        // an undeclared status, a wrong content type, a missing field, a wrong type, an extra field
        assertThat(contract.violations("DELETE", "/api/v1/interviews/abc", 202, JSON, receipt)).singleElement()
                .asString().contains("Status 202 is not declared");
        assertThat(contract.violations("DELETE", "/api/v1/interviews/abc", 200, "text/plain", receipt))
                .singleElement().asString().contains("content type");
        assertThat(contract.violations("DELETE", "/api/v1/interviews/abc", 200, JSON,
                receipt.replace(",\"reportDeleted\":true", ""))).isNotEmpty();
        assertThat(contract.violations("DELETE", "/api/v1/interviews/abc", 200, JSON,
                receipt.replace("\"answersDeleted\":2", "\"answersDeleted\":\"2\""))).isNotEmpty();
        assertThat(contract.violations("DELETE", "/api/v1/interviews/abc", 200, JSON,
                receipt.replace("{", "{\"path\":\"/data/media/x.webm\","))).isNotEmpty();

        // a problem must be a problem; the report is checked against the SDK's report schema embedded in the document
        assertThat(contract.violations("GET", "/api/v1/jobs/x", 404, PROBLEM, "{\"error\":\"no\"}")).isNotEmpty();
        assertThat(contract.violations("GET", "/api/v1/interviews/x/report", 200, JSON, "{}")).isNotEmpty();

        // a route the document does not describe may only answer "no such route"
        assertThat(contract.violations("GET", "/api/v1/nothing", 200, JSON, "{}")).isNotEmpty();
        assertThat(contract.violations("GET", "/api/v1/nothing", 404, PROBLEM, "{\"type\":\"urn:x\",\"title\":\"Not "
                + "Found\",\"status\":404,\"detail\":\"There is no such API route.\"}")).isEmpty();
    }

    @Test
    void theDocumentEmbedsTheReportSchemaAsPublishedInDocsSchemas() throws Exception {
        var mapper = new ObjectMapper();
        var embedded = ((com.fasterxml.jackson.databind.node.ObjectNode) contract.doc
                .at("/components/schemas/InterviewReport")).deepCopy();
        embedded.remove("$id");
        assertThat(embedded).isEqualTo(mapper.readTree(Files.readString(
                Path.of("../../docs/schemas/interview-report.schema.json"))));
    }

    @Test
    void everyApiRouteTheServerRegistersIsDescribedAndEveryDescribedRouteOfThisServerExists() {
        try (TestApp app = TestApp.start(Map.of())) {
            var apiRoutes = app.app.routes().stream().filter(r -> r.split(" ", 2)[1].startsWith("/api/v1"))
                    .filter(r -> !r.startsWith("BEFORE") && !r.startsWith("AFTER")).toList();
            var undescribed = apiRoutes.stream().filter(r -> !contract.describes(r.split(" ")[0], r.split(" ")[1]))
                    .toList();
            assertThat(undescribed).as("routes under /api/v1 that docs/api/openapi.json does not describe")
                    .isEmpty();
            assertThat(apiRoutes).as("the API's routes, read from the server").hasSizeGreaterThanOrEqualTo(15);

            // the other way round: everything the document describes is served
            var normalised = apiRoutes.stream().map(r -> r.replaceAll("\\{[^}]+}", "{}")).toList();
            var missing = new java.util.ArrayList<String>();
            contract.doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
                if (!m.equals("parameters")) {
                    String route = m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey().replaceAll("\\{[^}]+}", "{}");
                    if (!normalised.contains(route)) {
                        missing.add(route);
                    }
                }
            }));
            assertThat(missing).as("operations the document describes that the server does not register").isEmpty();
        }
    }
}
