package dev.aiinterview.web.plan;

import dev.aiinterview.api.JobDescription;
import dev.aiinterview.core.input.JobDescriptions;
import dev.aiinterview.web.http.WebException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

/**
 * Reads an uploaded job description: plain text or Markdown (checked by the SDK's {@link JobDescriptions}), PDF
 * (Apache PDFBox) or Word .docx (Apache POI). The type is decided by the content, not the file name. Every file's
 * work is bounded: its size here, its text, time and decoded data in {@link PdfText}, {@link DocxText} and
 * {@link DocumentReaders}.
 */
public final class JdFiles {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    static JobDescription read(String fileName, InputStream content) throws IOException {
        String name = safeName(fileName);
        byte[] bytes = content.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new WebException(413, "The file " + name + " is larger than 5 MB. Upload only the job advert.");
        }
        if (bytes.length == 0) {
            throw WebException.badRequest("The file " + name + " is empty.");
        }
        if (startsWith(bytes, "%PDF")) {
            return JobDescriptions.of(pdfText(name, bytes), name);
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            return JobDescriptions.of(docxText(name, bytes), name);
        }
        if (startsWith(bytes, "\u00D0\u00CF\u0011\u00E0")) {
            throw new WebException(415, "The file " + name + " is an old Word .doc file: save it as .docx or PDF, "
                    + "or paste the text.");
        }
        // Text: let the SDK check encoding and content; it names the file in its messages.
        Path dir = Files.createTempDirectory("jd");
        Path file = dir.resolve(name);
        try {
            Files.write(file, bytes);
            return JobDescriptions.read(file);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static String pdfText(String name, byte[] bytes) {
        try {
            String text = extract(name, () -> PdfText.read(bytes, TextBudget.forJobDescription(DocumentReaders.TIME)));
            if (text.isBlank()) {
                throw WebException.badRequest("The PDF " + name + " has no text layer (a scan?). Paste the text "
                        + "instead.");
            }
            return text;
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            throw WebException.badRequest("The PDF " + name + " is password-protected. Remove the password or "
                    + "paste the text.");
        } catch (PdfText.TooLarge e) {
            throw tooMuch(name, e.getMessage());
        } catch (IOException | RuntimeException e) {
            if (e instanceof WebException w) {
                throw w;
            }
            throw new WebException(415, "The file " + name + " is not a readable PDF. Save the job advert as PDF "
                    + "again, or paste the text.");
        }
    }

    private static String docxText(String name, byte[] bytes) throws IOException {
        Path dir = Files.createTempDirectory("jd");
        Path file = dir.resolve("upload.docx");
        try {
            Files.write(file, bytes);
            return extract(name, () -> DocxText.read(file, TextBudget.forJobDescription(DocumentReaders.TIME)));
        } catch (IOException | RuntimeException e) {
            if (e instanceof WebException w) {
                throw w;
            }
            if (DocxText.isZipGuard(e)) {
                throw tooMuch(name, "expands to far more data than a job advert holds");
            }
            throw new WebException(415, "The file " + name + " is not a Word .docx document. Upload a .txt, .md, "
                    + ".pdf or .docx file, or paste the text.");
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    /** Runs an extractor within {@link DocumentReaders}' bounds; running out of them is the uploader's 4xx. */
    private static String extract(String name, Callable<String> extractor) throws IOException {
        try {
            return DocumentReaders.run(extractor);
        } catch (TextBudget.Exceeded e) {
            if (!e.timedOut()) {
                throw tooMuch(name, "holds more than " + JobDescriptions.MAX_CHARS + " characters of text");
            }
            throw slow(name);
        } catch (TimeoutException e) {
            throw slow(name);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static WebException tooMuch(String name, String what) {
        return new WebException(413, "The file " + name + " " + what + ". Upload only the job advert, or paste "
                + "its text (at most " + String.format(Locale.ROOT, "%,d", JobDescriptions.MAX_CHARS)
                + " characters).");
    }

    private static WebException slow(String name) {
        return new WebException(422, "Reading the file " + name + " took longer than "
                + DocumentReaders.TIME.toSeconds() + " seconds, so it was stopped. Upload only the job advert, or "
                + "paste its text (at most " + String.format(Locale.ROOT, "%,d", JobDescriptions.MAX_CHARS)
                + " characters).");
    }

    /** The file name alone, without any path, limited to safe characters. */
    static String safeName(String fileName) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        if (base.isEmpty() || base.startsWith(".")) {
            base = "job-description" + base;
        }
        return base.length() > 100 ? base.substring(base.length() - 100) : base;
    }

    static boolean isAllowedExtension(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".markdown") || lower.endsWith(".pdf")
                || lower.endsWith(".docx");
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private JdFiles() {
    }
}
