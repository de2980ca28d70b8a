package dev.aiinterview.web.http;

import dev.aiinterview.json.Json;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes RFC 9457 problem details ({@code application/problem+json}), the REST API's one error format. */
public final class Problems {

    /** The media type of a problem. */
    public static final String MEDIA_TYPE = "application/problem+json";
    /** The type URIs' common start: a type is {@code urn:aiinterview:problem:<name>}. */
    public static final String TYPE_PREFIX = "urn:aiinterview:problem:";

    /** Whether a request is one of the REST API's: its errors are problems, not pages. */
    public static boolean isApi(Context ctx) {
        return ctx.path().equals("/api/v1") || ctx.path().startsWith("/api/v1/");
    }

    /** Writes an {@link ApiProblem}. */
    public static void write(Context ctx, ApiProblem problem) {
        write(ctx, problem.status(), problem.type(), problem.getMessage(), problem.errors());
    }

    /** Writes a problem without field errors, its type named after the status (e.g. {@code not-found}). */
    public static void write(Context ctx, int status, String detail) {
        write(ctx, status, typeOf(status), detail, List.of());
    }

    private static void write(Context ctx, int status, String type, String detail, List<ApiProblem.FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + type);
        body.put("title", HttpStatus.forStatus(status).getMessage());
        body.put("status", status);
        body.put("detail", detail);
        if (!errors.isEmpty()) {
            body.put("errors", errors.stream().map(Problems::error).toList());
        }
        ctx.status(status).contentType(MEDIA_TYPE).result(Json.write(body));
    }

    private static Map<String, Object> error(ApiProblem.FieldError e) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (e.pointer() != null) {
            map.put("pointer", e.pointer());
        }
        if (e.parameter() != null) {
            map.put("parameter", e.parameter());
        }
        map.put("detail", e.detail());
        return map;
    }

    private static String typeOf(int status) {
        HttpStatus s = HttpStatus.forStatus(status);
        return s == HttpStatus.UNKNOWN ? "status-" + status
                : s.getMessage().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private Problems() {
    }
}
