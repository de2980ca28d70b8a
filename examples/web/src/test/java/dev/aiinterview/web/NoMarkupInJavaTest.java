package dev.aiinterview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages are templates in {@code src/main/jte}, where every value is escaped: markup written in Java would bypass
 * that. This keeps HTML tags out of the string literals of the app's Java sources.
 */
class NoMarkupInJavaTest {

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9-]*[\\s>/]");

    @Test
    void noStringLiteralInTheMainSourcesHoldsAnHtmlTag() throws IOException {
        // given
        Path sources = Path.of("src/main/java");
        List<String> found = new ArrayList<>();

        // when
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String literal : stringLiterals(Files.readString(file))) {
                    if (TAG.matcher(literal).find()) {
                        found.add(sources.relativize(file) + ": \"" + literal + "\"");
                    }
                }
            }
        }

        // then
        assertThat(found).as("HTML belongs in a template of src/main/jte").isEmpty();
    }

    @Test
    void theScanFindsATagInAStringAndIgnoresCommentsAndCharacters() {
        // given
        String source = "/* <b>doc</b> */ // <i>note</i>\nchar c = '<'; String a = \"<p class=\\\"x\\\">\";"
                + " String b = \"a < b\"; String t = \"\"\"\n  <div>\n  \"\"\";";

        // when
        List<String> literals = stringLiterals(source);

        // then
        assertThat(literals).containsExactly("<p class=\\\"x\\\">", "a < b", "\n  <div>\n  ");
        assertThat(literals.stream().filter(l -> TAG.matcher(l).find())).hasSize(2);
    }

    /** The contents of the string literals and text blocks of a Java source, comments and chars skipped. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end + 1;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literals.add(source.substring(i + 1, j));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }
}
