package dev.aiinterview.cli;

import dev.aiinterview.api.InterviewEvent;
import dev.aiinterview.api.InterviewListener;
import dev.aiinterview.api.TokenUsage;
import java.util.Map;
import java.util.TreeMap;

/** Adds up the SDK's {@link InterviewEvent.LlmCallFinished} events: calls, tokens and time spent waiting. */
final class CallMeter implements InterviewListener {

    /**
     * LLM use over a stretch of the run.
     *
     * @param calls        calls made, retries and repair attempts included
     * @param failed       calls that failed
     * @param callsByTask  calls per prompt contract
     * @param inputTokens  prompt tokens, as the provider reported them (0 for engines that report none)
     * @param outputTokens generated tokens
     * @param totalTokens  the provider's totals
     * @param llmMillis    time spent waiting for the LLM
     */
    record Usage(int calls, int failed, Map<String, Integer> callsByTask, long inputTokens, long outputTokens,
                 long totalTokens, long llmMillis) {

        /** What was spent between an earlier snapshot and this one. */
        Usage minus(Usage earlier) {
            var byTask = new TreeMap<>(callsByTask);
            earlier.callsByTask().forEach((task, n) -> byTask.merge(task, -n, Integer::sum));
            byTask.values().removeIf(n -> n == 0);
            return new Usage(calls - earlier.calls, failed - earlier.failed, byTask,
                    inputTokens - earlier.inputTokens, outputTokens - earlier.outputTokens,
                    totalTokens - earlier.totalTokens, llmMillis - earlier.llmMillis);
        }
    }

    private int calls;
    private int failed;
    private final Map<String, Integer> byTask = new TreeMap<>();
    private TokenUsage tokens = TokenUsage.NONE;
    private long millis;

    @Override
    public synchronized void onEvent(InterviewEvent event) {
        if (event instanceof InterviewEvent.LlmCallFinished call) {
            calls++;
            failed += call.success() ? 0 : 1;
            byTask.merge(call.task(), 1, Integer::sum);
            tokens = tokens.plus(call.usage() == null ? TokenUsage.NONE : call.usage());
            millis += call.millis();
        }
    }

    synchronized Usage snapshot() {
        return new Usage(calls, failed, Map.copyOf(new TreeMap<>(byTask)), tokens.inputTokens(),
                tokens.outputTokens(), tokens.totalTokens(), millis);
    }
}
