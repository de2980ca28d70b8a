package dev.aiinterview.api;

/**
 * How a behavioral answer covers the STAR structure. Each component is a short quote or paraphrase of where the
 * answer covers it, or {@code null} when the answer leaves it out.
 */
public record StarAssessment(String situation, String task, String action, String result) {

    /** Whether every component is present. */
    public boolean complete() {
        return present(situation) && present(task) && present(action) && present(result);
    }

    /** The names of the missing components, in STAR order. */
    public java.util.List<String> missing() {
        var missing = new java.util.ArrayList<String>();
        if (!present(situation)) missing.add("situation");
        if (!present(task)) missing.add("task");
        if (!present(action)) missing.add("action");
        if (!present(result)) missing.add("result");
        return java.util.List.copyOf(missing);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
