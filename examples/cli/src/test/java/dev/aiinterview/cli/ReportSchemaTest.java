package dev.aiinterview.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.InterviewReport;
import dev.aiinterview.contract.ContractSchemas;
import dev.aiinterview.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/schemas/interview-report.schema.json, the published format of the report, equal to what the report
 * record generates. A change to the report shows up here; refresh the file with the command in the message.
 */
class ReportSchemaTest {

    static final String REFRESH = "mvn -f examples/cli/pom.xml test -Dtest=ReportSchemaTest -Dschema.update=true";

    static Path committedSchema() {
        return Path.of(System.getProperty("schema.file", "../../docs/schemas/interview-report.schema.json"));
    }

    static String generatedSchema() {
        String json = Json.writePretty(ContractSchemas.generateDocumentSchema(InterviewReport.class, "AI Interview report"));
        return json.replace("\r\n", "\n") + "\n";
    }

    @Test
    void theCommittedReportSchemaIsTheOneTheReportRecordGenerates() throws IOException {
        // given
        Path file = committedSchema();
        String generated = generatedSchema();
        if (Boolean.getBoolean("schema.update")) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }

        // when
        String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n") : "";

        // then
        assertThat(committed)
                .as("%s is out of date with InterviewReport; if the change is intended, refresh it with: %s",
                        file.normalize(), REFRESH)
                .isEqualTo(generated);
    }
}
