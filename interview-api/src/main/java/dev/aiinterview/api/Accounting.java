package dev.aiinterview.api;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an interview cost: provider calls, tokens and time, for planning and the interview together.
 *
 * @param llmCalls        LLM calls made, repair attempts and retries included
 * @param llmCallsByTask  LLM calls per prompt contract, such as {@code answer-evaluation}
 * @param tokens          tokens used by every LLM call
 * @param llmMillis       time spent waiting for LLM providers
 * @param sttCalls        speech-to-text calls made
 * @param sttMillis       time spent waiting for speech-to-text providers
 * @param audioMillis     duration of the audio transcribed, where known
 * @param sttCallsByProvider speech-to-text calls per provider id, such as {@code gemini}
 */
public record Accounting(
        int llmCalls,
        Map<String, Integer> llmCallsByTask,
        TokenUsage tokens,
        long llmMillis,
        int sttCalls,
        long sttMillis,
        long audioMillis,
        Map<String, Integer> sttCallsByProvider) {

    /** Nothing spent yet. */
    public static final Accounting EMPTY = new Accounting(0, Map.of(), TokenUsage.NONE, 0, 0, 0, 0, Map.of());

    /**
     * Reads accountings stored before speech-to-text calls were counted per provider; those count as none. The maps
     * are kept sorted by key, so reports list tasks and providers in the same order every time.
     */
    public Accounting {
        llmCallsByTask = sorted(llmCallsByTask);
        sttCallsByProvider = sorted(sttCallsByProvider);
        tokens = tokens == null ? TokenUsage.NONE : tokens;
    }

    /** This accounting with one more LLM call. */
    public Accounting plusLlmCall(String task, TokenUsage usage, long millis) {
        var byTask = new TreeMap<>(llmCallsByTask);
        byTask.merge(task, 1, Integer::sum);
        return new Accounting(llmCalls + 1, byTask, tokens.plus(usage), llmMillis + millis,
                sttCalls, sttMillis, audioMillis, sttCallsByProvider);
    }

    /**
     * An accounting as earlier releases made it, without calls per speech-to-text provider.
     *
     * @deprecated use the canonical constructor, which also takes {@code sttCallsByProvider}
     */
    @Deprecated(since = "0.1.0")
    public Accounting(int llmCalls, Map<String, Integer> llmCallsByTask, TokenUsage tokens, long llmMillis,
                      int sttCalls, long sttMillis, long audioMillis) {
        this(llmCalls, llmCallsByTask, tokens, llmMillis, sttCalls, sttMillis, audioMillis, Map.of());
    }

    /**
     * This accounting with one more speech-to-text call, booked to no provider.
     *
     * @deprecated use {@link #plusSttCall(String, long, long)}, which also counts the call for its provider
     */
    @Deprecated(since = "0.1.0")
    public Accounting plusSttCall(long millis, long audioDurationMillis) {
        return new Accounting(llmCalls, llmCallsByTask, tokens, llmMillis,
                sttCalls + 1, sttMillis + millis, audioMillis + Math.max(0, audioDurationMillis), sttCallsByProvider);
    }

    /** This accounting with one more speech-to-text call to {@code provider}. */
    public Accounting plusSttCall(String provider, long millis, long audioDurationMillis) {
        var byProvider = new TreeMap<>(sttCallsByProvider);
        byProvider.merge(provider, 1, Integer::sum);
        return new Accounting(llmCalls, llmCallsByTask, tokens, llmMillis,
                sttCalls + 1, sttMillis + millis, audioMillis + Math.max(0, audioDurationMillis), byProvider);
    }

    /** The sum of two accountings. */
    public Accounting plus(Accounting other) {
        var byTask = new TreeMap<>(llmCallsByTask);
        other.llmCallsByTask.forEach((k, v) -> byTask.merge(k, v, Integer::sum));
        var byProvider = new TreeMap<>(sttCallsByProvider);
        other.sttCallsByProvider.forEach((k, v) -> byProvider.merge(k, v, Integer::sum));
        return new Accounting(llmCalls + other.llmCalls, byTask, tokens.plus(other.tokens),
                llmMillis + other.llmMillis, sttCalls + other.sttCalls, sttMillis + other.sttMillis,
                audioMillis + other.audioMillis, byProvider);
    }

    private static Map<String, Integer> sorted(Map<String, Integer> counts) {
        return counts == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(counts));
    }
}
