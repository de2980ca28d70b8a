package dev.aiinterview.gemini;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.aiinterview.gemini.GeminiWire.TRANSCRIBE;
import static dev.aiinterview.gemini.GeminiWire.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.spi.TranscriptionOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Audio above the inline limit goes through the Files API's resumable upload (start, then upload+finalize, each a
 * POST to /upload/v1beta/files), is referenced as fileData in generateContent, and is deleted afterwards.
 */
class GeminiFilesApiTest {

    @RegisterExtension
    static GeminiDouble.Extension server = GeminiDouble.extension();

    static final String FILE_URI = "https://generativelanguage.googleapis.com/v1beta/files/abc123";

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Test
    void audioAboveTheInlineLimitIsUploadedReferencedByUriAndDeletedAfterwards(@TempDir Path dir) throws Exception {
        // given
        byte[] wav = TestAudio.wav(0.5);
        Path file = Files.write(dir.resolve("answer.wav"), wav);
        stubUpload("ACTIVE");
        server.stubFor(post(TRANSCRIBE).willReturn(GeminiWire.transcribed("I led a team of five engineers.", "en-us")));
        server.stubFor(delete("/v1beta/files/abc123").willReturn(okJson("{}")));

        // when
        Transcript transcript;
        try (var provider = create(GeminiConfig.INLINE_AUDIO_LIMIT, "1000")) {
            transcript = provider.transcribe(AudioInput.wav(file), TranscriptionOptions.defaults());
        }

        // then
        assertThat(transcript.text()).isEqualTo("I led a team of five engineers.");
        ServeEvent start = only("/upload/v1beta/files", "start");
        assertThat(start.getRequest().getHeader("X-Goog-Upload-Protocol")).isEqualTo("resumable");
        assertThat(start.getRequest().getHeader("X-Goog-Upload-Header-Content-Type")).isEqualTo("audio/wav");
        assertThat(start.getRequest().getHeader("X-Goog-Upload-Header-Content-Length"))
                .isEqualTo(Integer.toString(wav.length));
        ServeEvent upload = only("/upload/v1beta/files?upload_id=abc&upload_protocol=resumable", "upload, finalize");
        assertThat(upload.getRequest().getBody()).isEqualTo(wav);
        JsonNode audioPart = JSON.readTree(generateBody()).at("/contents/0/parts/0");
        assertThat(audioPart.at("/fileData/fileUri").asText()).isEqualTo(FILE_URI);
        assertThat(audioPart.at("/fileData/mimeType").asText()).isEqualTo("audio/wav");
        assertThat(audioPart.has("inlineData")).isFalse();
        server.verify(1, deleteRequestedFor(urlEqualTo("/v1beta/files/abc123")));
    }

    @Test
    void anUploadStillProcessingIsPolledUntilActive() {
        // given
        stubUpload("PROCESSING");
        server.stubFor(get("/v1beta/files/abc123").willReturn(okJson(file("ACTIVE").toString())));
        server.stubFor(post(TRANSCRIBE).willReturn(GeminiWire.transcribed("I led a team of five engineers.", "en-us")));
        server.stubFor(delete("/v1beta/files/abc123").willReturn(okJson("{}")));

        // when
        try (var provider = create(GeminiConfig.INLINE_AUDIO_LIMIT, "1000")) {
            provider.transcribe(AudioInput.ofBytes(TestAudio.wav(0.5), "audio/wav"), TranscriptionOptions.defaults());
        }

        // then
        assertThat(sleeps).containsExactly(Duration.ofMillis(500));
        server.verify(1, postRequestedFor(urlEqualTo(TRANSCRIBE)));
    }

    @Test
    void theUploadIsDeletedEvenWhenTranscriptionFails() {
        // given
        stubUpload("ACTIVE");
        server.stubFor(post(TRANSCRIBE).willReturn(GeminiWire.error(400, "INVALID_ARGUMENT", "Unsupported audio.")));
        server.stubFor(delete("/v1beta/files/abc123").willReturn(okJson("{}")));

        // when
        try (var provider = create(GeminiConfig.INLINE_AUDIO_LIMIT, "1000")) {
            assertThatThrownBy(() -> provider.transcribe(AudioInput.ofBytes(TestAudio.wav(0.5), "audio/wav"),
                    TranscriptionOptions.defaults())).hasMessageContaining("Unsupported audio");
        }

        // then
        server.verify(1, deleteRequestedFor(urlEqualTo("/v1beta/files/abc123")));
    }

    @Test
    void audioWithinTheLimitNeverTouchesTheFilesApi() {
        // given
        server.stubFor(post(TRANSCRIBE).willReturn(GeminiWire.transcribed("I led a team of five engineers.", "en-us")));

        // when
        try (var provider = create()) {
            provider.transcribe(AudioInput.ofBytes(TestAudio.wav(0.5), "audio/wav"), TranscriptionOptions.defaults());
        }

        // then
        assertThat(server.getAllServeEvents()).extracting(e -> e.getRequest().getUrl()).containsExactly(TRANSCRIBE);
    }

    @Test
    void onVertexAiAudioAboveTheLimitIsRejectedAsTheFilesApiIsNotThere() {
        // given a Vertex AI configuration (the client itself is an API-key one: no credentials here)
        var vertex = GeminiConfig.from(ConfigSource.of(Map.of(GeminiConfig.VERTEX_PROJECT, "acme",
                GeminiConfig.VERTEX_LOCATION, "us-central1", GeminiConfig.INLINE_AUDIO_LIMIT, "1000")));
        var client = GeminiClientFactory.create(GeminiConfig.from(GeminiWire.config(server)));

        // when / then
        try (var provider = new GeminiSpeechToTextProvider(client, vertex, sleeps::add)) {
            assertThatThrownBy(() -> provider.transcribe(AudioInput.ofBytes(TestAudio.wav(0.5), "audio/wav"),
                    TranscriptionOptions.defaults()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("interview.gemini.inline-audio-limit").hasMessageContaining("Vertex AI");
        }
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    private static void stubUpload(String state) {
        server.stubFor(post("/upload/v1beta/files").withHeader("X-Goog-Upload-Command", equalTo("start"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=UTF-8")
                        // The real server answers with its own host; the SDK rewrites it to the configured base URL.
                        .withHeader("x-goog-upload-url", "https://generativelanguage.googleapis.com/upload/v1beta/"
                                + "files?upload_id=abc&upload_protocol=resumable")
                        .withHeader("X-Goog-Upload-Status", "active").withBody("{}")));
        ObjectNode finalized = JSON.createObjectNode();
        finalized.set("file", file(state));
        server.stubFor(post(urlPathEqualTo("/upload/v1beta/files")).withQueryParam("upload_id", equalTo("abc"))
                .withHeader("X-Goog-Upload-Command", equalTo("upload, finalize"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=UTF-8")
                        .withHeader("X-Goog-Upload-Status", "final").withBody(finalized.toPrettyString())));
    }

    private static ObjectNode file(String state) {
        return JSON.createObjectNode().put("name", "files/abc123").put("mimeType", "audio/wav")
                .put("sizeBytes", "16044").put("createTime", "2025-07-18T09:12:01.123456Z")
                .put("updateTime", "2025-07-18T09:12:01.123456Z").put("expirationTime", "2025-07-20T09:12:01.090847Z")
                .put("sha256Hash", "ZDk1YjI3NzE4ZDQyNjBiNmFhNzE3ZjZiODQ2MzNkODAyOTM1ZTA0NmE2NmY2ZWVlNzI1N2U3NzA0ZmEw")
                .put("uri", FILE_URI).put("state", state).put("source", "UPLOADED");
    }

    private static ServeEvent only(String url, String command) {
        List<ServeEvent> matching = server.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals(url))
                .filter(e -> command.equals(e.getRequest().getHeader("X-Goog-Upload-Command")))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static String generateBody() {
        return server.getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().equals(TRANSCRIBE))
                .findFirst().orElseThrow().getRequest().getBodyAsString();
    }

    private GeminiSpeechToTextProvider create(String... settings) {
        GeminiConfig config = GeminiConfig.from(GeminiWire.config(server, settings));
        return new GeminiSpeechToTextProvider(GeminiClientFactory.create(config), config, sleeps::add);
    }
}
