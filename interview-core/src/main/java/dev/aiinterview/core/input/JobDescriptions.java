package dev.aiinterview.core.input;

import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.error.InvalidInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apiguardian.api.API;

/**
 * Reads and checks job descriptions before any provider sees them: not empty, not huge, text rather than a
 * binary file, valid UTF-8. Each rejection says how to fix the input.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class JobDescriptions {

    /** The largest job description accepted, in characters. Real ones are a few thousand. */
    public static final int MAX_CHARS = 50_000;
    /** Fewest non-blank characters that can describe a job. */
    public static final int MIN_CHARS = 40;

    /** Checks text a person pasted or a host passed in. */
    public static JobDescription of(String text, String source) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("The job description" + from(source) + " is empty: paste or pass the "
                    + "text of the job advert.");
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_CHARS) {
            throw new InvalidInputException("The job description" + from(source) + " has " + stripped.length()
                    + " characters; the limit is " + MAX_CHARS + ". Pass only the job advert, not a whole document.");
        }
        if (stripped.length() < MIN_CHARS) {
            throw new InvalidInputException("The job description" + from(source) + " is too short (" + stripped.length()
                    + " characters) to analyse: include the role, its responsibilities and requirements.");
        }
        long control = stripped.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t').count();
        if (control > 0) {
            throw new InvalidInputException("The job description" + from(source) + " contains binary data: pass "
                    + "plain text (convert PDF or Word files to text first).");
        }
        return new JobDescription(stripped, source);
    }

    /** Reads a UTF-8 text file. */
    public static JobDescription read(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_CHARS * 4L) {
                throw new InvalidInputException("The job description file " + file + " is " + size + " bytes; the "
                        + "limit is " + MAX_CHARS + " characters. Pass only the job advert, not a whole document.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("The job description file " + file + " does not exist: check the path.");
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the job description file " + file + ": " + e.getMessage(), e);
        }
        String name = file.getFileName().toString();
        if (startsWith(bytes, "%PDF") || startsWith(bytes, "PK\u0003\u0004")) {
            throw new InvalidInputException("The job description file " + name + " is a PDF or Word document, not "
                    + "text: save it as a .txt or .md file.");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new InvalidInputException("The job description file " + name + " is a binary file, not text: "
                        + "pass a .txt or .md file.");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("The job description file " + name + " is not UTF-8 text: re-save it "
                    + "as UTF-8 (for example: iconv -f latin1 -t utf-8 " + name + " > jd-utf8.txt).");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return of(text, name);
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (bytes[i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    private static String from(String source) {
        return source == null || source.equals("inline") ? "" : " (" + source + ")";
    }

    private JobDescriptions() {
    }
}
