package dev.aiinterview.api;

/** How much a topic weighs for the role, as the job description states or implies it. */
public enum Importance {
    /** Stated as required, or central to the role. */
    ESSENTIAL,
    /** Clearly expected but not stated as a hard requirement. */
    IMPORTANT,
    /** Listed as a plus, preferred or nice to have. */
    NICE_TO_HAVE
}
