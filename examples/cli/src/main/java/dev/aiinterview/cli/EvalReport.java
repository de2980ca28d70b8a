package dev.aiinterview.cli;

import java.time.Instant;
import java.util.List;

/**
 * What {@code interview eval} writes as eval.json (schema: docs/schemas/eval.schema.json).
 *
 * @param dataset    the dataset folder
 * @param llm        the LLM provider evaluated
 * @param finishedAt when the run ended
 * @param millis     wall time of the whole run
 * @param overall    the figures over all jobs
 * @param usage      LLM use of the whole run
 * @param jobs       per job
 */
record EvalReport(String dataset, String llm, Instant finishedAt, long millis, EvalScores overall,
                  CallMeter.Usage usage, List<Job> jobs) {

    /** One job: its plan's role, its figures, LLM use and every answer's result. */
    record Job(String id, String roleTitle, long millis, EvalScores scores, CallMeter.Usage usage,
               List<AnswerResult> answers) {}
}
