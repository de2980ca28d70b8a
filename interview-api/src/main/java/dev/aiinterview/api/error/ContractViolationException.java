package dev.aiinterview.api.error;

import java.util.List;

/**
 * The LLM's reply did not satisfy a prompt contract, even after one repair attempt. Carries the raw reply and
 * what was wrong with it, for diagnosis. Not retriable as is.
 */
public class ContractViolationException extends InterviewException {

    private final String contract;
    private final String rawReply;
    private final List<String> problems;

    public ContractViolationException(String contract, String rawReply, List<String> problems) {
        super("The reply to '" + contract + "' broke its contract: " + String.join("; ", problems));
        this.contract = contract;
        this.rawReply = rawReply;
        this.problems = List.copyOf(problems);
    }

    /** The contract name and version, such as {@code answer-evaluation/v1}. */
    public String contract() {
        return contract;
    }

    /** The last reply received, as the provider sent it. */
    public String rawReply() {
        return rawReply;
    }

    /** What was wrong with it. */
    public List<String> problems() {
        return problems;
    }
}
