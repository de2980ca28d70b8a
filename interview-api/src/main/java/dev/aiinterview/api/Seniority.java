package dev.aiinterview.api;

/** How senior the advertised role is, as read from the job description. */
public enum Seniority {
    INTERN,
    JUNIOR,
    MID,
    SENIOR,
    LEAD,
    PRINCIPAL,
    EXECUTIVE,
    /** The description gives no usable signal. */
    UNSPECIFIED
}
