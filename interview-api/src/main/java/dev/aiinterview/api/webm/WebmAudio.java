package dev.aiinterview.api.webm;

import java.util.List;

/**
 * The Opus audio track of a WebM file, as {@link WebmDemuxer} found it.
 *
 * @param channels   the channel count from the OpusHead (1 or 2)
 * @param preSkip    48 kHz samples the decoder must drop at the start (the encoder's delay)
 * @param sampleRate the track's SamplingFrequency (48000 from browsers), what Google is told for WEBM_OPUS
 * @param packets    the Opus packets in order
 * @param samples48k the packets' total duration in 48 kHz samples, pre-skip included
 * @param hasVideo   whether the file also holds a video track (whose blocks were skipped)
 */
public record WebmAudio(int channels, int preSkip, int sampleRate, List<byte[]> packets, long samples48k,
                        boolean hasVideo) {

    /** The playable duration in seconds: what the packets hold, less the pre-skip. */
    public double seconds() {
        return Math.max(0, samples48k - preSkip) / 48_000.0;
    }
}
