package dev.aiinterview.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small documents that expand to far more text than a job advert: a .docx and a PDF of 1-2 MB each that hold more
 * than 25 million characters, built here so that no such file has to live in the repository. The text varies a
 * little (lines drawn at random from a few hundred), as a real long document does, so it compresses like one rather than like a single
 * repeated byte.
 */
public final class DocumentBombs {

    /** Characters of text each bomb holds, at least. */
    public static final long CHARS = 26_000_000;

    /** A Word .docx whose one document part holds {@code chars} characters of text in short paragraphs. */
    public static byte[] docx(long chars) {
        try {
            var out = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(out)) {
                zip.setLevel(Deflater.BEST_COMPRESSION);
                entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                        + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                        + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default "
                        + "Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
                        + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main"
                        + "+xml\"/></Types>");
                entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                        + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                        + "Target=\"word/document.xml\"/></Relationships>");
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                        + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
                lines(chars, line -> write(zip, "<w:p><w:r><w:t>" + line + "</w:t></w:r></w:p>"));
                write(zip, "</w:body></w:document>");
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Word .docx whose document part is {@code bytes} of blanks: no text at all, but a huge inflation ratio. */
    public static byte[] docxOfBlanks(int bytes) {
        try {
            var out = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(out)) {
                entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\""
                        + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                        + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default "
                        + "Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
                entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\""
                        + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                        + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                        + "Target=\"word/document.xml\"/></Relationships>");
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                write(zip, "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
                byte[] blanks = new byte[64 * 1024];
                java.util.Arrays.fill(blanks, (byte) ' ');
                for (int i = 0; i < bytes / blanks.length; i++) {
                    zip.write(blanks);
                }
                write(zip, "</w:document>");
                zip.closeEntry();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF of {@code pages} pages whose Flate-compressed content streams together show {@code chars} characters,
     * written directly (PDFBox would lay out every glyph to write it).
     */
    public static byte[] pdf(long chars, int pages) {
        return pdf(chars, pages, PdfFilter.FLATE);
    }

    /** How the content streams of {@link #pdf(long, int, PdfFilter)} are encoded, and what they declare. */
    public enum PdfFilter {
        FLATE("/Filter /FlateDecode"),
        /** The abbreviation PDFBox also decodes. */
        FLATE_ABBREVIATED("/Filter /Fl"),
        /** A chain: hexadecimal text of Flate data. */
        HEX_OF_FLATE("/Filter [/ASCIIHexDecode /FlateDecode]"),
        /** A content stream that claims to be an image. */
        FLATE_CLAIMING_IMAGE("/Subtype /Image /Filter /FlateDecode");

        final String dictionary;

        PdfFilter(String dictionary) {
            this.dictionary = dictionary;
        }
    }

    /** {@link #pdf(long, int)} with the content streams encoded and declared as {@code filter} says. */
    public static byte[] pdf(long chars, int pages, PdfFilter filter) {
        try {
            var out = new ByteArrayOutputStream();
            var offsets = new java.util.ArrayList<Integer>();
            ascii(out, "%PDF-1.7\n");
            int fontId = 3;
            int firstPage = 4;
            offsets.add(out.size());
            ascii(out, "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
            offsets.add(out.size());
            var kids = new StringBuilder();
            for (int p = 0; p < pages; p++) {
                kids.append(firstPage + 2 * p).append(" 0 R ");
            }
            ascii(out, "2 0 obj << /Type /Pages /Count " + pages + " /Kids [" + kids + "] >> endobj\n");
            offsets.add(out.size());
            ascii(out, fontId + " 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n");
            for (int p = 0; p < pages; p++) {
                var content = new ByteArrayOutputStream();
                try (var deflate = new DeflaterOutputStream(content, new Deflater(Deflater.BEST_COMPRESSION))) {
                    write(deflate, "BT /F1 1 Tf 1 0 0 1 10 10 Tm\n");
                    lines(chars / pages, line -> write(deflate, "(" + line + ") Tj 0 -1 Td\n"));
                    write(deflate, "ET\n");
                }
                offsets.add(out.size());
                ascii(out, (firstPage + 2 * p) + " 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                        + "/Resources << /Font << /F1 " + fontId + " 0 R >> >> /Contents " + (firstPage + 2 * p + 1)
                        + " 0 R >> endobj\n");
                if (filter == PdfFilter.HEX_OF_FLATE) {
                    byte[] hex = java.util.HexFormat.of().formatHex(content.toByteArray()).concat(">")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    content = new ByteArrayOutputStream();
                    content.write(hex);
                }
                offsets.add(out.size());
                ascii(out, (firstPage + 2 * p + 1) + " 0 obj << /Length " + content.size() + " " + filter.dictionary
                        + " >> stream\n");
                content.writeTo(out);
                ascii(out, "\nendstream endobj\n");
            }
            int xref = out.size();
            ascii(out, "xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
            for (int offset : offsets) {
                ascii(out, String.format("%010d 00000 n \n", offset));
            }
            ascii(out, "trailer << /Size " + (offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                    + "\n%%EOF\n");
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of advert-like text, drawn at random from a few hundred, until {@code chars} characters. */
    private static void lines(long chars, java.util.function.Consumer<String> sink) {
        var random = new Random(42);
        String[] words = {"Java", "services", "Kubernetes", "design", "PostgreSQL", "Kafka", "teams", "deliver",
            "experience", "ownership", "reliable", "APIs", "requirements", "candidate", "mentoring", "cloud"};
        String[] sentences = new String[256];
        for (int i = 0; i < sentences.length; i++) {
            var sentence = new StringBuilder("Line ").append(i);
            for (int w = 0; w < 8; w++) {
                sentence.append(' ').append(words[random.nextInt(words.length)]);
            }
            sentences[i] = sentence.toString();
        }
        long written = 0;
        while (written < chars) {
            String line = sentences[random.nextInt(sentences.length)];
            written += line.length();
            sink.accept(line);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(zip, text);
        zip.closeEntry();
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    private DocumentBombs() {
    }
}
