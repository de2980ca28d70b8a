package dev.aiinterview.googlespeech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.api.webm.WebmAudio;
import dev.aiinterview.api.webm.WebmDemuxer;
import com.google.cloud.speech.v1.RecognitionConfig.AudioEncoding;
import com.google.cloud.speech.v1.RecognizeRequest;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * A real browser recording, demuxed and decoded on the JVM. {@code webm/chromium-mediarecorder-4s.webm} was recorded
 * by Debian's Chromium 150 (headless) from {@code webm/record-fixture.html}, served by {@code python3 -m http.server}
 * on 127.0.0.1 with a POST handler saving the upload, and these flags: {@code --headless --no-sandbox --disable-gpu
 * --disable-background-networking --disable-component-update --disable-sync --no-first-run
 * --use-fake-ui-for-media-stream --use-fake-device-for-media-stream --use-file-for-fake-audio-capture=b.wav}, where
 * {@code espeak-ng -w a.wav "I led a team of five engineers to migrate our payment service to Kubernetes." && sox
 * a.wav -r 48000 -c 1 -b 16 b.wav} made the 4.3 s of speech. The page records 4 s with
 * {@code MediaRecorder('audio/webm;codecs=opus', 32 kbit/s)}; Chromium wrote stereo Opus in 60 ms packets, first
 * CELT then hybrid mode, with known sizes. The source's RMS is 3020 and its peak 25440 (sox stat), speech throughout.
 */
class BrowserRecordingTest {

    @Test
    void aChromiumMediaRecorderFileIsDemuxedAndDecodedToAudibleSpeech() throws IOException {
        // given
        byte[] webm = fixture();

        // when
        WebmAudio audio = WebmDemuxer.read(webm, "chromium-mediarecorder-4s.webm", Duration.ofMinutes(10));
        short[] pcm = OpusPcm.decode(audio, "chromium-mediarecorder-4s.webm");

        // then
        assertThat(audio.channels()).isEqualTo(2);
        assertThat(audio.seconds()).isCloseTo(4.0, Offset.offset(0.4));
        assertThat(pcm.length / 16_000.0).isCloseTo(audio.seconds(), Offset.offset(0.001));
        assertThat(rms(pcm, 0, pcm.length)).as("RMS of the speech, as the source's").isBetween(2_300.0, 3_800.0);
        int peak = 0;
        for (short s : pcm) {
            peak = Math.max(peak, Math.abs(s));
        }
        assertThat(peak).isBetween(19_000, 32_767);
        for (int half = 0; half + 8_000 <= pcm.length; half += 8_000) {
            assertThat(rms(pcm, half, half + 8_000)).as("speech at %.1f s", half / 16_000.0).isGreaterThan(500);
        }
    }

    @Test
    void theRecordingGoesToGoogleUntouchedAsWebmOpus() throws IOException {
        byte[] webm = fixture();
        try (MockSpeechServer google = new MockSpeechServer();
             SpeechToTextProvider provider = google.provider()) {
            google.answer(MockSpeechServer.result("I led a team", 0.9f));

            provider.transcribe(AudioInput.ofBytes(webm, "audio/webm"), TranscriptionOptions.defaults());

            RecognizeRequest request = google.recognizeRequest();
            assertThat(request.getConfig().getEncoding()).isEqualTo(AudioEncoding.WEBM_OPUS);
            assertThat(request.getConfig().getSampleRateHertz()).isEqualTo(48_000);
            assertThat(request.getAudio().getContent().toByteArray()).isEqualTo(webm);
        }
    }

    private byte[] fixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/webm/chromium-mediarecorder-4s.webm")) {
            return in.readAllBytes();
        }
    }

    private static double rms(short[] pcm, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) pcm[i] * pcm[i];
        }
        return Math.sqrt(sum / (to - from));
    }
}
