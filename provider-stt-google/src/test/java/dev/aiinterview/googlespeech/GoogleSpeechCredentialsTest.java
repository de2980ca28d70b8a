package dev.aiinterview.googlespeech;

import static dev.aiinterview.googlespeech.MockSpeechServer.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.config.ConfigSource;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import io.grpc.Metadata;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way of giving credentials reaches Google's endpoint as the right header, or fails saying what to set. */
class GoogleSpeechCredentialsTest {

    private static final AudioInput AUDIO = AudioInput.ofBytes(TestAudio.wav(16_000, 1, 0.5), "audio/wav");

    @TempDir
    Path dir;

    private final MockSpeechServer google = new MockSpeechServer();

    @AfterEach
    void stop() {
        google.close();
    }

    @Test
    void anApiKeyIsSentAsTheGoogApiKeyHeader() {
        Metadata headers = callWith(Map.of(GoogleSpeechConfig.API_KEY, "AIza-test-key"));

        assertThat(headers.get(MockSpeechServer.API_KEY)).isEqualTo("AIza-test-key");
        assertThat(headers.get(MockSpeechServer.AUTHORIZATION)).isNull();
    }

    @Test
    void applicationDefaultCredentialsAreUsedWhenNothingIsSet() {
        Metadata headers = callWith(Map.of());

        assertThat(headers.get(MockSpeechServer.AUTHORIZATION)).isEqualTo("Bearer " + MockSpeechServer.ADC_TOKEN);
    }

    @Test
    void aServiceAccountKeyFileIsExchangedForATokenThatIsSent() throws Exception {
        AtomicInteger tokenRequests = new AtomicInteger();
        HttpServer tokens = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        tokens.createContext("/token", exchange -> {
            tokenRequests.incrementAndGet();
            byte[] body = "{\"access_token\":\"sa-token\",\"expires_in\":3600,\"token_type\":\"Bearer\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        tokens.start();
        try {
            Path key = serviceAccountKey("http://127.0.0.1:" + tokens.getAddress().getPort() + "/token");

            Metadata headers = callWith(Map.of(GoogleSpeechConfig.CREDENTIALS, key.toString()));

            assertThat(headers.get(MockSpeechServer.AUTHORIZATION)).isEqualTo("Bearer sa-token");
            assertThat(tokenRequests).hasValue(1);
        } finally {
            tokens.stop(0);
        }
    }

    @Test
    void theConventionalEnvironmentVariableNamesTheKeyFile() {
        ConfigSource env = ConfigSource.environment(Map.of("GOOGLE_APPLICATION_CREDENTIALS",
                dir.resolve("missing.json").toString()));

        assertThatThrownBy(() -> google.factory().create(env))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(dir.resolve("missing.json") + " (GOOGLE_APPLICATION_CREDENTIALS")
                .hasMessageContaining("does not exist");
    }

    @Test
    void aKeyFileThatIsNotCredentialsSaysHowToGetOne() throws IOException {
        Path notJson = Files.writeString(dir.resolve("key.json"), "<html>not a key</html>");

        assertThatThrownBy(() -> google.factory().create(ConfigSource.of(Map.of(GoogleSpeechConfig.CREDENTIALS,
                notJson.toString()))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("is not a Google credentials JSON file")
                .hasMessageContaining("service-account key");
    }

    @Test
    void withNoCredentialsAnywhereTheErrorListsTheThreeWaysToGiveThem() {
        var factory = google.factory(() -> {
            throw new IOException("The Application Default Credentials are not available.");
        });

        assertThatThrownBy(() -> factory.create(ConfigSource.empty()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageNotContaining("\n")
                .hasMessageContaining("GOOGLE_APPLICATION_CREDENTIALS")
                .hasMessageContaining("INTERVIEW_GOOGLE_SPEECH_API_KEY")
                .hasMessageContaining("gcloud auth application-default login");
    }

    @Test
    void anApiKeyAloneBuildsTheRealClientWithoutTouchingTheNetwork() {
        var factory = new GoogleSpeechToTextProviderFactory();

        try (SpeechToTextProvider provider = factory.create(ConfigSource.of(Map.of(GoogleSpeechConfig.API_KEY, "k")))) {
            assertThat(provider.id()).isEqualTo("google-speech");
            assertThat(provider.toString()).contains("apiKey=***").doesNotContain("=k,");
        }
    }

    private Metadata callWith(Map<String, String> settings) {
        google.answer(result("ok", 0.9f));
        try (SpeechToTextProvider provider = google.provider(settings)) {
            provider.transcribe(AUDIO, TranscriptionOptions.defaults());
        }
        assertThat(google.headers).hasSize(1);
        return google.headers.get(0);
    }

    /** A service-account key as the Cloud console downloads it, with a fresh RSA key and a local token endpoint. */
    private Path serviceAccountKey(String tokenUri) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PRIVATE KEY-----\\n"
                + Base64.getEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\\n-----END PRIVATE KEY-----\\n";
        String json = "{\"type\":\"service_account\",\"project_id\":\"interview-test\",\"private_key_id\":\"k1\","
                + "\"private_key\":\"" + pem + "\",\"client_email\":\"stt@interview-test.iam.gserviceaccount.com\","
                + "\"client_id\":\"1\",\"token_uri\":\"" + tokenUri + "\"}";
        return Files.writeString(dir.resolve("service-account.json"), json);
    }
}
