package dev.aiinterview.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aiinterview.spi.CaptureDevice;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import org.junit.jupiter.api.Test;

class FormatNegotiatorTest {

    @Test
    void sixteenKilohertzMonoLittleEndianComesFirstThenTheCommonNativeRates() {
        List<AudioFormat> preferences = FormatNegotiator.preferences();

        assertThat(preferences.get(0).matches(FormatNegotiator.TARGET)).isTrue();
        assertThat(preferences).extracting(AudioFormat::getSampleRate).startsWith(16_000f, 16_000f, 16_000f,
                16_000f, 48_000f);
        assertThat(preferences).allSatisfy(f -> assertThat(f.getSampleSizeInBits()).isEqualTo(16));
    }

    @Test
    void aMonoDeviceIsPreferredToStereoAtTheSameRate() {
        var device = microphone(FakeLine.pcm(48_000, 2, false), FakeLine.pcm(48_000, 1, false));

        assertThat(FormatNegotiator.choose(device).getChannels()).isEqualTo(1);
    }

    @Test
    void anAdvertisedFormatOutsideThePreferencesIsUsedWhenItCanBeConverted() {
        AudioFormat eightBit = new AudioFormat(AudioFormat.Encoding.PCM_UNSIGNED, 8_000, 8, 1, 1, 8_000, false);

        assertThat(FormatNegotiator.choose(microphone(eightBit)).matches(eightBit)).isTrue();
    }

    @Test
    void levelsAreReadFromEightAndSixteenBitPcmOfEitherByteOrder() {
        byte[] bigEndianHalf = {0x40, 0x00, (byte) 0xC0, 0x00};  // +0.5, -0.5
        byte[] unsignedEight = {(byte) 192, 64};  // +0.5, -0.5

        double[] sixteen = Levels.of(bigEndianHalf, 4, FakeLine.pcm(16_000, 1, true));
        double[] eight = Levels.of(unsignedEight, 2,
                new AudioFormat(AudioFormat.Encoding.PCM_UNSIGNED, 8_000, 8, 1, 1, 8_000, false));

        assertThat(sixteen[0]).isCloseTo(0.5, within(1e-9));
        assertThat(sixteen[1]).isCloseTo(0.5, within(1e-9));
        assertThat(eight[0]).isCloseTo(0.5, within(1e-9));
        assertThat(Levels.of(new byte[0], 0, FormatNegotiator.TARGET)).containsExactly(0, 0);
    }

    private static Microphone microphone(AudioFormat... formats) {
        List<AudioFormat> offered = List.of(formats);
        return new Microphone(new CaptureDevice("m", "m", true), offered,
                f -> offered.stream().anyMatch(f::matches), f -> null);
    }
}
