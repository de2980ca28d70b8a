package dev.aiinterview.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AudioContainerTest {

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aRiffWaveHeaderIsWavWhateverItsSizeField() {
        byte[] head = ascii("RIFF\u00ff\u00ff\u0000\u0000WAVEfmt ");

        assertThat(AudioContainer.sniff(head)).contains(AudioContainer.WAV);
        assertThat(AudioContainer.WAV.mimeType()).isEqualTo("audio/wav");
    }

    @Test
    void theEbmlMagicNumberIsWebmEvenWithoutMoreBytes() {
        byte[] head = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};

        assertThat(AudioContainer.sniff(head)).contains(AudioContainer.WEBM);
        assertThat(AudioContainer.WEBM.mimeType()).isEqualTo("audio/webm");
    }

    @Test
    void oggAndFlacAreRecognisedByTheirFourLetterSignatures() {
        assertThat(AudioContainer.sniff(ascii("OggS\u0000\u0002"))).contains(AudioContainer.OGG);
        assertThat(AudioContainer.sniff(ascii("fLaC\u0000\u0000\u0000\""))).contains(AudioContainer.FLAC);
    }

    @Test
    void aRiffFileThatIsNotWaveIsNotAudio() {
        assertThat(AudioContainer.sniff(ascii("RIFF\u0000\u0000\u0000\u0000AVI LIST"))).isEmpty();
    }

    @Test
    void textTooShortOrNoBytesAtAllMatchNothing() {
        assertThat(AudioContainer.sniff(ascii("this is a text file"))).isEmpty();
        assertThat(AudioContainer.sniff(ascii("RIFF\u0000\u0000\u0000\u0000WAV"))).as("cut before WAVE ends").isEmpty();
        assertThat(AudioContainer.sniff(new byte[] {0x1A, 0x45, (byte) 0xDF})).isEmpty();
        assertThat(AudioContainer.sniff(new byte[0])).isEmpty();
        assertThat(AudioContainer.sniff(null)).isEmpty();
    }

    @Test
    void bytesAfterTheSignatureAreIgnored() {
        byte[] longHead = Arrays.copyOf(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}, 4096);

        assertThat(AudioContainer.sniff(longHead)).contains(AudioContainer.WEBM);
    }
}
