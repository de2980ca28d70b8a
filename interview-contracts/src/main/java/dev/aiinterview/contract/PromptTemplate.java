package dev.aiinterview.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    private final String system;
    private final String user;

    private PromptTemplate(String resource, String system, String user) {
        this.resource = resource;
        this.system = system;
        this.user = user;
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

    private String render(String template, Map<String, String> variables) {
        Matcher m = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (m.find()) {
            String value = variables.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(resource + " uses {{" + m.group(1) + "}} but the contract gives no such variable");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
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
