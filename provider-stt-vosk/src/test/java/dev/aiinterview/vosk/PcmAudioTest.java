package dev.aiinterview.vosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import org.junit.jupiter.api.Test;

class PcmAudioTest {

    private static final AudioFormat TARGET = PcmAudio.target(16_000);

    @Test
    void a44KilohertzStereoWavBecomes16KilohertzMonoWithTheSamePitchAndLength() throws Exception {
        AudioInput stereo = AudioInput.ofBytes(TestAudio.toneWav(44_100, 2, 2.0, 440), "audio/wav");

        byte[] pcm;
        try (AudioInputStream in = PcmAudio.open(stereo, 16_000)) {
            assertThat(in.getFormat().matches(TARGET)).isTrue();
            pcm = in.readAllBytes();
        }

        short[] samples = TestAudio.samples(pcm);
        assertThat(samples.length).isCloseTo(32_000, within(40));
        assertThat(TestAudio.frequency(samples, 16_000)).isCloseTo(440, within(5.0));
        assertThat(TestAudio.rms(samples)).as("both channels carried the tone at 0.5").isCloseTo(0.354, within(0.03));
    }

    @Test
    void an8KilohertzWavIsUpsampledTo16Kilohertz() throws Exception {
        AudioInput narrow = AudioInput.ofBytes(TestAudio.toneWav(8_000, 1, 1.5, 300), "audio/wav");

        byte[] pcm;
        try (AudioInputStream in = PcmAudio.open(narrow, 16_000)) {
            pcm = in.readAllBytes();
        }

        short[] samples = TestAudio.samples(pcm);
        assertThat(samples.length).isCloseTo(24_000, within(40));
        assertThat(TestAudio.frequency(samples, 16_000)).isCloseTo(300, within(5.0));
    }

    @Test
    void a16KilohertzMonoWavPassesThroughUnchanged() throws Exception {
        byte[] pcm = TestAudio.tonePcm(16_000, 1, 0.5, 440, 0.3);

        byte[] read;
        try (AudioInputStream in = PcmAudio.open(AudioInput.ofBytes(TestAudio.wav(pcm, TARGET), "audio/wav"), 16_000)) {
            read = in.readAllBytes();
        }

        assertThat(read).isEqualTo(pcm);
    }

    @Test
    void twentyFourBitFloatEightBitAndMuLawWavsAreAllConverted() throws Exception {
        byte[] source = TestAudio.toneWav(16_000, 1, 1.0, 500);
        AudioFormat[] formats = {
            new AudioFormat(48_000, 24, 2, true, false),
            new AudioFormat(AudioFormat.Encoding.PCM_FLOAT, 22_050, 32, 1, 4, 22_050, false),
            new AudioFormat(11_025, 8, 1, false, false),
            new AudioFormat(AudioFormat.Encoding.ULAW, 8_000, 8, 1, 1, 8_000, false),
        };
        for (AudioFormat format : formats) {
            byte[] wav = TestAudio.convert(source, format);

            byte[] pcm;
            try (AudioInputStream in = PcmAudio.open(AudioInput.ofBytes(wav, "audio/wav"), 16_000)) {
                pcm = in.readAllBytes();
            }

            short[] samples = TestAudio.samples(pcm);
            assertThat(samples.length).as("%s", format).isCloseTo(16_000, within(80));
            assertThat(TestAudio.frequency(samples, 16_000)).as("%s", format).isCloseTo(500, within(10.0));
        }
    }

    @Test
    void webmIsRejectedNamingTheFormatsVoskAccepts() {
        AudioInput webm = AudioInput.ofBytes(TestAudio.webm(), "audio/webm");

        assertThatThrownBy(() -> PcmAudio.open(webm, 16_000))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("WebM")
                .hasMessageContaining("WAV audio (PCM at any sample rate")
                .hasMessageContaining("google-speech");
    }

    @Test
    void aTextFileIsRejectedAsNotWav() {
        AudioInput text = AudioInput.ofBytes("hello, this is not audio".getBytes(StandardCharsets.UTF_8), "audio/wav");

        assertThatThrownBy(() -> PcmAudio.open(text, 16_000))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not WAV");
    }

    @Test
    void aWavWithABrokenHeaderIsRejectedAsInvalidInput() {
        byte[] wav = TestAudio.toneWav(16_000, 1, 0.1, 440);
        wav[20] = 0x55;  // the fmt chunk's encoding tag: no codec javax.sound knows

        assertThatThrownBy(() -> PcmAudio.open(AudioInput.ofBytes(wav, "audio/wav"), 16_000))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Vosk");
    }
}
