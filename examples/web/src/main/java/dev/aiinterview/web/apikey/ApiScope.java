package dev.aiinterview.web.apikey;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What an API key may do. A key gets all of them unless it is created with fewer. */
public enum ApiScope {
    JOBS_READ("jobs:read"),
    JOBS_WRITE("jobs:write"),
    INTERVIEWS_READ("interviews:read"),
    INTERVIEWS_WRITE("interviews:write"),
    REPORTS_READ("reports:read"),
    WEBHOOKS_WRITE("webhooks:write");

    private final String id;

    ApiScope(String id) {
        this.id = id;
    }

    /** The scope as written in keys, commands and forms, e.g. {@code jobs:read}. */
    public String id() {
        return id;
    }

    /** All scopes, comma-separated, for messages. */
    public static String valid() {
        return Arrays.stream(values()).map(ApiScope::id).collect(Collectors.joining(", "));
    }

    /**
     * Reads a comma-separated list; blank means all scopes.
     *
     * @throws IllegalArgumentException for an unknown scope, naming the valid ones
     */
    public static Set<ApiScope> parse(String list) {
        if (list == null || list.isBlank()) {
            return EnumSet.allOf(ApiScope.class);
        }
        var scopes = EnumSet.noneOf(ApiScope.class);
        for (String part : list.split(",")) {
            String wanted = part.strip().toLowerCase(Locale.ROOT);
            if (wanted.isEmpty()) {
                continue;
            }
            scopes.add(Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown scope '" + part.strip()
                            + "': the valid scopes are " + valid())));
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("No scope given: the valid scopes are " + valid());
        }
        return scopes;
    }

    /** Writes scopes as a comma-separated list, in a fixed order. */
    public static String format(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(ApiScope::id).collect(Collectors.joining(","));
    }
}
