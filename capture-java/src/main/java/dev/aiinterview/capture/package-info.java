/**
 * Microphone capture on the host JVM through javax.sound.sampled: the media capture provider {@code javasound}
 * ({@link dev.aiinterview.capture.JavaSoundCaptureFactory}), which records 16 kHz mono 16-bit WAV with a level meter,
 * a maximum duration and an automatic stop after silence.
 */
package dev.aiinterview.capture;
