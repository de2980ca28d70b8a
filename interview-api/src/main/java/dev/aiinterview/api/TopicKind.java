package dev.aiinterview.api;

/** What a topic of the job profile is. */
public enum TopicKind {
    /** Something the candidate must be able to do or know (a tool, a technique, a soft skill). */
    SKILL,
    /** Something the role holder will be accountable for. */
    RESPONSIBILITY,
    /** A formal requirement: a degree, a licence, years of experience, a certification. */
    QUALIFICATION
}
