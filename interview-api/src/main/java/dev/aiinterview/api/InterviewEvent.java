package dev.aiinterview.api;

import java.time.Instant;

/**
 * Something that happened in planning or in a session, for host applications (progress display, audit log,
 * metrics). A session publishes its events in order, each only after the state it describes is saved, from one of
 * its own threads and never while holding a lock, so a listener may call back into the session; listeners should
 * still return quickly.
 */
public sealed interface InterviewEvent {

    /** The session, or {@code null} for events of planning. */
    String sessionId();

    /** When it happened. */
    Instant at();

    /** Planning progress: a step of JD analysis, question planning or review started. */
    record PlanningStep(String sessionId, Instant at, String step) implements InterviewEvent {}

    /** A plan is ready. */
    record PlanCreated(String sessionId, Instant at, InterviewPlan plan) implements InterviewEvent {}

    /** A session was created from a plan. */
    record SessionCreated(String sessionId, Instant at) implements InterviewEvent {}

    /** The candidate consented to an AI-run interview. */
    record ConsentRecorded(String sessionId, Instant at) implements InterviewEvent {}

    /** A question or follow-up is now put to the candidate. */
    record PromptIssued(String sessionId, Instant at, Turn turn) implements InterviewEvent {}

    /** An answer was received and stored, before any processing. */
    record AnswerReceived(String sessionId, Instant at, String questionId, int followUpIndex, AnswerMode mode)
            implements InterviewEvent {}

    /** An answer was transcribed. */
    record AnswerTranscribed(String sessionId, Instant at, String questionId, int followUpIndex,
                             Transcript transcript) implements InterviewEvent {}

    /** An answer was evaluated. */
    record AnswerEvaluated(String sessionId, Instant at, String questionId, int followUpIndex,
                           Evaluation evaluation) implements InterviewEvent {}

    /** Processing an answer failed; the answer is kept and can be processed again. */
    record AnswerFailed(String sessionId, Instant at, String questionId, int followUpIndex, String error)
            implements InterviewEvent {}

    /** An LLM call finished, successfully or not. */
    record LlmCallFinished(String sessionId, Instant at, String task, String provider, long millis,
                           TokenUsage usage, boolean success) implements InterviewEvent {}

    /**
     * A speech-to-text call finished, successfully or not: one event per attempt, like {@link LlmCallFinished}.
     *
     * @param provider    the speech-to-text provider's id
     * @param millis      how long the attempt took
     * @param audioMillis how long the transcribed audio is, where the transcript says; 0 otherwise
     * @param success     whether it returned a transcript
     */
    record SpeechToTextCallFinished(String sessionId, Instant at, String provider, long millis, long audioMillis,
                                    boolean success) implements InterviewEvent {}

    /** The configured provider kept failing and the fallback provider took over. */
    record ProviderFellBack(String sessionId, Instant at, String kind, String from, String to, String reason)
            implements InterviewEvent {}

    /** The session completed and its report is ready. */
    record SessionCompleted(String sessionId, Instant at, InterviewReport report) implements InterviewEvent {}

    /** The session was abandoned. */
    record SessionAbandoned(String sessionId, Instant at, String reason) implements InterviewEvent {}
}
