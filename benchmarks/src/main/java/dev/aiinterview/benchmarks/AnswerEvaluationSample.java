package dev.aiinterview.benchmarks;

import dev.aiinterview.api.Importance;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.Seniority;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.TopicKind;
import dev.aiinterview.contract.AnswerEvaluation;
import java.util.List;

/**
 * One realistic {@code answer-evaluation} call: a behavioral question, a spoken answer of about 130 words, and a
 * valid reply as a model would send it (four evidence quotes, one shortened with "...", a STAR assessment and a
 * follow-up), so every step of the reply pipeline does its full work and none fails.
 */
final class AnswerEvaluationSample {

    static final Topic TOPIC = new Topic("t1", "PostgreSQL tuning", TopicKind.SKILL, Importance.ESSENTIAL, true,
            "Payments depend on fast queries.", List.of("Experience with PostgreSQL performance tuning"),
            List.of("postgresql", "index", "query plan"));

    static final Question QUESTION = new Question("q1", QuestionType.BEHAVIORAL, "t1",
            "Tell me about a time you made a slow PostgreSQL query fast.", "A measured before/after and the method.");

    static final String ANSWER = "At my last company the checkout page timed out during sales, because one report "
            + "query took two seconds. I was asked to fix it before Black Friday. I ran EXPLAIN ANALYZE and saw a "
            + "sequential scan over forty million order rows, so I added a covering index on customer id and "
            + "created at, and rewrote the subquery as a join. The query went from 2 s to 40 ms, and p99 checkout "
            + "latency dropped by a third. I also added a check in CI that fails when a new query plan has a "
            + "sequential scan on a big table, so it doesn't come back. Looking back, I'd have tested the index "
            + "build on a replica first, because it locked writes for about a minute.";

    static final AnswerEvaluation.Input INPUT = new AnswerEvaluation.Input("Senior Backend Engineer",
            Seniority.SENIOR, TOPIC, QUESTION, QUESTION.text(), 0, List.of(), ANSWER, true);

    /** What the fake model answers, on both sides of the comparison. */
    static final String REPLY = """
            {
              "evidence": [
                "I ran EXPLAIN ANALYZE and saw a sequential scan over forty million order rows",
                "I added a covering index on customer id ... rewrote the subquery as a join",
                "The query went from 2 s to 40 ms",
                "p99 checkout latency dropped by a third"
              ],
              "strengths": [
                "Diagnosed with EXPLAIN ANALYZE before changing anything",
                "Measured the result: 2 s to 40 ms and a lower p99",
                "Prevented regressions with a CI check on query plans"
              ],
              "weaknesses": [
                "The index build locked writes; no plan for building it concurrently"
              ],
              "star": {
                "situation": "the checkout page timed out during sales",
                "task": "fix it before Black Friday",
                "action": "added a covering index and rewrote the subquery as a join",
                "result": "The query went from 2 s to 40 ms"
              },
              "clarity": 4,
              "relevance": 5,
              "skill": 4,
              "rationale": "A specific, measured example with a sound method and a safeguard against regressions. \
            The one gap is operational: the index build locked writes.",
              "rating": "GOOD",
              "followUp": {
                "needed": true,
                "probes": "how the candidate would roll out an index on a busy table without locking writes",
                "question": "How would you build that index on the live table today without blocking writes?"
              }
            }
            """;

    private AnswerEvaluationSample() {
    }
}
