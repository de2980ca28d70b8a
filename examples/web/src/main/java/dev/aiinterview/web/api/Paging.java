package dev.aiinterview.web.api;

import dev.aiinterview.web.http.ApiProblem;
import dev.aiinterview.web.http.ApiProblem.FieldError;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Cursor pagination: {@code limit} (1 to 200, default 50) and an opaque {@code cursor} that names the last item
 * of the previous page by its (created_at, id), so that items added meanwhile never shift a page.
 */
final class Paging {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    /** Where a page starts: after the item ({@code afterAt}, {@code afterId}); both null for the first page. */
    record Request(int limit, Instant afterAt, String afterId) {}

    /**
     * The page asked for; refuses query parameters other than {@code limit}, {@code cursor} and {@code allowed},
     * naming the accepted ones.
     */
    static Request request(Context ctx, Set<String> allowed) {
        var errors = new ArrayList<FieldError>();
        for (String name : ctx.queryParamMap().keySet()) {
            if (!name.equals("limit") && !name.equals("cursor") && !allowed.contains(name)) {
                var accepted = new ArrayList<>(List.of("limit", "cursor"));
                accepted.addAll(allowed);
                errors.add(FieldError.param(name, "Unknown query parameter '" + name + "'; the accepted ones are: "
                        + String.join(", ", accepted) + "."));
            }
        }
        int limit = DEFAULT_LIMIT;
        String limitParam = ctx.queryParam("limit");
        if (limitParam != null) {
            try {
                limit = Integer.parseInt(limitParam);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                errors.add(FieldError.param("limit", "Give limit as a whole number from 1 to " + MAX_LIMIT + "."));
            }
        }
        Instant afterAt = null;
        String afterId = null;
        String cursor = ctx.queryParam("cursor");
        if (cursor != null) {
            String[] parts = decode(cursor);
            if (parts == null) {
                errors.add(FieldError.param("cursor", "This cursor was not given by this API (or was altered). "
                        + "Pass nextCursor from the previous page as it is, or leave cursor out for the first page."));
            } else {
                afterAt = Instant.parse(parts[0]);
                afterId = parts[1];
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new Request(limit, afterAt, afterId);
    }

    /**
     * The reply {@code {data, nextCursor}} for items fetched with {@code limit + 1}: the extra item only tells
     * that there is a next page.
     */
    static <T> Map<String, Object> reply(List<T> fetched, int limit, Function<T, Object> view,
                                         Function<T, Instant> createdAt, Function<T, String> id) {
        List<T> page = fetched.size() > limit ? fetched.subList(0, limit) : fetched;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", page.stream().map(view).toList());
        String next = null;
        if (fetched.size() > limit) {
            T last = page.get(page.size() - 1);
            next = Base64.getUrlEncoder().withoutPadding().encodeToString((createdAt.apply(last) + "|" + id.apply(last))
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.put("nextCursor", next);
        return body;
    }

    private static String[] decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 2 || !ID.matcher(parts[1]).matches()) {
                return null;
            }
            Instant.parse(parts[0]);
            return parts;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }

    private Paging() {
    }
}
