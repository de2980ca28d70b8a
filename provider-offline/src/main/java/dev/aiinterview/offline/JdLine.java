package dev.aiinterview.offline;

/**
 * One bullet or prose sentence of a job description.
 *
 * @param section the section it belongs to, after sentence-level cues ("... is a plus")
 * @param text    the line as written, without its bullet marker
 * @param bullet  whether it was a bullet
 * @param order   its position among the description's lines
 */
record JdLine(JdSection section, String text, boolean bullet, int order) {}
