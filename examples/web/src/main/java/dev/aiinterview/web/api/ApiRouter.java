package dev.aiinterview.web.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Registers the API's routes on Javalin; every POST honours {@code Idempotency-Key}. Knows which methods each
 * path answers, for the 405 of a method it does not.
 */
final class ApiRouter {

    private final JavalinConfig config;
    private final Idempotency idempotency;
    private final Map<Pattern, Set<String>> methods = new ConcurrentHashMap<>();

    /** The methods registered for paths like this one (e.g. {@code GET, PATCH}); empty for an unknown path. */
    Set<String> allowed(String path) {
        var allowed = new TreeSet<String>();
        methods.forEach((pattern, m) -> {
            if (pattern.matcher(path).matches()) {
                allowed.addAll(m);
            }
        });
        return allowed;
    }

    private void record(String method, String path) {
        var pattern = Pattern.compile("\\Q" + path.replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E");
        methods.computeIfAbsent(pattern, p -> ConcurrentHashMap.newKeySet()).add(method);
    }

    ApiRouter(JavalinConfig config, Idempotency idempotency) {
        this.config = config;
        this.idempotency = idempotency;
    }

    void get(String path, Handler handler) {
        record("GET", path);
        config.routes.get(path, handler);
    }

    void post(String path, Handler handler) {
        record("POST", path);
        config.routes.post(path, idempotency.wrap(handler));
    }

    void patch(String path, Handler handler) {
        record("PATCH", path);
        config.routes.patch(path, handler);
    }

    void delete(String path, Handler handler) {
        record("DELETE", path);
        config.routes.delete(path, handler);
    }
}
