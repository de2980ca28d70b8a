package dev.aiinterview.web.webhook;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The events an endpoint can subscribe to, by their wire names; {@link #TEST} is sent on request only. */
public enum WebhookEvent {
    /** The candidate consented to the notice: the interview began. */
    INTERVIEW_STARTED("interview.started"),
    /** The session completed: every question answered. */
    INTERVIEW_COMPLETED("interview.completed"),
    /** The session's report was written. */
    REPORT_READY("report.ready"),
    /** The candidate declined the interview on the notice page. */
    INTERVIEW_DECLINED("interview.declined"),
    /** The link expired unused or unfinished. */
    INTERVIEW_EXPIRED("interview.expired"),
    /** A test sent from the recruiter page or the API to one endpoint. */
    TEST("webhook.test");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    /** The name on the wire, e.g. {@code report.ready}. */
    public String type() {
        return type;
    }

    /** The events an endpoint may subscribe to. */
    public static Set<WebhookEvent> subscribable() {
        return EnumSet.complementOf(EnumSet.of(TEST));
    }

    /** The subscribable names, comma separated, for error messages. */
    public static String valid() {
        return subscribable().stream().map(WebhookEvent::type).collect(Collectors.joining(", "));
    }

    /**
     * The events of these names.
     *
     * @throws IllegalArgumentException for none, or a name that is not a subscribable event, naming the valid ones
     */
    public static Set<WebhookEvent> parse(Set<String> names) {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("Subscribe to at least one event: " + valid());
        }
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        for (String name : names) {
            String wanted = name == null ? "" : name.strip();
            events.add(Arrays.stream(values()).filter(e -> e != TEST && e.type.equals(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown event '" + abbreviate(wanted)
                            + "': the events are " + valid())));
        }
        return events;
    }

    /** Events as stored: their names, comma separated. */
    static String format(Set<WebhookEvent> events) {
        return events.stream().sorted().map(WebhookEvent::type).collect(Collectors.joining(","));
    }

    /** Events as stored, read back. */
    static Set<WebhookEvent> read(String stored) {
        return parse(Set.of(stored.split(",")));
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
