/**
 * Google Cloud Speech-to-Text v1 through the official google-cloud-speech client: the speech-to-text provider
 * {@code google-speech}, configured through {@link dev.aiinterview.googlespeech.GoogleSpeechConfig}'s keys.
 */
package dev.aiinterview.googlespeech;
