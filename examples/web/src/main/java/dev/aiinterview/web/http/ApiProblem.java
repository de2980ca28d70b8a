package dev.aiinterview.web.http;

import java.util.List;

/**
 * A request the REST API refuses, answered as RFC 9457 problem details: a status, a short {@code type} name, a
 * detail that names the fix, and for field errors one entry per field with its JSON pointer (or query parameter).
 */
public final class ApiProblem extends WebException {

    /** One field's error: {@code pointer} into the body (e.g. {@code /candidate/name}) or a query parameter. */
    public record FieldError(String pointer, String parameter, String detail) {

        /** An error of a body field. */
        public static FieldError at(String pointer, String detail) {
            return new FieldError(pointer, null, detail);
        }

        /** An error of a query parameter. */
        public static FieldError param(String name, String detail) {
            return new FieldError(null, name, detail);
        }
    }

    private final String type;
    private final transient List<FieldError> errors;

    public ApiProblem(int status, String type, String detail, List<FieldError> errors) {
        super(status, detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ApiProblem(int status, String type, String detail) {
        this(status, type, detail, List.of());
    }

    /** A 400 for fields, with a detail that sums them up. */
    public static ApiProblem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).detail()
                : "The request has " + errors.size() + " invalid fields; see errors.";
        return new ApiProblem(400, "invalid-request", detail, errors);
    }

    /** The problem's short type name, e.g. {@code invalid-request}, made into a type URI by {@link Problems}. */
    public String type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
