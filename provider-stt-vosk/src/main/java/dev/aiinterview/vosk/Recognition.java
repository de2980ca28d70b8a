package dev.aiinterview.vosk;

/**
 * A recognizer for one audio stream. Not thread-safe: each stream has its own. An interface so the streaming,
 * chunking and concurrency of the provider are tested without a model.
 */
interface Recognition extends AutoCloseable {

    /** Feeds 16-bit little-endian mono PCM; {@code true} when an utterance ended and {@link #result()} is ready. */
    boolean accept(byte[] pcm, int length);

    /** Vosk's JSON for the utterance that just ended. */
    String result();

    /** Vosk's JSON for what is left once the stream ends. */
    String finalResult();

    @Override
    void close();

    /** Opens recognizers over one loaded model; thread-safe. */
    interface Source extends AutoCloseable {

        /** A new recognizer for a stream at this sample rate, returning words with start, end and confidence. */
        Recognition open(float sampleRate);

        @Override
        void close();
    }
}
