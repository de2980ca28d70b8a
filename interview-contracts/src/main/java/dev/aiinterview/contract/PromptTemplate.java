package dev.aiinterview.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt kept as a resource: a {@code ### system} section, then a {@code ### user} section, with
 * {@code {{name}}} placeholders. A file {@code _preamble.txt} beside the templates is prepended to every system
 * section: it holds the rules every contract shares (fences are data; content only).
 */
final class PromptTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
    private static final String BASE = "/dev/aiinterview/contract/prompts/";

    private final String resource;
    private final Segments system;
    private final Segments user;

    private PromptTemplate(String resource, String system, String user) {
        this.resource = resource;
        this.system = Segments.parse(system);
        this.user = Segments.parse(user);
    }

    static PromptTemplate load(String name, String version) {
        String resource = BASE + name + "." + version + ".txt";
        String text = read(resource);
        int sys = text.indexOf("### system\n");
        int usr = text.indexOf("### user\n");
        if (sys < 0 || usr < sys) {
            throw new IllegalStateException(resource + " must have a '### system' section then a '### user' section");
        }
        String preamble = read(BASE + "_preamble.txt").strip();
        String systemPart = text.substring(sys + "### system\n".length(), usr).strip();
        return new PromptTemplate(resource, preamble + "\n\n" + systemPart,
                text.substring(usr + "### user\n".length()).strip());
    }

    String renderSystem(Map<String, String> variables) {
        return render(system, variables);
    }

    String renderUser(Map<String, String> variables) {
        return render(user, variables);
    }

    private String render(Segments template, Map<String, String> variables) {
        String[] values = new String[template.names().length];
        int length = template.literalLength();
        for (int i = 0; i < values.length; i++) {
            String value = variables.get(template.names()[i]);
            if (value == null) {
                throw new IllegalStateException(resource + " uses {{" + template.names()[i]
                        + "}} but the contract gives no such variable");
            }
            values[i] = value;
            length += value.length();
        }
        var out = new StringBuilder(length);
        for (int i = 0; i < values.length; i++) {
            out.append(template.literals()[i]).append(values[i]);
        }
        return out.append(template.literals()[values.length]).toString();
    }

    /**
     * A template split once, when the contract is compiled, into the literal text around its placeholders, so
     * that rendering is copying rather than a regex pass over the whole prompt on every call.
     *
     * @param literals one more than {@code names}: the text before each placeholder, then the text after the last
     * @param names    the placeholders' variable names, in order
     */
    private record Segments(String[] literals, String[] names, int literalLength) {

        static Segments parse(String template) {
            var literals = new ArrayList<String>();
            var names = new ArrayList<String>();
            Matcher m = PLACEHOLDER.matcher(template);
            int end = 0;
            while (m.find()) {
                literals.add(template.substring(end, m.start()));
                names.add(m.group(1));
                end = m.end();
            }
            literals.add(template.substring(end));
            return new Segments(literals.toArray(String[]::new), names.toArray(String[]::new),
                    literals.stream().mapToInt(String::length).sum());
        }
    }

    private static String read(String resource) {
        try (InputStream in = PromptTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Prompt template " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
