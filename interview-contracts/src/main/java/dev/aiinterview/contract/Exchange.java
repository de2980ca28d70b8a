package dev.aiinterview.contract;

/**
 * An earlier prompt and the candidate's answer to it, given as context to evaluate a follow-up.
 *
 * @param prompt the question or follow-up asked
 * @param answer what the candidate answered (untrusted)
 */
public record Exchange(String prompt, String answer) {}
