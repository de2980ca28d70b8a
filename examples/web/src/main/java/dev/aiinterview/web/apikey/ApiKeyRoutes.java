package dev.aiinterview.web.apikey;

import dev.aiinterview.web.http.Format;
import dev.aiinterview.web.http.WebException;
import dev.aiinterview.web.security.RecruiterPages;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /recruiter/api-keys}: the signed-in recruiter's organization's API keys. A new key is shown once, in the
 * answer to the form that created it (not stored, so a reload cannot show it again); revoking asks to confirm.
 */
public final class ApiKeyRoutes {

    /** The page: the keys, a new key just created (or {@code null}), the form's error (or {@code null}). */
    public record KeysPage(String csrf, List<Row> keys, List<ScopeChoice> scopes, String newKey, String newKeyName,
                           String error, String name, int maxName) {}

    /** One key as listed. */
    public record Row(String id, String name, String prefix, String scopes, String created, String lastUsed,
                      boolean revoked, String revokedAt) {}

    /** A scope checkbox of the form. */
    public record ScopeChoice(String id, boolean checked) {}

    private static final String PAGE = "/recruiter/api-keys";

    private final ApiKeys keys;
    private final RecruiterPages pages;

    /** Routes on these keys, rendered in the recruiter's frame. */
    public ApiKeyRoutes(ApiKeys keys, RecruiterPages pages) {
        this.keys = keys;
        this.pages = pages;
    }

    /** Adds the routes. */
    public void register(JavalinConfig config) {
        config.routes.get(PAGE, ctx -> render(ctx, null, null, "", EnumSet.allOf(ApiScope.class)));
        config.routes.post(PAGE, this::create);
        config.routes.post(PAGE + "/{id}/revoke", this::revoke);
    }

    private void create(Context ctx) {
        String name = ctx.formParam("name") == null ? "" : ctx.formParam("name").strip();
        Set<ApiScope> wanted;
        try {
            if (ctx.formParams("scope").isEmpty()) {
                throw new IllegalArgumentException("Tick at least one scope: " + ApiScope.valid());
            }
            wanted = ApiScope.parse(String.join(",", ctx.formParams("scope")));
            var created = keys.create(pages.orgId(ctx), name, wanted);
            // The key is in this answer only: nothing may keep a copy of it.
            ctx.header("Cache-Control", "no-store");
            render(ctx, created.key(), null, "", EnumSet.allOf(ApiScope.class), created.stored().name());
        } catch (IllegalArgumentException e) {
            ctx.status(HttpStatus.BAD_REQUEST);
            render(ctx, null, e.getMessage(), name, EnumSet.allOf(ApiScope.class));
        }
    }

    private void revoke(Context ctx) {
        if (!keys.revoke(pages.orgId(ctx), ctx.pathParam("id"))) {
            throw new WebException(404, "There is no such API key in your organization.");
        }
        pages.notice(ctx, "The key was revoked: requests with it are refused from now on.");
        ctx.redirect(PAGE, HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, String newKey, String error, String name, Set<ApiScope> checked) {
        render(ctx, newKey, error, name, checked, null);
    }

    private void render(Context ctx, String newKey, String error, String name, Set<ApiScope> checked,
                        String newKeyName) {
        List<Row> rows = keys.list(pages.orgId(ctx)).stream().map(k -> new Row(k.id(), k.name(),
                ApiKeys.PREFIX + k.prefix(), k.scopeList().replace(",", ", "), Format.when(k.createdAt()),
                k.lastUsedAt() == null ? "Never" : Format.when(k.lastUsedAt()), k.revoked(),
                k.revoked() ? Format.when(k.revokedAt()) : "")).toList();
        List<ScopeChoice> scopes = Arrays.stream(ApiScope.values())
                .map(s -> new ScopeChoice(s.id(), checked.contains(s))).toList();
        pages.render(ctx, "apikey/keys.jte", "API keys", "api-keys", new KeysPage(RecruiterPages.csrf(ctx), rows,
                scopes, newKey, newKeyName, error, name, ApiKeys.MAX_NAME));
    }
}
