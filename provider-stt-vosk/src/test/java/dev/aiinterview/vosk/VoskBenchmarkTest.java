package dev.aiinterview.vosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark's own plumbing; the measurement itself needs a model (see docs/providers/vosk.md). */
class VoskBenchmarkTest {

    @Test
    void residentMemoryIsReadFromTheOperatingSystem() {
        assertThat(VoskBenchmark.rssKb()).isPositive();
    }

    @Test
    void theBundledSampleIsA16KilohertzMonoWavOfAboutSevenSeconds() throws Exception {
        byte[] wav = SpeechSamples.resource("speech-sample.wav");
        var format = javax.sound.sampled.AudioSystem.getAudioFileFormat(new java.io.ByteArrayInputStream(wav));

        assertThat(format.getFormat().getSampleRate()).isEqualTo(16_000f);
        assertThat(format.getFormat().getChannels()).isEqualTo(1);
        assertThat(format.getFrameLength() / 16_000.0).isBetween(6.0, 7.5);
    }
}
