package dev.aiinterview.testkit;

import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.TranscriptWord;
import dev.aiinterview.api.error.InvalidRequestException;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.SpeechToTextProvider;
import dev.aiinterview.spi.TranscriptionOptions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A speech-to-text fake that plays back transcripts queued in advance, in order, whatever the audio says. Words
 * get synthetic timings (400 ms each) and confidence 0.95, except words written with a trailing {@code ~}, which
 * get confidence 0.3, to test low-confidence marking. Input that is not WAV or WebM is rejected as a real
 * provider would. Records what it was asked. Thread-safe.
 */
public final class PlaybackSpeechToText implements SpeechToTextProvider {

    private final String id;
    private final Deque<String> transcripts = new ArrayDeque<>();
    private final List<AudioInput> received = new ArrayList<>();
    private final List<TranscriptionOptions> options = new ArrayList<>();

    public PlaybackSpeechToText() {
        this("playback");
    }

    public PlaybackSpeechToText(String id) {
        this.id = id;
    }

    /** Queues transcripts, returned in order. */
    public synchronized PlaybackSpeechToText then(String... texts) {
        transcripts.addAll(List.of(texts));
        return this;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.WORD_TIMINGS, Capability.WORD_CONFIDENCE, Capability.OFFLINE,
                Capability.WEBM_AUDIO, Capability.DETERMINISTIC);
    }

    @Override
    public Transcript transcribe(AudioInput audio, TranscriptionOptions opts) {
        AudioSignatures.requireAudio(audio);
        String next;
        synchronized (this) {
            received.add(audio);
            options.add(opts);
            next = transcripts.poll();
        }
        if (next == null) {
            throw new InvalidRequestException(id, "PlaybackSpeechToText has no transcript queued: add one with then(text)",
                    null);
        }
        var words = new ArrayList<TranscriptWord>();
        var text = new StringBuilder();
        long t = 0;
        for (String raw : next.split("\\s+")) {
            if (raw.isEmpty()) {
                continue;
            }
            boolean unsure = raw.endsWith("~");
            String word = unsure ? raw.substring(0, raw.length() - 1) : raw;
            words.add(new TranscriptWord(word, t, t + 400, unsure ? 0.3 : 0.95));
            text.append(word).append(' ');
            t += 400;
        }
        return new Transcript(text.toString().strip(), opts.language(), words, 0.9, id);
    }

    /** The audio inputs received, in order. */
    public synchronized List<AudioInput> received() {
        return List.copyOf(received);
    }

    /** The options of each call, in order. */
    public synchronized List<TranscriptionOptions> options() {
        return List.copyOf(options);
    }
}
