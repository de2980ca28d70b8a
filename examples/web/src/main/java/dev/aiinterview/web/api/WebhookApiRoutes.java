package dev.aiinterview.web.api;

import dev.aiinterview.json.Json;
import dev.aiinterview.web.apikey.ApiScope;
import dev.aiinterview.web.http.ApiProblem;
import dev.aiinterview.web.http.ApiProblem.FieldError;
import dev.aiinterview.web.http.WebException;
import dev.aiinterview.web.webhook.WebhookEvent;
import dev.aiinterview.web.webhook.Webhooks;
import io.javalin.http.Context;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/v1/webhooks}: an organization's subscriptions to events, on the same service as the recruiter's
 * webhook page. The signing secret is in the answer that creates a subscription, and nowhere after.
 */
final class WebhookApiRoutes {

    record CreateWebhook(String url, List<String> events) {}

    private static final String NOT_FOUND = "There is no such webhook subscription in your organization; "
            + "GET /api/v1/webhooks lists them.";

    private final Webhooks webhooks;

    WebhookApiRoutes(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    void register(ApiRouter r) {
        r.post("/api/v1/webhooks", this::create);
        r.get("/api/v1/webhooks", this::list);
        r.delete("/api/v1/webhooks/{webhookId}", ctx -> {
            String org = ApiAuth.require(ctx, ApiScope.WEBHOOKS_WRITE).orgId();
            if (!webhooks.delete(org, ctx.pathParam("webhookId"))) {
                throw WebException.notFound(NOT_FOUND);
            }
            ctx.status(204);
        });
        r.post("/api/v1/webhooks/{webhookId}/test", ctx -> {
            String org = ApiAuth.require(ctx, ApiScope.WEBHOOKS_WRITE).orgId();
            String delivery = webhooks.sendTest(org, ctx.pathParam("webhookId"))
                    .orElseThrow(() -> WebException.notFound(NOT_FOUND));
            ctx.status(202).contentType("application/json").result(Json.write(Map.of("deliveryId", delivery)));
        });
    }

    private void create(Context ctx) {
        String org = ApiAuth.require(ctx, ApiScope.WEBHOOKS_WRITE).orgId();
        CreateWebhook body = ApiJson.read(ctx, CreateWebhook.class);
        var fields = new Fields();
        fields.text("/url", body.url(), true, 1, 2000);
        fields.check();
        Set<String> events = new LinkedHashSet<>(body.events() == null ? List.of() : body.events());
        if (body.events() != null && events.size() < body.events().size()) {
            throw ApiProblem.invalid(List.of(FieldError.at("/events", "Name each event once: " + body.events())));
        }
        try {
            WebhookEvent.parse(events);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(List.of(FieldError.at("/events", e.getMessage())));
        }
        Webhooks.NewEndpoint created;
        try {
            created = webhooks.create(org, body.url().strip(), events);
        } catch (Webhooks.LimitReachedException e) {
            // Counted under the organization's lock, so this holds for requests racing each other too.
            throw new ApiProblem(409, "too-many-webhooks", "An organization has at most " + Webhooks.MAX_ENDPOINTS
                    + " webhook subscriptions: DELETE /api/v1/webhooks/{id} one you no longer use first.");
        } catch (IllegalArgumentException e) {
            // The events were checked above: what is left is the address.
            throw ApiProblem.invalid(List.of(FieldError.at("/url", e.getMessage())));
        }
        Map<String, Object> reply = view(created.endpoint());
        reply.put("secret", created.secret());
        // The secret is in this answer only.
        ctx.header("Cache-Control", "no-store");
        ctx.header("Location", "/api/v1/webhooks/" + created.endpoint().id());
        ctx.status(201).contentType("application/json").result(Json.write(reply));
    }

    private void list(Context ctx) {
        String org = ApiAuth.require(ctx, ApiScope.WEBHOOKS_WRITE).orgId();
        Paging.Request page = Paging.request(ctx, Set.of());
        // At most MAX_ENDPOINTS per organization: paged here, in the order and with the cursor of every list.
        List<Webhooks.Endpoint> fetched = webhooks.list(org).stream()
                .sorted(Comparator.comparing(Webhooks.Endpoint::createdAt).thenComparing(Webhooks.Endpoint::id)
                        .reversed())
                .filter(e -> page.afterAt() == null || e.createdAt().isBefore(page.afterAt())
                        || (e.createdAt().equals(page.afterAt()) && e.id().compareTo(page.afterId()) < 0))
                .limit(page.limit() + 1L)
                .toList();
        ctx.contentType("application/json").result(Json.write(Paging.reply(fetched, page.limit(),
                WebhookApiRoutes::view, Webhooks.Endpoint::createdAt, Webhooks.Endpoint::id)));
    }

    private static Map<String, Object> view(Webhooks.Endpoint endpoint) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", endpoint.id());
        map.put("url", endpoint.url());
        map.put("events", endpoint.events().stream().map(WebhookEvent::type).sorted().toList());
        map.put("createdAt", endpoint.createdAt());
        return map;
    }
}
