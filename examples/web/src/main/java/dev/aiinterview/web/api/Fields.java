package dev.aiinterview.web.api;

import dev.aiinterview.web.http.ApiProblem;
import dev.aiinterview.web.http.ApiProblem.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Range checks of request fields, collected so that one answer names every field to fix. */
final class Fields {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{1,63}");
    private final List<FieldError> errors = new ArrayList<>();

    /** A string of {@code min} to {@code max} characters once stripped; null stays null unless required. */
    String text(String pointer, String value, boolean required, int min, int max) {
        if (value == null) {
            if (required) {
                errors.add(FieldError.at(pointer, "Required: give a string of " + min + " to " + max + " characters."));
            }
            return null;
        }
        String clean = value.strip();
        if (clean.length() < min || clean.length() > max) {
            errors.add(FieldError.at(pointer, "Give " + min + " to " + max + " characters (this has "
                    + clean.length() + ")."));
        }
        return clean;
    }

    /** An integer from {@code min} to {@code max}, or null. */
    Integer number(String pointer, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            errors.add(FieldError.at(pointer, "Give a whole number from " + min + " to " + max + "."));
        }
        return value;
    }

    /** An email address (a plain check: one @, a dot in the domain), or null. */
    String email(String pointer, String value) {
        String clean = text(pointer, value, false, 3, 320);
        if (clean != null && !EMAIL.matcher(clean).matches()) {
            errors.add(FieldError.at(pointer, "Give an email address such as ada@example.com."));
        }
        return clean;
    }

    /** One of an enum's values, written in lower case (e.g. {@code technical}), or null. */
    <E extends Enum<E>> E choice(String pointer, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.at(pointer, "Give one of: " + Arrays.stream(type.getEnumConstants())
                    .map(JobViews::lower).collect(Collectors.joining(", ")) + "."));
            return null;
        }
    }

    /** A required value that is missing. */
    void required(String pointer, Object value, String what) {
        if (value == null) {
            errors.add(FieldError.at(pointer, "Required: give " + what + "."));
        }
    }

    /** Throws one 400 naming every field in error, if any. */
    void check() {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }
}
