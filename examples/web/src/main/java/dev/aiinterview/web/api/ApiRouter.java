package dev.aiinterview.web.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;

/** Registers the API's routes on Javalin; every POST honours {@code Idempotency-Key}. */
final class ApiRouter {

    private final JavalinConfig config;
    private final Idempotency idempotency;

    ApiRouter(JavalinConfig config, Idempotency idempotency) {
        this.config = config;
        this.idempotency = idempotency;
    }

    void get(String path, Handler handler) {
        config.routes.get(path, handler);
    }

    void post(String path, Handler handler) {
        config.routes.post(path, idempotency.wrap(handler));
    }

    void patch(String path, Handler handler) {
        config.routes.patch(path, handler);
    }

    void delete(String path, Handler handler) {
        config.routes.delete(path, handler);
    }
}
