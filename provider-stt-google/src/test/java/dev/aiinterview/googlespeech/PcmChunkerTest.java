package dev.aiinterview.googlespeech;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aiinterview.googlespeech.PcmChunker.Span;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PcmChunkerTest {

    private static final int RATE = 16_000;

    @Test
    void audioNoLongerThanTheLimitIsOneChunk() {
        short[] pcm = new short[RATE * 50];

        assertThat(PcmChunker.split(pcm, RATE, 50_000)).containsExactly(new Span(0, pcm.length));
    }

    @Test
    void cutsLandInTheSilencesBetweenBurstsAndNoChunkExceedsTheLimit() {
        // given 150 s of 400 ms bursts about every 2 s
        List<TestAudio.Burst> bursts = TestAudio.bursts(150);
        short[] pcm = TestAudio.render(bursts, RATE, 150);

        // when
        List<Span> spans = PcmChunker.split(pcm, RATE, 50_000);

        // then
        assertThat(spans).hasSizeGreaterThanOrEqualTo(4);
        assertContiguous(spans, pcm.length);
        assertThat(spans).allSatisfy(s -> assertThat(s.end() - s.start()).isLessThanOrEqualTo(50 * RATE));
        for (Span s : spans.subList(0, spans.size() - 1)) {
            long cutMs = s.end() * 1000L / RATE;
            assertThat(bursts).as("a burst sounding at the cut at %d ms", cutMs)
                    .noneMatch(b -> b.startMs() - 20 <= cutMs && cutMs <= b.endMs() + 20);
            assertThat(cutMs % 20).as("cuts fall on 20 ms frames, so offsets are whole milliseconds").isZero();
        }
    }

    @Test
    void theCutGoesInTheMiddleOfTheLongestPause() {
        // given sound everywhere but a 300 ms pause at 41.0 s and a 1.2 s pause at 44.0 s, before a 50 s limit
        short[] pcm = noise(60, 4_000);
        silence(pcm, 41_000, 41_300);
        silence(pcm, 44_000, 45_200);

        // when
        List<Span> spans = PcmChunker.split(pcm, RATE, 50_000);

        // then
        assertThat(spans.get(0).end() * 1000L / RATE).isEqualTo(44_600);
    }

    @Test
    void aSignalWithNoSilenceIsCutAtTheLimit() {
        short[] pcm = noise(130, 3_000);

        List<Span> spans = PcmChunker.split(pcm, RATE, 50_000);

        assertThat(spans).containsExactly(new Span(0, 50 * RATE), new Span(50 * RATE, 100 * RATE),
                new Span(100 * RATE, pcm.length));
    }

    @Test
    void quietBackgroundNoiseCountsAsAPauseWhenSpeechIsLouder() {
        // given steady -50 dBFS noise with loud sound over all of it but 41.5 s to 42.5 s
        short[] pcm = noise(55, 100);
        short[] loud = noise(55, 6_000);
        for (int i = 0; i < pcm.length; i++) {
            if (i < 41_500 * 16 || i >= 42_500 * 16) {
                pcm[i] = loud[i];
            }
        }

        List<Span> spans = PcmChunker.split(pcm, RATE, 50_000);

        assertThat(spans.get(0).end() * 1000L / RATE).isBetween(41_900L, 42_100L);
    }

    private static void assertContiguous(List<Span> spans, int length) {
        assertThat(spans.get(0).start()).isZero();
        assertThat(spans.get(spans.size() - 1).end()).isEqualTo(length);
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).start()).isEqualTo(spans.get(i - 1).end());
        }
    }

    private static short[] noise(int seconds, int amplitude) {
        Random random = new Random(42);
        short[] pcm = new short[seconds * RATE];
        for (int i = 0; i < pcm.length; i++) {
            pcm[i] = (short) (random.nextGaussian() * amplitude);
        }
        return pcm;
    }

    private static void silence(short[] pcm, long fromMs, long toMs) {
        for (int i = (int) (fromMs * 16); i < toMs * 16; i++) {
            pcm[i] = 0;
        }
    }
}
