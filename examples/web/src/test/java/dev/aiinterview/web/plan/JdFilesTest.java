package dev.aiinterview.web.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.web.DocumentBombs;
import dev.aiinterview.web.http.WebException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Job descriptions arrive as text, Markdown, PDF or Word; the content decides, not the name. */
class JdFilesTest {

    private static final String ADVERT = "Senior Backend Engineer. You will design services in Java and run them on "
            + "Kubernetes. Requirements: 5 years of experience with PostgreSQL and Kafka.";

    @Test
    void plainTextAndMarkdownAreRead() throws IOException {
        JobDescription jd = read("advert.md", ("# Role\n\n" + ADVERT).getBytes(StandardCharsets.UTF_8));
        assertThat(jd.text()).contains("Kubernetes");
        assertThat(jd.source()).isEqualTo("advert.md");
    }

    @Test
    void aPdfIsReadWithPdfBox() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var doc = new PDDocument()) {
            var page = new PDPage();
            doc.addPage(page);
            try (var content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(40, 700);
                content.showText(ADVERT);
                content.endText();
            }
            doc.save(out);
        }
        assertThat(read("advert.pdf", out.toByteArray()).text()).contains("Kubernetes").contains("PostgreSQL");
    }

    @Test
    void aDocxIsReadWithPoi() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("Senior Backend Engineer");
            doc.createParagraph().createRun().setText(ADVERT);
            doc.write(out);
        }
        assertThat(read("advert.docx", out.toByteArray()).text()).contains("Senior Backend Engineer")
                .contains("Kafka");
    }

    @Test
    void unreadableFilesAreRefusedWithAMessageThatSaysWhatToDo() {
        byte[] oldWord = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        assertThatThrownBy(() -> read("advert.doc", oldWord)).hasMessageContaining("save it as .docx or PDF");
        assertThatThrownBy(() -> read("fake.pdf", "%PDF-1.7 garbage".getBytes()))
                .hasMessageContaining("not a readable PDF");
        assertThatThrownBy(() -> read("fake.docx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}))
                .hasMessageContaining("not a Word .docx document");
        assertThatThrownBy(() -> read("binary.txt", new byte[] {'a', 0, 'b', 0, 'c'}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("binary");
        assertThatThrownBy(() -> read("empty.txt", new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> read("huge.txt", new byte[6 * 1024 * 1024])).hasMessageContaining("larger than 5 MB");
    }

    @Test
    void aDocxThatExpandsPastTwentyFiveMillionCharactersIsRefusedAtTheCharacterLimit() {
        // given a 1-2 MB .docx that holds 26 M characters
        byte[] bomb = DocumentBombs.docx(DocumentBombs.CHARS);
        assertThat(bomb.length).isBetween(1_000_000, 2_500_000);

        // when / then
        assertThatThrownBy(() -> read("bomb.docx", bomb)).isInstanceOfSatisfying(WebException.class,
                e -> assertThat(e.status()).isEqualTo(413))
                .hasMessageContaining("holds more than 50000 characters of text")
                .hasMessageContaining("paste its text (at most 50,000 characters)");
    }

    @Test
    void aDocxWhosePartsInflateLikeAZipBombIsRefusedByPoisGuard() {
        // given XML that inflates 1,000 times: blanks only, so no text limit would ever stop it
        byte[] bomb = DocumentBombs.docxOfBlanks(40 * 1024 * 1024);

        // when / then
        assertThatThrownBy(() -> read("blanks.docx", bomb)).isInstanceOfSatisfying(WebException.class,
                e -> assertThat(e.status()).isEqualTo(413))
                .hasMessageContaining("expands to far more data than a job advert holds");
    }

    @Test
    void aPdfWhoseContentStreamsExpandPastTwentyFiveMillionCharactersIsRefusedBeforePdfBoxDecodesThem() {
        // given a 1-2 MB PDF that shows 26 M characters on one page
        byte[] bomb = DocumentBombs.pdf(DocumentBombs.CHARS, 1);
        assertThat(bomb.length).isBetween(1_000_000, 2_500_000);

        // when / then
        assertThatThrownBy(() -> read("bomb.pdf", bomb)).isInstanceOfSatisfying(WebException.class,
                e -> assertThat(e.status()).isEqualTo(413))
                .hasMessageContaining("has a part that expands to more than 16 MB")
                .hasMessageContaining("paste its text (at most 50,000 characters)");
    }

    @Test
    void aPdfBombSpreadOverManyPagesIsStoppedAtTheCharacterLimit() {
        // given 26 M characters over 20 pages: each page's stream is small enough to decode
        byte[] bomb = DocumentBombs.pdf(DocumentBombs.CHARS, 20);

        // when / then the text stops at the limit, on the first page
        assertThatThrownBy(() -> read("bomb.pdf", bomb)).isInstanceOfSatisfying(WebException.class,
                e -> assertThat(e.status()).isEqualTo(413))
                .hasMessageContaining("holds more than 50000 characters of text");
    }

    @ParameterizedTest
    @EnumSource(value = DocumentBombs.PdfFilter.class, names = {"FLATE_ABBREVIATED", "HEX_OF_FLATE",
            "FLATE_CLAIMING_IMAGE"})
    void aPdfBombIsRefusedHoweverItsFiltersAreSpelledOrChained(DocumentBombs.PdfFilter filter) {
        // given the same bomb, its streams declared with another spelling, as a chain, or as an image
        byte[] bomb = DocumentBombs.pdf(DocumentBombs.CHARS, 1, filter);
        assertThat(bomb.length).isLessThan(5_000_000);

        // when / then: PDFBox would decode each of these; so does the guard, and stops at its limit
        assertThatThrownBy(() -> read("bomb.pdf", bomb)).isInstanceOfSatisfying(WebException.class,
                e -> assertThat(e.status()).isEqualTo(413))
                .hasMessageContaining("has a part that expands to more than 16 MB");
    }

    @Test
    void aPdfWithMoreTextThanTheLimitIsStoppedWhileItsTextIsRead() {
        // given a small PDF whose pages hold 400,000 characters: under the decoded-size guard
        byte[] pdf = DocumentBombs.pdf(400_000, 4);

        // when / then
        assertThatThrownBy(() -> read("long.pdf", pdf)).isInstanceOfSatisfying(WebException.class,
                e -> assertThat(e.status()).isEqualTo(413))
                .hasMessageContaining("holds more than 50000 characters of text");
    }

    @Test
    void aPdfWithMorePagesThanAnAdvertHasIsRefused() {
        byte[] pdf = DocumentBombs.pdf(1_000, PdfText.MAX_PAGES + 1);

        assertThatThrownBy(() -> read("book.pdf", pdf)).hasMessageContaining("has 51 pages; the limit is 50");
    }

    @Test
    void aPasswordProtectedPdfIsRefusedWithAMessageThatSaysWhatToDo() throws IOException {
        // given
        var out = new ByteArrayOutputStream();
        try (var doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.protect(new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "secret",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission()));
            doc.save(out);
        }

        // when / then
        assertThatThrownBy(() -> read("locked.pdf", out.toByteArray())).isInstanceOfSatisfying(WebException.class,
                e -> assertThat(e.status()).isEqualTo(400)).hasMessageContaining("password-protected");
    }

    @Test
    void fileNamesAreReducedToASafeBaseName() {
        assertThat(JdFiles.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(JdFiles.safeName("C:\\Users\\me\\Job <1>.pdf")).isEqualTo("Job _1_.pdf");
        assertThat(JdFiles.safeName(".hidden")).isEqualTo("job-description.hidden");
        assertThat(JdFiles.isAllowedExtension("a.DOCX")).isTrue();
        assertThat(JdFiles.isAllowedExtension("a.exe")).isFalse();
    }

    private static JobDescription read(String name, byte[] bytes) throws IOException {
        return JdFiles.read(name, new ByteArrayInputStream(bytes));
    }
}
