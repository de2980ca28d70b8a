package dev.aiinterview.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.web.DocumentBombs;
import dev.aiinterview.web.Multipart;
import dev.aiinterview.web.Recruiter;
import dev.aiinterview.web.ServerLog;
import dev.aiinterview.web.TestApp;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every job description upload a recruiter gets wrong is a 4xx whose message says what to do instead, and leaves no
 * stack trace in the log.
 */
class JdUploadLimitsTest {

    static TestApp app;
    static Recruiter recruiter;
    ServerLog log;

    @BeforeAll
    static void start() {
        app = TestApp.start(Map.of());
        recruiter = app.recruiter();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void watchTheLog() {
        log = ServerLog.start();
    }

    @AfterEach
    void theLogHoldsNoStackTrace() {
        log.close();
        assertThat(log.hasStackTrace()).as("a stack trace in the log:%n%s", log.text()).isFalse();
    }

    @Test
    void aThreeMegabyteTextFieldIsRefusedWithTheCharacterLimit() {
        HttpResponse<String> r = send(form().field("text", "Backend engineer. ".repeat(170_000)));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).contains("at most 50,000 characters");
    }

    @Test
    void aNulByteInTheFileNameIsAskedToBeRenamed() {
        HttpResponse<String> r = send(form().file("file", "advert\u0000.txt", "text/plain", advert()));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("Rename the file and upload it again");
    }

    @Test
    void aTwelveMegabyteFileIs413WithTheLimitInTheMessage() {
        HttpResponse<String> r = send(form().file("file", "huge.pdf", "application/pdf", new byte[12 * 1024 * 1024]));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
        assertThat(r.body()).contains("larger than 5 MB").contains("paste its text");
    }

    @Test
    void aFileOfAnotherTypeIs415() {
        HttpResponse<String> r = send(form().file("file", "advert.exe", "application/octet-stream", advert()));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(415);
        assertThat(r.body()).contains("as .txt, .md, .pdf or .docx, or paste");
    }

    @Test
    void garbageNamedPdfOrDocxIs415() {
        HttpResponse<String> pdf = send(form().file("file", "a.pdf", "application/pdf", "%PDF-1.7 junk".getBytes()));
        HttpResponse<String> docx = send(form().file("file", "a.docx", "application/octet-stream",
                new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9}));

        assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(415);
        assertThat(pdf.body()).contains("not a readable PDF");
        assertThat(docx.statusCode()).as(docx.body()).isEqualTo(415);
        assertThat(docx.body()).contains("not a Word .docx document");
    }

    @Test
    void anEmptyFileWithNoTextIsAskedForTheText() {
        HttpResponse<String> r = send(form().file("file", "empty.txt", "text/plain", new byte[0]));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("is empty");
    }

    @Test
    void docxAndPdfBombsAreRefusedWith413() {
        HttpResponse<String> docx = send(form().file("file", "bomb.docx", "application/octet-stream",
                DocumentBombs.docx(DocumentBombs.CHARS)));
        HttpResponse<String> pdf = send(form().file("file", "bomb.pdf", "application/pdf",
                DocumentBombs.pdf(DocumentBombs.CHARS, 20)));

        assertThat(docx.statusCode()).as(docx.body()).isEqualTo(413);
        assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(413);
        assertThat(docx.body() + pdf.body()).doesNotContain("Something went wrong");
    }

    private static Multipart form() {
        return new Multipart().field("_csrf", recruiter.csrf);
    }

    private static HttpResponse<String> send(Multipart form) {
        return recruiter.http.send(form.post(recruiter.http.request("/recruiter/plans")));
    }

    private static byte[] advert() {
        return dev.aiinterview.web.TestMedia.jobDescription().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
