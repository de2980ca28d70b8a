package dev.aiinterview.googlespeech;

import dev.aiinterview.api.webm.WebmDemuxer;
import com.google.cloud.speech.v1.RecognitionConfig;
import com.google.cloud.speech.v1.RecognitionConfig.AudioEncoding;
import com.google.cloud.speech.v1.SpeechRecognitionAlternative;
import com.google.cloud.speech.v1.SpeechRecognitionResult;
import com.google.cloud.speech.v1.WordInfo;
import com.google.protobuf.ByteString;
import com.google.protobuf.Duration;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The double's "recognition": every burst of sound between silences is one word, named after its frequency
 * ({@code tone440}), with start and end times from the start of the audio of that request (to Google's 100 ms
 * steps), as Cloud Speech reports them. Tests that know when each burst sounded can then check that words came
 * back once each, at the right place in the whole answer.
 */
final class ToneRecognizer {

    private static final int FRAME_MS = 10;

    /** One result with a word per burst, or none for silence; LINEAR16 (first channel) and WEBM_OPUS are heard. */
    static List<SpeechRecognitionResult> results(RecognitionConfig config, ByteString content) {
        short[] pcm;
        int rate;
        if (config.getEncoding() == AudioEncoding.WEBM_OPUS) {
            pcm = OpusPcm.decode(WebmDemuxer.read(content.toByteArray(), "request", java.time.Duration.ofHours(8)),
                    "request");
            rate = OpusPcm.RATE;
        } else if (config.getEncoding() == AudioEncoding.LINEAR16) {
            int channels = Math.max(1, config.getAudioChannelCount());
            short[] all = new short[content.size() / 2];
            ByteBuffer.wrap(content.toByteArray()).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(all);
            pcm = new short[all.length / channels];
            for (int i = 0; i < pcm.length; i++) {
                pcm[i] = all[i * channels];
            }
            rate = config.getSampleRateHertz();
        } else {
            return List.of();
        }
        SpeechRecognitionAlternative.Builder best = SpeechRecognitionAlternative.newBuilder().setConfidence(0.9f);
        List<String> words = new ArrayList<>();
        for (int[] burst : bursts(pcm, rate)) {
            String word = "tone" + Math.round(frequency(pcm, burst[0], burst[1], rate) / 10) * 10;
            words.add(word);
            WordInfo.Builder info = WordInfo.newBuilder().setWord(word);
            if (config.getEnableWordTimeOffsets()) {
                info.setStartTime(time(burst[0], rate)).setEndTime(time(burst[1], rate));
            }
            if (config.getEnableWordConfidence()) {
                info.setConfidence(0.9f);
            }
            best.addWords(info);
        }
        if (words.isEmpty()) {
            return List.of();
        }
        return List.of(SpeechRecognitionResult.newBuilder().addAlternatives(best.setTranscript(String.join(" ", words)))
                .setLanguageCode("en-us").setResultEndTime(time(pcm.length, rate)).build());
    }

    /** Sample spans {start, end} of sound: 10 ms frames above a tenth of the loudest, gaps under 60 ms bridged. */
    static List<int[]> bursts(short[] pcm, int rate) {
        int frame = rate * FRAME_MS / 1000;
        int frames = pcm.length / frame;
        double[] rms = new double[frames];
        double loudest = 0;
        for (int f = 0; f < frames; f++) {
            double sum = 0;
            for (int i = f * frame; i < (f + 1) * frame; i++) {
                sum += (double) pcm[i] * pcm[i];
            }
            rms[f] = Math.sqrt(sum / frame);
            loudest = Math.max(loudest, rms[f]);
        }
        double threshold = Math.max(loudest / 10, 200);
        List<int[]> bursts = new ArrayList<>();
        int start = -1;
        int lastLoud = -100;
        for (int f = 0; f <= frames; f++) {
            boolean loud = f < frames && rms[f] > threshold;
            if (loud && start < 0) {
                start = f;
            }
            if (start >= 0 && (f == frames || !loud && f - lastLoud > 6)) {
                if (lastLoud - start >= 3) {
                    bursts.add(new int[] {start * frame, (lastLoud + 1) * frame});
                }
                start = -1;
            }
            if (loud) {
                lastLoud = f;
            }
        }
        return bursts;
    }

    /** From zero crossings in the middle 80% of the burst, away from the fades. */
    private static double frequency(short[] pcm, int from, int to, int rate) {
        int margin = (to - from) / 10;
        int crossings = 0;
        for (int i = from + margin + 1; i < to - margin; i++) {
            if ((pcm[i - 1] < 0) != (pcm[i] < 0)) {
                crossings++;
            }
        }
        return crossings / 2.0 / ((to - from - 2 * margin) / (double) rate);
    }

    private static Duration time(int sample, int rate) {
        long millis = Math.round(sample * 10.0 / rate) * 100;  // Google's word times come in 100 ms steps
        return Duration.newBuilder().setSeconds(millis / 1000).setNanos((int) (millis % 1000) * 1_000_000).build();
    }

    private ToneRecognizer() {
    }
}
