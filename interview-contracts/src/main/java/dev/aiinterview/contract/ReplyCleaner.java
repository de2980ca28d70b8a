package dev.aiinterview.contract;

/**
 * Takes the JSON out of a model's reply: strips Markdown code fences and any prose before the first brace or
 * after the matching last one. Models asked for JSON still sometimes wrap it.
 */
final class ReplyCleaner {

    static String clean(String reply) {
        String s = reply.strip();
        if (s.startsWith("```")) {
            int firstNewline = s.indexOf('\n');
            s = firstNewline < 0 ? "" : s.substring(firstNewline + 1);
            int fence = s.lastIndexOf("```");
            if (fence >= 0) {
                s = s.substring(0, fence);
            }
            s = s.strip();
        }
        int start = s.indexOf('{');
        int end = s.lastIndexOf('}');
        if (start > 0 && end > start) {
            s = s.substring(start, end + 1);
        } else if (start == 0 && end > 0 && end < s.length() - 1) {
            s = s.substring(0, end + 1);
        }
        return s;
    }

    private ReplyCleaner() {
    }
}
