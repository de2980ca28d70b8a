package dev.aiinterview.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Inputs the tests write into their temporary folders. */
final class Fixtures {

    /** A small but complete job advert, independent of examples/data. */
    static final String JOB_DESCRIPTION = """
            # Senior Backend Engineer

            We are hiring a Senior Backend Engineer to build and run the payment services of our platform.

            ## Responsibilities
            - Design, build and operate REST APIs in Java and Spring Boot
            - Own the reliability of services running on Kubernetes in AWS
            - Mentor other engineers and review their code
            - Work with product managers to plan and deliver features

            ## Requirements
            - 5+ years of professional software development in Java
            - Strong SQL and PostgreSQL experience, including query tuning
            - Experience with distributed systems, messaging (Kafka) and observability
            - Clear written and spoken communication

            ## Nice to have
            - Experience with payments or other regulated domains
            """;

    static final String GOOD_ANSWER = "In my last role I designed the payments REST API in Java with Spring Boot. "
            + "The situation was that checkout latency was too high, my task was to cut it in half. I profiled the "
            + "PostgreSQL queries, added an index and moved slow work to Kafka consumers, and as a result p99 latency "
            + "dropped from 800 ms to 300 ms and errors fell by 40 percent. I documented it and mentored two engineers.";

    static Path jobDescription(Path dir) throws IOException {
        return Files.writeString(dir.resolve("jd.md"), JOB_DESCRIPTION);
    }

    /** An answers folder with a typed answer to each of the first {@code questions} questions. */
    static Path typedAnswers(Path dir, int questions) throws IOException {
        Path answers = Files.createDirectories(dir.resolve("answers"));
        for (int i = 1; i <= questions; i++) {
            Files.writeString(answers.resolve(String.format("%02d.txt", i)), GOOD_ANSWER);
        }
        return answers;
    }

    /** A real WAV file: a 440 Hz tone, 16 kHz mono 16-bit PCM. */
    static Path wav(Path file, int millis) throws IOException {
        return Files.write(file, dev.aiinterview.testkit.TestAudio.toneWav(millis / 1000.0));
    }

    private Fixtures() {
    }
}
