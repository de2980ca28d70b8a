/**
 * WebM as browsers' MediaRecorder writes it, read strictly and within bounds:
 * {@link dev.aiinterview.api.webm.WebmDemuxer} finds the Opus audio track and its packets, so that a host can
 * check a recording before it acknowledges it, and a speech-to-text provider can send or decode the audio.
 */
package dev.aiinterview.api.webm;
