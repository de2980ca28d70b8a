/**
 * Offline speech-to-text with <a href="https://alphacephei.com/vosk/">Vosk</a>: the speech-to-text provider
 * {@code vosk}, configured through {@link dev.aiinterview.vosk.VoskConfig}'s keys, and
 * {@link dev.aiinterview.vosk.VoskModelDownloader}, which fetches and checks a model for hosts that offer to.
 */
package dev.aiinterview.vosk;
