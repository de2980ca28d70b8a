package dev.aiinterview.benchmarks;

import dev.aiinterview.api.TokenUsage;
import dev.aiinterview.contract.AnswerEvaluation;
import dev.aiinterview.contract.Fence;
import dev.aiinterview.core.event.EventBus;
import dev.aiinterview.core.llm.CallScope;
import dev.aiinterview.core.llm.ContractResult;
import dev.aiinterview.core.llm.ContractRunner;
import dev.aiinterview.core.llm.LlmGateway;
import dev.aiinterview.core.llm.RetryPolicy;
import dev.aiinterview.core.llm.Retries;
import dev.aiinterview.json.Json;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.FinishReason;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmRequest;
import dev.aiinterview.spi.LlmResponse;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.V;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The contract pipeline's own cost for one {@code answer-evaluation} call, side by side with LangChain4j's
 * {@code AiServices} on the same prompt text and the same JSON reply. Both models answer instantly, so what is
 * measured is everything around the model: rendering the prompt from the input record, the provider wrapper,
 * and reading the reply into the output record.
 *
 * <p>The SDK goes through {@link ContractRunner} and {@link LlmGateway} as an interview does, and also
 * schema-validates the reply and runs the contract's semantic checks (quotes come from the answer, the rating
 * agrees with the scores, ...). LangChain4j only parses the reply. {@link #setUp()} fails unless both sides send
 * the same system and user text and return equal records, so the comparison cannot drift.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ContractPipelineBenchmark {

    /** The same task as an AI Service: the SDK's template text, variables with the SDK's names. */
    public interface AnswerEvaluator {
        AnswerEvaluation.Output evaluate(@V("role_title") String roleTitle, @V("seniority") String seniority,
                                         @V("topic") String topic, @V("question_type") String questionType,
                                         @V("question") String question, @V("prompt") String prompt,
                                         @V("earlier") String earlier, @V("answer") String answer,
                                         @V("follow_up_allowed") String followUpAllowed);
    }

    private final AnswerEvaluation.Input input = AnswerEvaluationSample.INPUT;
    private final String[] preparedArguments = arguments(input);
    private ContractRunner runner;
    private ScheduledExecutorService retryTimer;
    private AnswerEvaluator evaluator;
    private final AtomicReference<LlmRequest> lastSdkRequest = new AtomicReference<>();
    private final AtomicReference<ChatRequest> lastChatRequest = new AtomicReference<>();

    @Setup
    public void setUp() {
        LlmProvider provider = new CannedProvider(AnswerEvaluationSample.REPLY, lastSdkRequest);
        // The canned provider never fails, so the retry timer never fires: a thread of its own is enough.
        retryTimer = Executors.newSingleThreadScheduledExecutor();
        runner = new ContractRunner(new LlmGateway(provider, null,
                new Retries(RetryPolicy.defaults(), retryTimer, Runnable::run, Clock.systemUTC()),
                new EventBus(List.of())));

        // The SDK's template text, held in memory as LangChain4j's annotations would hold it.
        SdkTemplate template = SdkTemplate.load(AnswerEvaluation.NAME, AnswerEvaluation.CONTRACT.version());
        evaluator = AiServices.builder(AnswerEvaluator.class)
                .chatModel(new CannedChatModel(AnswerEvaluationSample.REPLY, lastChatRequest))
                .systemMessageProvider(memoryId -> template.system())
                .userMessageProvider(memoryId -> template.user())
                .build();

        ContractResult<AnswerEvaluation.Output> sdk = runner.run(AnswerEvaluation.CONTRACT, input, CallScope.none());
        AnswerEvaluation.Output lc4j = langchain4j();
        List<ChatMessage> messages = lastChatRequest.get().messages();
        String system = ((SystemMessage) messages.get(0)).text();
        String user = ((UserMessage) messages.get(1)).singleText();
        require(!sdk.repaired(), "the canned reply must pass the contract on the first attempt");
        require(system.equals(lastSdkRequest.get().systemInstruction()), "system text differs between the two sides");
        require(user.equals(lastSdkRequest.get().userPrompt()), "user text differs between the two sides");
        require(sdk.value().equals(lc4j), "the two sides read the reply into different records");
        require(langchain4jPreparedArguments().equals(lc4j), "prepared arguments give a different record");
        require(lastChatRequest.get().messages().equals(messages), "prepared arguments give a different prompt");
    }

    /** The SDK: render, call through the gateway, clean, parse, schema-validate, map, semantic checks. */
    @TearDown
    public void tearDown() {
        retryTimer.shutdownNow();
    }

    @Benchmark
    public AnswerEvaluation.Output sdkContractRunner() {
        return runner.run(AnswerEvaluation.CONTRACT, input, CallScope.none()).value();
    }

    /**
     * LangChain4j: the same prompt from the same input record, its untrusted parts fenced and its records written as
     * JSON as the SDK's contract does on every call, then AiServices renders, calls and parses.
     */
    @Benchmark
    public AnswerEvaluation.Output langchain4j() {
        String[] a = arguments(input);
        return evaluator.evaluate(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("Benchmark set-up: " + message);
        }
    }

    /**
     * LangChain4j with the argument strings made once, in set-up: AiServices' own cost alone, a stricter bar than
     * {@link #langchain4j()} since the SDK still fences and serialises the input on every call.
     */
    @Benchmark
    public AnswerEvaluation.Output langchain4jPreparedArguments() {
        String[] a = preparedArguments;
        return evaluator.evaluate(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]);
    }

    private static String[] arguments(AnswerEvaluation.Input in) {
        return new String[] {Fence.wrap("role_title", in.roleTitle()), in.seniority().name(),
                Fence.wrap("topic", Json.write(in.topic())), in.question().type().name(),
                Fence.wrap("question", Json.write(in.question())), Fence.wrap("prompt", in.prompt()),
                Fence.wrap("earlier_exchanges", Json.write(in.earlier())),
                Fence.wrap("candidate_answer", in.transcript()), Boolean.toString(in.followUpAllowed())};
    }

    /** An LLM provider that answers every request at once with the same reply. */
    private record CannedProvider(String reply, AtomicReference<LlmRequest> last) implements LlmProvider {
        @Override
        public String id() {
            return "canned";
        }

        @Override
        public Set<Capability> capabilities() {
            return Set.of(Capability.STRUCTURED_OUTPUT);
        }

        @Override
        public LlmResponse generate(LlmRequest request) {
            last.lazySet(request);
            return new LlmResponse(reply, FinishReason.STOP, TokenUsage.NONE, "canned");
        }
    }

    /** A LangChain4j chat model that answers every request at once with the same reply. */
    private record CannedChatModel(String reply, AtomicReference<ChatRequest> last) implements ChatModel {
        @Override
        public ChatResponse doChat(ChatRequest request) {
            last.lazySet(request);
            return ChatResponse.builder().aiMessage(AiMessage.from(reply))
                    .finishReason(dev.langchain4j.model.output.FinishReason.STOP).build();
        }

        @Override
        public Set<dev.langchain4j.model.chat.Capability> supportedCapabilities() {
            // Like the SDK's structured output: the schema travels in the request, not as prose in the prompt.
            return Set.of(dev.langchain4j.model.chat.Capability.RESPONSE_FORMAT_JSON_SCHEMA);
        }
    }
}
