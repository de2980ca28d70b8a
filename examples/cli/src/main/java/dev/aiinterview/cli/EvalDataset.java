package dev.aiinterview.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aiinterview.api.JobDescription;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Rating;
import dev.aiinterview.api.error.InvalidInputException;
import dev.aiinterview.core.input.JobDescriptions;
import dev.aiinterview.json.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A labelled evaluation dataset: {@code DIR/jobs/<job-id>/} with {@code jd.md}, {@code topics.txt} and
 * {@code answers.jsonl}. Reading checks everything before any LLM call is spent, and a mistake is one
 * {@link InvalidInputException} naming the file and line, such as
 * {@code jobs/nurse/answers.jsonl:14: rating "GREAT" is not one of EXCELLENT, GOOD, FAIR, POOR}.
 */
final class EvalDataset {

    /** Per file; a labelled set is far smaller, so anything larger is a mistake, not a dataset. */
    static final long MAX_FILE_BYTES = 5_000_000;
    /** The most jobs and answers per job read, so a wrong folder cannot start an endless run. */
    static final int MAX_JOBS = 200;
    static final int MAX_ANSWERS_PER_JOB = 2_000;
    /** About fifteen minutes of speech; an answer is evaluated some 25 times, so each one is bounded. */
    static final int MAX_ANSWER_CHARS = 20_000;

    /** Best first, as people list them. */
    private static final String RATINGS = "EXCELLENT, GOOD, FAIR, POOR";
    private static final String TYPES = Arrays.stream(QuestionType.values()).map(Enum::name)
            .collect(Collectors.joining(", "));
    private static final List<String> FIELDS = List.of("id", "question", "type", "topic", "answer", "rating");

    /** A gold requirement term: one line of topics.txt, with its {@code a|b} alternatives. */
    record GoldTerm(String line, List<String> alternatives) {}

    /** One labelled answer; {@code source} is {@code file:line}, for messages. */
    record LabelledAnswer(String id, String question, QuestionType type, String topic, String answer, Rating rating,
                          String why, String source) {}

    /** One job of the dataset. */
    record Job(String id, JobDescription jd, List<GoldTerm> goldTerms, List<LabelledAnswer> answers) {}

    private EvalDataset() {
    }

    /** Reads and checks every job of the dataset, in the order of their folder names. */
    static List<Job> read(Path dir) {
        Path jobs = dir.resolve("jobs");
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir + ": no such folder; pass the dataset folder, the one holding jobs/");
        }
        List<Path> folders;
        try (Stream<Path> list = Files.isDirectory(jobs) ? Files.list(jobs) : Stream.empty()) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException(jobs + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (folders.isEmpty()) {
            throw new InvalidInputException(jobs + ": no job folders; the dataset needs jobs/<job-id>/ with jd.md, "
                    + "topics.txt and answers.jsonl (see docs/eval-dataset.md)");
        }
        if (folders.size() > MAX_JOBS) {
            throw new InvalidInputException(jobs + ": " + folders.size() + " job folders; the limit is " + MAX_JOBS);
        }
        return folders.stream().map(EvalDataset::job).toList();
    }

    private static Job job(Path folder) {
        Path jdFile = existing(folder.resolve("jd.md"));
        Path topicsFile = existing(folder.resolve("topics.txt"));
        Path answersFile = existing(folder.resolve("answers.jsonl"));
        JobDescription jd;
        try {
            jd = JobDescriptions.read(jdFile);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(jdFile + ": " + e.getMessage(), e);
        }
        return new Job(folder.getFileName().toString(), jd, goldTerms(topicsFile), answers(answersFile));
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + ": missing; each job folder needs jd.md, topics.txt and "
                    + "answers.jsonl");
        }
        return file;
    }

    static List<GoldTerm> goldTerms(Path file) {
        List<String> lines = lines(file);
        var terms = new ArrayList<GoldTerm>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> alternatives = Arrays.stream(line.split("\\|")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            if (!alternatives.isEmpty()) {
                terms.add(new GoldTerm(line, alternatives));
            }
        }
        if (terms.isEmpty()) {
            throw new InvalidInputException(file + ":1: no gold terms; write one requirement term per line, "
                    + "alternatives as a|b");
        }
        return List.copyOf(terms);
    }

    static List<LabelledAnswer> answers(Path file) {
        List<String> lines = lines(file);
        var answers = new ArrayList<LabelledAnswer>();
        var ids = new HashSet<String>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = file + ":" + (i + 1);
            LabelledAnswer answer = answer(lines.get(i), where);
            if (!ids.add(answer.id())) {
                throw new InvalidInputException(where + ": id \"" + answer.id() + "\" is used twice in this file");
            }
            if (answers.size() == MAX_ANSWERS_PER_JOB) {
                throw new InvalidInputException(where + ": more than " + MAX_ANSWERS_PER_JOB + " answers in one job");
            }
            answers.add(answer);
        }
        return List.copyOf(answers);
    }

    private static LabelledAnswer answer(String line, String where) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(where + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(where + ": not a JSON object; each line is {\"id\",\"question\","
                    + "\"type\",\"topic\",\"answer\",\"rating\",\"why\"}");
        }
        for (String field : FIELDS) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw new InvalidInputException(where + ": \"" + field + "\" is missing or not a non-empty string; "
                        + "each line needs " + String.join(", ", FIELDS));
            }
        }
        int length = node.get("answer").asText().strip().length();
        if (length > MAX_ANSWER_CHARS) {
            throw new InvalidInputException(where + ": the answer has " + length + " characters; the limit is "
                    + MAX_ANSWER_CHARS);
        }
        String rating = node.get("rating").asText().strip();
        String type = node.get("type").asText().strip();
        return new LabelledAnswer(node.get("id").asText().strip(), node.get("question").asText().strip(),
                constant(QuestionType.class, type, where, "type \"" + type + "\" is not one of " + TYPES),
                node.get("topic").asText().strip(), node.get("answer").asText().strip(),
                constant(Rating.class, rating, where, "rating \"" + rating + "\" is not one of " + RATINGS),
                node.path("why").asText(""), where);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String where, String message) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(where + ": " + message, e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new InvalidInputException(file + ": " + size + " bytes; the limit is " + MAX_FILE_BYTES);
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return Arrays.asList(text.split("\\R", -1));
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file + ": not UTF-8 text; save it as UTF-8", e);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
