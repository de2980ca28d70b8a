package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.json.Json;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** The candidate's page, driven through its JSON API with nothing but the link's token. */
public final class Candidate {

    public final Http http;
    public final String api;

    public Candidate(URI base, String token) {
        this.http = new Http(base);
        this.api = "/api/i/" + token;
    }

    public JsonNode state() {
        HttpResponse<String> r = http.get(api);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return read(r.body());
    }

    public void consentAndStart() {
        assertThat(http.post(api + "/consent").statusCode()).isEqualTo(200);
        assertThat(http.post(api + "/start").statusCode()).isEqualTo(200);
    }

    /** Waits until a question is put (or the interview is finished); returns the state. */
    public JsonNode awaitPrompt() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            JsonNode s = state();
            String status = s.path("status").asText();
            if (status.equals("question") || status.equals("finished")) {
                return s;
            }
            Recruiter.sleep(150);
        }
        throw new AssertionError("No next question in time: " + state());
    }

    /** Declines the interview with a message for the recruiter. */
    public HttpResponse<String> decline(String message) {
        return http.postJson(api + "/decline", "{\"message\":" + Json.write(message) + "}");
    }

    public HttpResponse<String> consent() {
        return http.post(api + "/consent");
    }

    /** Consents as the page does: to the notice version the page showed. */
    public HttpResponse<String> consent(String noticeVersion) {
        return http.postJson(api + "/consent", "{\"noticeVersion\":" + Json.write(noticeVersion) + "}");
    }

    public HttpResponse<String> start() {
        return http.post(api + "/start");
    }

    public HttpResponse<String> answerText(int turn, String text) {
        return http.postJson(api + "/answers", "{\"turn\":" + turn + ",\"mode\":\"text\",\"text\":"
                + Json.write(text) + "}");
    }

    public HttpResponse<String> upload(int turn, String kind, byte[] bytes, String contentType) {
        return http.postBytes(api + "/media?turn=" + turn + "&kind=" + kind, bytes, contentType);
    }

    public HttpResponse<String> answerAudio(int turn, byte[] wav) {
        HttpResponse<String> uploaded = upload(turn, "audio", wav, "audio/wav");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String id = read(uploaded.body()).path("id").asText();
        return http.postJson(api + "/answers", "{\"turn\":" + turn + ",\"mode\":\"audio\",\"audio\":\"" + id + "\"}");
    }

    public static JsonNode read(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }
}
