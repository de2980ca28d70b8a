package dev.aiinterview.vosk;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * Stands in for a Vosk model: each recognizer records the chunks it is fed, ends an "utterance" when
 * {@link #endUtteranceAfterChunk} says so, and answers with JSON in Vosk's shape whose one word tells how many bytes
 * it heard ({@code bytes-32000}), so a test sees that every stream got all of its own audio.
 */
final class FakeRecognizers implements Recognition.Source {

    final List<Fake> opened = new CopyOnWriteArrayList<>();
    final AtomicInteger active = new AtomicInteger();
    final AtomicInteger mostActive = new AtomicInteger();
    final AtomicBoolean closed = new AtomicBoolean();
    volatile IntPredicate endUtteranceAfterChunk = chunk -> false;
    volatile Runnable onAccept = () -> { };

    @Override
    public Recognition open(float sampleRate) {
        if (closed.get()) {
            throw new IllegalStateException("closed");
        }
        var fake = new Fake(sampleRate);
        opened.add(fake);
        mostActive.accumulateAndGet(active.incrementAndGet(), Math::max);
        return fake;
    }

    @Override
    public void close() {
        closed.set(true);
    }

    final class Fake implements Recognition {
        final float sampleRate;
        final List<Integer> chunkSizes = new CopyOnWriteArrayList<>();
        volatile long bytes;
        volatile boolean closed;
        private long bytesAtLastResult;

        Fake(float sampleRate) {
            this.sampleRate = sampleRate;
        }

        @Override
        public boolean accept(byte[] pcm, int length) {
            onAccept.run();
            chunkSizes.add(length);
            bytes += length;
            return endUtteranceAfterChunk.test(chunkSizes.size());
        }

        @Override
        public String result() {
            return utterance();
        }

        @Override
        public String finalResult() {
            return utterance();
        }

        private String utterance() {
            long heard = bytes - bytesAtLastResult;
            bytesAtLastResult = bytes;
            double start = (bytes - heard) / (2.0 * sampleRate);
            double end = bytes / (2.0 * sampleRate);
            return "{\n  \"result\" : [{\n      \"conf\" : 0.500000,\n      \"end\" : " + end + ",\n      \"start\" : "
                    + start + ",\n      \"word\" : \"bytes-" + heard + "\"\n    }],\n  \"text\" : \"bytes-" + heard
                    + "\"\n}";
        }

        @Override
        public void close() {
            closed = true;
            active.decrementAndGet();
        }
    }
}
