package dev.aiinterview.api;

/** The kind of interview question. */
public enum QuestionType {
    /** "Tell me about a time when...": past behaviour, answered best with the STAR structure. */
    BEHAVIORAL,
    /** Probes knowledge and reasoning on a technical topic. */
    TECHNICAL,
    /** "What would you do if...": judgement in a realistic hypothetical. */
    SITUATIONAL
}
