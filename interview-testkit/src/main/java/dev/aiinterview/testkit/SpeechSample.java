package dev.aiinterview.testkit;

import dev.aiinterview.api.AudioInput;

/**
 * Recorded speech and what it says, for the speech-to-text compatibility kit.
 *
 * @param audio        the recording
 * @param expectedText what was said
 */
public record SpeechSample(AudioInput audio, String expectedText) {}
