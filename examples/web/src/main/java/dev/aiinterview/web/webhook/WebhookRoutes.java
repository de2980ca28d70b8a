package dev.aiinterview.web.webhook;

import dev.aiinterview.web.http.Format;
import dev.aiinterview.web.http.WebException;
import dev.aiinterview.web.security.RecruiterPages;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /recruiter/webhooks}: the signed-in recruiter's organization's endpoints (add, delete, send a test) and
 * its recent deliveries, each failed or delivered one sendable again. A new endpoint's secret is shown once, in
 * the answer to the form that created it. Another organization's ids answer 404.
 */
public final class WebhookRoutes {

    /** The page: endpoints, recent deliveries, a secret just created (or null), the form's error (or null). */
    public record WebhooksPage(String csrf, List<EndpointRow> endpoints, List<DeliveryRow> deliveries,
                               List<EventChoice> events, String newSecret, String newUrl, String error, String url,
                               int maxUrl) {}

    /** One endpoint as listed. */
    public record EndpointRow(String id, String url, String events, String created) {}

    /** One delivery as listed; {@code resendable} for delivered and failed ones. */
    public record DeliveryRow(String id, String type, String messageId, String interviewId, String url,
                              String status, int attempts, String lastResult, String lastAttempt, String next,
                              boolean resendable) {}

    /** An event checkbox of the form. */
    public record EventChoice(String type, boolean checked) {}

    static final String PAGE = "/recruiter/webhooks";
    private static final int RECENT = 100;

    private final Webhooks webhooks;
    private final RecruiterPages pages;

    /** Routes on these webhooks, rendered in the recruiter's frame. */
    public WebhookRoutes(Webhooks webhooks, RecruiterPages pages) {
        this.webhooks = webhooks;
        this.pages = pages;
    }

    /** Adds the routes. */
    public void register(JavalinConfig config) {
        config.routes.get(PAGE, ctx -> render(ctx, null, null, null, "", WebhookEvent.subscribable().stream()
                .map(WebhookEvent::type).collect(Collectors.toSet())));
        config.routes.post(PAGE, this::create);
        config.routes.post(PAGE + "/{id}/delete", this::delete);
        config.routes.post(PAGE + "/{id}/test", this::test);
        config.routes.post(PAGE + "/deliveries/{id}/resend", this::resend);
    }

    private void create(Context ctx) {
        String url = ctx.formParam("url") == null ? "" : ctx.formParam("url").strip();
        Set<String> events = new HashSet<>(ctx.formParams("event"));
        try {
            var created = webhooks.create(pages.orgId(ctx), url, events);
            // The secret is in this answer only: nothing may keep a copy of it.
            ctx.header("Cache-Control", "no-store");
            render(ctx, created.secret(), created.endpoint().url(), null, "", events);
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, null, null, e.getMessage(), url.length() > EndpointUrl.MAX_LENGTH ? "" : url, events);
        }
    }

    private void delete(Context ctx) {
        if (!webhooks.delete(pages.orgId(ctx), ctx.pathParam("id"))) {
            throw notFound();
        }
        pages.notice(ctx, "The endpoint was deleted: it receives no more events.");
        ctx.redirect(PAGE, HttpStatus.SEE_OTHER);
    }

    private void test(Context ctx) {
        webhooks.sendTest(pages.orgId(ctx), ctx.pathParam("id")).orElseThrow(WebhookRoutes::notFound);
        pages.notice(ctx, "A webhook.test event is on its way; its delivery is listed below.");
        ctx.redirect(PAGE, HttpStatus.SEE_OTHER);
    }

    private void resend(Context ctx) {
        String orgId = pages.orgId(ctx);
        var delivery = webhooks.delivery(orgId, ctx.pathParam("id")).orElseThrow(() ->
                new WebException(404, "There is no such delivery in your organization."));
        if (!webhooks.resend(orgId, delivery.id())) {
            pages.notice(ctx, "That delivery is still being sent; it was left as it is.");
        } else {
            pages.notice(ctx, "The " + delivery.type() + " event is being sent again, with the same webhook-id.");
        }
        ctx.redirect(PAGE, HttpStatus.SEE_OTHER);
    }

    private static WebException notFound() {
        return new WebException(404, "There is no such webhook endpoint in your organization.");
    }

    private void render(Context ctx, String newSecret, String newUrl, String error, String url, Set<String> checked) {
        String orgId = pages.orgId(ctx);
        List<EndpointRow> endpoints = webhooks.list(orgId).stream().map(e -> new EndpointRow(e.id(), e.url(),
                e.events().stream().sorted().map(WebhookEvent::type).collect(Collectors.joining(", ")),
                Format.when(e.createdAt()))).toList();
        List<DeliveryRow> deliveries = webhooks.deliveries(orgId, RECENT).stream().map(d -> new DeliveryRow(d.id(),
                d.type(), d.messageId(), d.interviewId() == null ? "" : d.interviewId(), d.url(), d.status(),
                d.attempts(), lastResult(d), d.lastAttemptAt() == null ? "Not yet" : Format.when(d.lastAttemptAt()),
                d.status().equals(Outbox.PENDING) ? Format.when(d.nextAttemptAt()) : "",
                !d.status().equals(Outbox.PENDING))).toList();
        List<EventChoice> events = WebhookEvent.subscribable().stream()
                .map(e -> new EventChoice(e.type(), checked.contains(e.type()))).toList();
        pages.render(ctx, "webhook/webhooks.jte", "Webhooks", "webhooks", new WebhooksPage(RecruiterPages.csrf(ctx),
                endpoints, deliveries, events, newSecret, newUrl, error, url, EndpointUrl.MAX_LENGTH));
    }

    private static String lastResult(Webhooks.Delivery d) {
        if (d.lastError() != null) {
            return d.lastError();
        }
        return d.lastStatusCode() == null ? "" : "HTTP " + d.lastStatusCode();
    }
}
