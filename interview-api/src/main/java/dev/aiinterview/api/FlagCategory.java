package dev.aiinterview.api;

/** Why a question was flagged by the question review. */
public enum FlagCategory {
    AGE,
    FAMILY,
    RELIGION,
    NATIONALITY,
    DISABILITY,
    HEALTH,
    GENDER,
    SEXUAL_ORIENTATION,
    /** Suggests the expected answer or presumes a fact about the candidate. */
    LEADING,
    /** Any other question that is unlawful or unfair to ask in hiring. */
    OTHER
}
