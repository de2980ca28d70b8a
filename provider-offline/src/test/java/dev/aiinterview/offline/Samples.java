package dev.aiinterview.offline;

import dev.aiinterview.api.Importance;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.TopicKind;
import dev.aiinterview.contract.AnswerEvaluation;
import java.util.List;

/** Inputs shared by the offline engine's tests. */
final class Samples {

    static final String BACKEND_JD = """
            # Senior Backend Engineer

            Ledgerline builds payment infrastructure for small businesses.

            ## Responsibilities
            - Design and build backend services in Java and Spring Boot
            - Operate services on Kubernetes in AWS and take part in the on-call rotation
            - Model data and tune queries in PostgreSQL
            - Build event-driven workflows with Apache Kafka
            - Mentor engineers through pairing and code review

            ## Requirements
            - 5+ years of professional backend development experience
            - Strong knowledge of REST API design
            - Experience with observability tools such as Prometheus and Grafana

            ## Nice to have
            - Experience with PCI DSS
            """;

    static final String NURSE_JD = """
            Registered Nurse - Medical-Surgical Unit

            Riverside General Hospital is looking for a Registered Nurse to join our 32-bed medical-surgical unit.
            You will assess patients, administer medications safely and plan care with physicians and pharmacists.

            Responsibilities:
            * Perform head-to-toe patient assessments and recognise deterioration early
            * Administer oral, IV and subcutaneous medications following the five rights
            * Document care accurately in the Epic electronic health record
            * Educate patients and families before discharge
            * Follow infection prevention and control practices

            Requirements:
            * Active RN licence
            * 2+ years of acute-care nursing experience
            * Current BLS certification
            """;

    static final Topic POSTGRES = new Topic("t1", "PostgreSQL", TopicKind.SKILL, Importance.ESSENTIAL, true,
            "Payments depend on fast, correct queries.", List.of("Model data and tune queries in PostgreSQL"),
            List.of("PostgreSQL", "index", "query plan", "EXPLAIN", "latency"));

    static final Question BEHAVIORAL = new Question("q1", QuestionType.BEHAVIORAL, "t1",
            "Tell me about a time you made a slow PostgreSQL query fast. What did you do, and what was the result?",
            "A measured before and after, and the method used.");

    static final Question TECHNICAL = new Question("q2", QuestionType.TECHNICAL, "t1",
            "How do you find out why a PostgreSQL query is slow, and which tools do you use?",
            "A method: query plans, indexes, statistics, and how to verify a fix.");

    static final String STRONG = "At my previous company last year our checkout page timed out during the evening "
            + "peak. I was responsible for the payments database, so my task was to bring the slowest PostgreSQL "
            + "query under 100 ms. I analyzed the query plan with EXPLAIN ANALYZE and saw a sequential scan over "
            + "40 million rows, because the index did not match the filter order. I added a composite index "
            + "concurrently instead of locking the table, and rewrote the query to use keyset pagination rather "
            + "than OFFSET. As a result p99 latency dropped from 2.4 seconds to 60 ms and checkout timeouts fell "
            + "by 95 percent over the next month.";

    static final String WEAK = "Um, I guess I would just, you know, look at the database and maybe make it faster. "
            + "Probably add some stuff to it.";

    static AnswerEvaluation.Input evaluation(Question question, String answer, boolean followUpAllowed) {
        return new AnswerEvaluation.Input("Senior Backend Engineer", Seniority.SENIOR, POSTGRES, question,
                question.text(), 0, List.of(), answer, followUpAllowed);
    }

    private Samples() {
    }
}
