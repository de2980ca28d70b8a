package dev.aiinterview.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.core.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobDescriptionsTest {

    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws Exception {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void aUtf8MarkdownFileIsReadWithItsNameAsSource() throws Exception {
        var jd = JobDescriptions.read(file("jd.md", ("\uFEFF" + Fixtures.JD).getBytes(StandardCharsets.UTF_8)));

        assertThat(jd.text()).startsWith("# Senior Backend Engineer");
        assertThat(jd.source()).isEqualTo("jd.md");
    }

    @Test
    void anEmptyFileIsRejectedWithTheFix() throws Exception {
        assertThatThrownBy(() -> JobDescriptions.read(file("empty.txt", "  \n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is empty");
    }

    @Test
    void aTwoMegabyteFileIsRejectedBeforeItIsRead() throws Exception {
        byte[] big = "Senior engineer wanted. ".repeat(90_000).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> JobDescriptions.read(file("big.txt", big)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("limit is 50000 characters");
    }

    @Test
    void aBinaryFileIsRejected() throws Exception {
        assertThatThrownBy(() -> JobDescriptions.read(file("jd.bin", new byte[] {1, 2, 0, 4, 5})))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("binary file");
    }

    @Test
    void aPdfIsRejectedWithHowToConvertIt() throws Exception {
        assertThatThrownBy(() -> JobDescriptions.read(file("jd.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("save it as a .txt or .md file");
    }

    @Test
    void latin1TextIsRejectedAsNotUtf8() throws Exception {
        byte[] latin1 = ("Ing\u00e9nieur backend confirm\u00e9, cinq ans d'exp\u00e9rience minimum requis.")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> JobDescriptions.read(file("jd.txt", latin1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not UTF-8").hasMessageContaining("iconv");
    }

    @Test
    void aMissingFileNamesThePath() {
        assertThatThrownBy(() -> JobDescriptions.read(dir.resolve("nope.md")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not exist");
    }
}
