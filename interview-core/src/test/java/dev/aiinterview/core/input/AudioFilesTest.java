package dev.aiinterview.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.error.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

/** What an answer's audio is, told by its first bytes whatever its declared type. */
class AudioFilesTest {

    private static byte[] wav(int frames) throws IOException {
        AudioFormat format = new AudioFormat(16_000, 16, 1, true, false);
        var out = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(new byte[frames * 2]), format, frames),
                AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
    }

    @Test
    void aWavLabelledAsWebmIsProbedAsWavWithItsDuration() throws IOException {
        var probe = AudioFiles.probe(AudioInput.ofBytes(wav(8_000), "audio/webm"));

        assertThat(probe.mimeType()).isEqualTo("audio/wav");
        assertThat(probe.durationMs()).isEqualTo(500L);
        assertThat(probe.format().getSampleRate()).isEqualTo(16_000f);
    }

    @Test
    void theEbmlSignatureIsWebmAndIsNotDecoded() {
        byte[] webm = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86, (byte) 0x81};

        var probe = AudioFiles.probe(AudioInput.ofBytes(webm, "video/webm"));

        assertThat(probe.mimeType()).isEqualTo("audio/webm");
        assertThat(probe.durationMs()).isNull();
        assertThat(probe.format()).isNull();
    }

    @Test
    void textIsRejectedWithTheFormatsAccepted() {
        var text = AudioInput.ofBytes("this is a text file".getBytes(StandardCharsets.UTF_8), "audio/wav");

        assertThatThrownBy(() -> AudioFiles.probe(text))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not WAV or WebM audio");
    }

    @Test
    void oggIsRecognisedButNotAcceptedHere() {
        var ogg = AudioInput.ofBytes("OggS\u0000\u0002 more bytes".getBytes(StandardCharsets.ISO_8859_1), "audio/ogg");

        assertThatThrownBy(() -> AudioFiles.probe(ogg)).isInstanceOf(InvalidInputException.class);
    }
}
