package dev.aiinterview.core.contract;

import dev.aiinterview.contract.*;
import dev.aiinterview.core.llm.ContractRunner;
import dev.aiinterview.core.llm.ContractResult;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares text with a committed golden file under {@code src/test/resources/golden}. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the files after an intended change, then review the diff.
 */
final class Golden {

    private static final Path ROOT = Path.of("src/test/resources/golden");

    static void assertMatches(String relativePath, String actual) throws IOException {
        Path file = ROOT.resolve(relativePath);
        if (Boolean.getBoolean("golden.update") || !Files.exists(file) && Boolean.getBoolean("golden.create")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s is missing: run with -Dgolden.update=true to create it", file).exists();
        assertThat(actual)
                .as("%s changed; if intended, run with -Dgolden.update=true, bump the contract version if the "
                        + "meaning changed, and review the diff", file)
                .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    private Golden() {
    }
}
