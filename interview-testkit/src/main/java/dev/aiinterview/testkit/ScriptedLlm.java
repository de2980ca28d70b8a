package dev.aiinterview.testkit;

import dev.aiinterview.api.TokenUsage;
import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.api.error.InvalidRequestException;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.FinishReason;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmRequest;
import dev.aiinterview.spi.LlmResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An LLM that answers from a script and records every request, for tests. Replies are queued per task
 * ({@code answer-evaluation}, ...); when a task's queue is empty the fallback responder answers, if any, else the
 * call fails with a message naming the task. Failures can be queued too, to test retries and fallback.
 * Thread-safe.
 */
public final class ScriptedLlm implements LlmProvider {

    private final String id;
    private final Map<String, Deque<Object>> script = new HashMap<>();
    private final List<LlmRequest> requests = new ArrayList<>();
    private Function<LlmRequest, String> responder;
    private TokenUsage usage = new TokenUsage(100, 50, 0, 150);

    public ScriptedLlm() {
        this("scripted");
    }

    public ScriptedLlm(String id) {
        this.id = id;
    }

    /** Queues replies for a task, answered in order. */
    public synchronized ScriptedLlm reply(String task, String... replies) {
        for (String r : replies) {
            script.computeIfAbsent(task, k -> new ArrayDeque<>()).add(r);
        }
        return this;
    }

    /** Queues a failure for a task: the next call for it throws this exception. */
    public synchronized ScriptedLlm fail(String task, InterviewException failure) {
        script.computeIfAbsent(task, k -> new ArrayDeque<>()).add(failure);
        return this;
    }

    /** Answers every request no queued reply covers, such as another provider's {@code generate}. */
    public synchronized ScriptedLlm otherwise(Function<LlmRequest, String> responder) {
        this.responder = responder;
        return this;
    }

    /** The token usage reported with each reply. */
    public synchronized ScriptedLlm usage(TokenUsage usage) {
        this.usage = usage;
        return this;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String model() {
        return "scripted-model";
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.STRUCTURED_OUTPUT, Capability.OFFLINE, Capability.DETERMINISTIC);
    }

    @Override
    public LlmResponse generate(LlmRequest request) {
        Object next;
        Function<LlmRequest, String> fallback;
        TokenUsage reported;
        synchronized (this) {
            requests.add(request);
            Deque<Object> queue = script.get(request.task());
            next = queue == null ? null : queue.poll();
            fallback = responder;
            reported = usage;
        }
        if (next instanceof InterviewException failure) {
            throw failure;
        }
        String text = next != null ? (String) next : fallback != null ? fallback.apply(request) : null;
        if (text == null) {
            throw new InvalidRequestException(id, "ScriptedLlm has no reply queued for task '" + request.task()
                    + "': add one with reply(\"" + request.task() + "\", json)", null);
        }
        return new LlmResponse(text, FinishReason.STOP, reported, model());
    }

    /** Every request received, in order. */
    public synchronized List<LlmRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests received for one task, in order. */
    public synchronized List<LlmRequest> requests(String task) {
        return requests.stream().filter(r -> r.task().equals(task)).toList();
    }

    /** How many calls were made. */
    public synchronized int callCount() {
        return requests.size();
    }

    /** The last request received. */
    public synchronized LlmRequest lastRequest() {
        if (requests.isEmpty()) {
            throw new IllegalStateException("ScriptedLlm has received no request");
        }
        return requests.get(requests.size() - 1);
    }
}
