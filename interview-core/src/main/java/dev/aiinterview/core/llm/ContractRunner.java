package dev.aiinterview.core.llm;

import dev.aiinterview.contract.Fence;
import dev.aiinterview.contract.PromptContract;
import dev.aiinterview.api.error.ContractViolationException;
import dev.aiinterview.core.llm.CallScope;
import dev.aiinterview.core.llm.LlmCall;
import dev.aiinterview.core.llm.LlmCaller;
import dev.aiinterview.spi.LlmRequest;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one reply pipeline every contract goes through: render -> call -> clean -> schema-validate -> map to the
 * record -> semantic checks; on failure one repair attempt that shows the model its reply and the problems; then a
 * {@link ContractViolationException} carrying the raw reply.
 */
public final class ContractRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ContractRunner.class);

    private final LlmCaller caller;

    public ContractRunner(LlmCaller caller) {
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    public <I, O> ContractResult<O> run(PromptContract<I, O> contract, I input, CallScope scope) {
        LlmRequest request = contract.request(input);
        LlmCall first = caller.call(request, scope);
        PromptContract.Reading<O> attempt = contract.read(input, first.response().text());
        if (attempt.value() != null) {
            return new ContractResult<>(attempt.value(), first.provenance(), false);
        }
        LOG.info("Reply to {} from '{}' failed its contract ({}); asking once for a repair", contract.id(),
                first.provenance().provider(), String.join("; ", attempt.problems()));
        LlmRequest repair = request.toBuilder()
                .userPrompt(request.userPrompt() + "\n\n" + repairNote(first.response().text(), attempt.problems()))
                .attempt(2)
                .build();
        LlmCall second = caller.call(repair, scope);
        PromptContract.Reading<O> repaired = contract.read(input, second.response().text());
        if (repaired.value() != null) {
            return new ContractResult<>(repaired.value(), second.provenance(), true);
        }
        throw new ContractViolationException(contract.id(), second.response().text(), repaired.problems());
    }

    /**
     * {@link #run} without holding a thread while the provider works: the same pipeline, each step run when the
     * call before it completes. The future fails with the same exceptions {@code run} throws.
     */
    public <I, O> CompletableFuture<ContractResult<O>> runAsync(PromptContract<I, O> contract, I input,
                                                                 CallScope scope) {
        LlmRequest request;
        try {
            request = contract.request(input);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return caller.callAsync(request, scope).thenCompose(first -> {
            PromptContract.Reading<O> attempt = contract.read(input, first.response().text());
            if (attempt.value() != null) {
                return CompletableFuture.completedFuture(new ContractResult<>(attempt.value(), first.provenance(),
                        false));
            }
            LOG.info("Reply to {} from '{}' failed its contract ({}); asking once for a repair", contract.id(),
                    first.provenance().provider(), String.join("; ", attempt.problems()));
            LlmRequest repair = request.toBuilder()
                    .userPrompt(request.userPrompt() + "\n\n" + repairNote(first.response().text(),
                            attempt.problems()))
                    .attempt(2)
                    .build();
            return caller.callAsync(repair, scope).thenApply(second -> {
                PromptContract.Reading<O> repaired = contract.read(input, second.response().text());
                if (repaired.value() != null) {
                    return new ContractResult<>(repaired.value(), second.provenance(), true);
                }
                throw new ContractViolationException(contract.id(), second.response().text(), repaired.problems());
            });
        });
    }

    private static String repairNote(String previousReply, List<String> problems) {
        var note = new StringBuilder("Your previous reply was rejected. Problems:\n");
        problems.forEach(p -> note.append("- ").append(p).append('\n'));
        note.append("Your previous reply, as data:\n")
                .append(Fence.wrap("previous_reply", previousReply))
                .append("\nReply again with one JSON object that satisfies the schema and fixes every problem.");
        return note.toString();
    }
}
