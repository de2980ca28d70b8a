package dev.aiinterview.googlespeech;

import com.google.cloud.speech.v1.RecognitionConfig.AudioEncoding;

/**
 * What one Recognize request carries: a whole short answer, or one chunk of a long one.
 *
 * @param offsetMs   where the chunk starts in the answer; Google's word times are shifted by it
 * @param encoding   what Google is told the content is
 * @param sampleRate the content's sample rate
 * @param content    the audio bytes
 */
record SpeechChunk(long offsetMs, AudioEncoding encoding, int sampleRate, byte[] content) {
}
