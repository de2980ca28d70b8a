package dev.aiinterview.vosk;

import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.api.error.ProviderUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/** One download of a model zip to a file, hashing it on the way and reporting progress. */
final class ModelFetch {

    private final HttpClient http;
    private final URI url;
    private final Duration timeout;

    ModelFetch(HttpClient http, URI url, Duration timeout) {
        this.http = http;
        this.url = url;
        this.timeout = timeout;
    }

    /** Downloads into {@code file} and returns the SHA-256 of what was received, in lower-case hex. */
    String fetch(Path file, VoskModelDownloader.Progress progress) {
        HttpResponse<InputStream> response = send();
        long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        MessageDigest sha = sha256();
        long done = 0;
        try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(file)) {
            checkStatus(response.statusCode(), in);
            progress.onProgress(0, total);
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) != -1) {
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
                done += n;
                progress.onProgress(done, total);
            }
            if (total >= 0 && done != total) {
                throw new IOException("the server announced " + total + " bytes and sent " + done);
            }
        } catch (IOException e) {
            throw new ProviderUnavailableException(VoskSpeechToTextProviderFactory.ID, "The download of the Vosk "
                    + "model from " + VoskConfig.shown(url) + " broke off after " + done + (total >= 0 ? " of " + total : "")
                    + " bytes (" + e.getMessage() + "); nothing was installed, try again", e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private HttpResponse<InputStream> send() {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new ProviderUnavailableException(VoskSpeechToTextProviderFactory.ID, "Cannot download the Vosk "
                    + "model from " + VoskConfig.shown(url) + " (" + e + "): check the network, or download and unzip a model "
                    + "yourself and set VOSK_MODEL_PATH to its folder", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderException(VoskSpeechToTextProviderFactory.ID, "The download of the Vosk model from "
                    + VoskConfig.shown(url) + " was interrupted", e);
        }
    }

    private void checkStatus(int status, InputStream body) throws IOException {
        if (status == 200) {
            return;
        }
        body.close();
        String answer = "The Vosk model server " + VoskConfig.shown(url) + " answered HTTP " + status;
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            throw new ConfigurationException(answer + ": check " + VoskConfig.MODEL_URL
                    + " (the default is " + VoskModelDownloader.DEFAULT_MODEL_URL + ")");
        }
        throw new ProviderUnavailableException(VoskSpeechToTextProviderFactory.ID, answer + "; try again later");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
