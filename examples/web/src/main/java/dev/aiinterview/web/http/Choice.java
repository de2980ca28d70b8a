package dev.aiinterview.web.http;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One option of a select list.
 *
 * @param value    what the form sends
 * @param label    what the recruiter reads
 * @param selected whether it is the current value
 */
public record Choice(String value, String label, boolean selected) {

    /** Every constant of an enum, labelled as words, the given one selected. */
    public static <E extends Enum<E>> List<Choice> of(E[] values, E selected) {
        return Stream.of(values).map(v -> new Choice(v.name(), Format.words(v), v == selected)).toList();
    }

    /** Any list of items, with how to get each one's value and label. */
    public static <T> List<Choice> of(List<T> items, Function<T, String> value, Function<T, String> label,
                                      String selected) {
        return items.stream().map(i -> new Choice(value.apply(i), label.apply(i), value.apply(i).equals(selected)))
                .toList();
    }
}
