package dev.aiinterview.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A contract's prompt template as raw text with its {@code {{name}}} placeholders, read from the SDK's resources
 * the way the SDK reads it (shared preamble, then the system section; the user section), so that LangChain4j
 * renders the very same template. The benchmark's set-up checks the rendered texts are equal.
 */
record SdkTemplate(String system, String user) {

    private static final String BASE = "/dev/aiinterview/contract/prompts/";

    static SdkTemplate load(String name, String version) {
        String text = read(BASE + name + "." + version + ".txt");
        int sys = text.indexOf("### system\n");
        int usr = text.indexOf("### user\n");
        String preamble = read(BASE + "_preamble.txt").strip();
        return new SdkTemplate(preamble + "\n\n" + text.substring(sys + "### system\n".length(), usr).strip(),
                text.substring(usr + "### user\n".length()).strip());
    }

    private static String read(String resource) {
        try (InputStream in = SdkTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
