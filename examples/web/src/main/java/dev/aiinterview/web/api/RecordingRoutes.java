package dev.aiinterview.web.api;

import dev.aiinterview.json.Json;
import dev.aiinterview.web.apikey.ApiScope;
import dev.aiinterview.web.http.ApiProblem;
import dev.aiinterview.web.http.WebException;
import dev.aiinterview.web.storage.MediaRepository;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An interview's recordings: listed with short-lived signed links (never a file path), and served through those
 * links with Range support for players that seek.
 */
final class RecordingRoutes {

    static final String SIGNED_PREFIX = "/api/v1/recordings/";

    private final InterviewRoutes interviews;
    private final MediaRepository media;
    private final RecordingLinks links;
    private final Path mediaDir;
    private final java.util.Optional<String> publicUrl;

    /** @param publicUrl the server's public address for the links; empty for the address the client used */
    RecordingRoutes(InterviewRoutes interviews, MediaRepository media, RecordingLinks links, Path mediaDir,
                    java.util.Optional<String> publicUrl) {
        this.interviews = interviews;
        this.media = media;
        this.links = links;
        this.mediaDir = mediaDir.toAbsolutePath().normalize();
        this.publicUrl = publicUrl;
    }

    void register(ApiRouter r) {
        r.get("/api/v1/interviews/{id}/recordings", this::list);
        r.get(SIGNED_PREFIX + "{id}", this::file);
    }

    private void list(Context ctx) {
        String org = ApiAuth.require(ctx, ApiScope.REPORTS_READ).orgId();
        var inv = interviews.find(org, ctx.pathParam("id")).invitation();
        var data = media.forSession(inv.sessionId()).stream().map(m -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", m.id());
            map.put("kind", JobViews.lower(m.kind()));
            map.put("turnIndex", m.turnIndex());
            map.put("mimeType", m.mimeType());
            map.put("sizeBytes", m.sizeBytes());
            map.put("durationMs", m.durationMs());
            map.put("createdAt", m.createdAt());
            map.put("url", publicUrl.orElse(ctx.scheme() + "://" + ctx.host()) + links.link(m.id()));
            map.put("urlExpiresAt", links.expiry());
            return map;
        }).toList();
        ctx.contentType("application/json").result(Json.write(Map.of("data", data)));
    }

    private void file(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        if (!links.valid(id, ctx.queryParam("expires"), ctx.queryParam("signature"))) {
            throw new ApiProblem(403, "invalid-signature", "This recording link has expired or was altered. Ask "
                    + "for fresh links with GET /api/v1/interviews/{id}/recordings (they last 15 minutes).");
        }
        var m = media.find(id).orElseThrow(() -> WebException.notFound("This recording was deleted."));
        Path file = m.path().toAbsolutePath().normalize();
        if (!file.startsWith(mediaDir) || !Files.isRegularFile(file)) {
            throw WebException.notFound("This recording was deleted.");
        }
        ctx.header("Cache-Control", "private, max-age=60");
        ctx.writeSeekableStream(Files.newInputStream(file), m.mimeType(), Files.size(file));
    }
}
