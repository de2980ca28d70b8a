package dev.aiinterview.web.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats dates and enum constants the same way on every page. */
public final class Format {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** Date and time in UTC, or "" for none. */
    public static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** The day in UTC, or "" for none. */
    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** An enum constant as words: {@code NICE_TO_HAVE} -> "Nice to have". */
    public static String words(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String s = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The lower-case name of a constant, as used in CSS class names such as {@code r-good}. */
    public static String css(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private Format() {
    }
}
