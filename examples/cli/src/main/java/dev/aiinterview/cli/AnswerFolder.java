package dev.aiinterview.cli;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.core.input.AudioFiles;
import dev.aiinterview.core.session.CandidateAnswer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A candidate's answers as files: {@code NN.txt} (typed) or {@code NN.wav} (spoken) answers question NN of the
 * plan, counted from 01, and {@code NN-fK.txt}/{@code .wav} answers its K-th follow-up. Every file is read and
 * checked when the folder is opened, so a bad file stops the run before any provider is called.
 */
final class AnswerFolder {

    private static final Pattern NAME = Pattern.compile("(\\d{1,3})(?:-f(\\d{1,2}))?\\.(txt|wav)",
            Pattern.CASE_INSENSITIVE);

    /** Which prompt a file answers: a question number from 1 and a follow-up index, 0 for the question itself. */
    record Prompt(int question, int followUp) implements Comparable<Prompt> {
        String baseName() {
            return String.format(Locale.ROOT, "%02d", question) + (followUp == 0 ? "" : "-f" + followUp);
        }

        @Override
        public int compareTo(Prompt o) {
            return question != o.question ? Integer.compare(question, o.question) : Integer.compare(followUp, o.followUp);
        }
    }

    /**
     * The answer for a prompt.
     *
     * @param answer what to submit
     * @param file   the file it came from, or {@code null} when there is none
     * @param note   why it is skipped, or {@code null}
     */
    record Found(CandidateAnswer answer, String file, String note) {
        boolean spoken() {
            return answer instanceof CandidateAnswer.Audio;
        }
    }

    private final Path dir;
    private final Map<Prompt, Found> answers;

    private AnswerFolder(Path dir, Map<Prompt, Found> answers) {
        this.dir = dir;
        this.answers = answers;
    }

    /** Reads and checks every answer file in a folder. */
    static AnswerFolder open(Path dir) {
        if (!Files.exists(dir)) {
            throw new InvalidInputException("The answers folder " + dir + " does not exist: pass a folder holding "
                    + "01.txt, 02.txt, ... (or .wav), one file per question.");
        }
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException("--answers " + dir + " is a file, not a folder: pass the folder that "
                    + "holds 01.txt, 02.txt, ... (or .wav).");
        }
        var answers = new TreeMap<Prompt, Found>();
        var names = new TreeMap<Prompt, String>();
        for (Path file : list(dir)) {
            Matcher m = NAME.matcher(file.getFileName().toString());
            if (!Files.isRegularFile(file) || !m.matches() || Integer.parseInt(m.group(1)) == 0) {
                continue;
            }
            var prompt = new Prompt(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
            String name = file.getFileName().toString();
            String other = names.put(prompt, name);
            if (other != null) {
                throw new InvalidInputException("Both " + other + " and " + name + " answer the same prompt in " + dir
                        + ": keep one of them.");
            }
            answers.put(prompt, m.group(3).equalsIgnoreCase("wav") ? spoken(file) : typed(file));
        }
        if (answers.isEmpty()) {
            throw new InvalidInputException("The answers folder " + dir + " has no answer files: name them 01.txt "
                    + "(question 1), 01-f1.txt (its first follow-up), ...; use .wav instead of .txt for spoken answers.");
        }
        return new AnswerFolder(dir, answers);
    }

    /** The answer for a prompt; a prompt without a file is skipped, never invented. */
    Found find(int question, int followUp) {
        var prompt = new Prompt(question, followUp);
        Found found = answers.get(prompt);
        return found != null ? found : new Found(CandidateAnswer.skipped(), null,
                "no " + prompt.baseName() + ".txt or .wav in " + dir);
    }

    /** Files for prompts the interview never put, such as follow-ups that were not needed. */
    /** Whether any answer is a recording that needs speech-to-text. */
    boolean hasSpoken() {
        return answers.values().stream().anyMatch(Found::spoken);
    }

    List<String> unused(Set<Prompt> asked) {
        return answers.entrySet().stream().filter(e -> !asked.contains(e.getKey()) && e.getValue().file() != null)
                .map(e -> e.getValue().file()).toList();
    }

    private static Found spoken(Path file) {
        var probe = AudioFiles.probe(AudioInput.wav(file));
        return new Found(CandidateAnswer.audio(AudioInput.ofFile(file, probe.mimeType()), null),
                file.getFileName().toString(), null);
    }

    private static Found typed(Path file) {
        String name = file.getFileName().toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("The answer file " + name + " is not UTF-8 text: re-save it as UTF-8 "
                    + "(for example: iconv -f latin1 -t utf-8 " + name + ").");
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the answer file " + file + ": " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return new Found(CandidateAnswer.skipped(), name, name + " is empty");
        }
        return new Found(CandidateAnswer.text(text.strip()), name, null);
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException("Cannot list the answers folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
