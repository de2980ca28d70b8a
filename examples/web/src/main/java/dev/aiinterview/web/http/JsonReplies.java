package dev.aiinterview.web.http;

import dev.aiinterview.json.Json;
import io.javalin.http.Context;

/** JSON answers, written with the SDK's one JSON configuration, for every feature that serves JSON. */
public final class JsonReplies {

    /** Sends {@code body} as the response, as {@code application/json}. */
    public static void json(Context ctx, Object body) {
        ctx.contentType("application/json").result(Json.write(body));
    }

    private JsonReplies() {
    }
}
