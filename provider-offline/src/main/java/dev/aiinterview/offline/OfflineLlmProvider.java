package dev.aiinterview.offline;

import dev.aiinterview.api.TokenUsage;
import dev.aiinterview.api.error.InterviewException;
import dev.aiinterview.api.error.InvalidRequestException;
import dev.aiinterview.api.error.ProviderException;
import dev.aiinterview.contract.AnswerEvaluation;
import dev.aiinterview.contract.FollowUpQuestion;
import dev.aiinterview.contract.InterviewSummary;
import dev.aiinterview.contract.JdAnalysis;
import dev.aiinterview.contract.QuestionPlan;
import dev.aiinterview.contract.QuestionReview;
import dev.aiinterview.json.Json;
import dev.aiinterview.spi.Capability;
import dev.aiinterview.spi.FinishReason;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmRequest;
import dev.aiinterview.spi.LlmResponse;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The offline engine: serves every prompt contract from the request's {@link LlmRequest#inputJson() input JSON}
 * with rules, a bundled skills vocabulary and text statistics instead of a model. It needs no network and no key,
 * gives the same output for the same input, and is thread-safe (it keeps no mutable state).
 *
 * <p>It reads the contract input, not the prompts, so its quality is that of a careful checklist: useful for demos,
 * tests and as a fallback, not a substitute for a model's judgement.
 */
public final class OfflineLlmProvider implements LlmProvider {

    /** The model name reported in responses and provenance. */
    public static final String MODEL = "offline-engine-1";

    private static final Logger LOG = LoggerFactory.getLogger(OfflineLlmProvider.class);
    private static final List<String> TASKS = List.of(JdAnalysis.NAME, QuestionPlan.NAME, QuestionReview.NAME,
            AnswerEvaluation.NAME, FollowUpQuestion.NAME, InterviewSummary.NAME);

    private final JdAnalysisHandler jdAnalysis;
    private final QuestionPlanHandler questionPlan;
    private final QuestionReviewHandler questionReview;
    private final AnswerEvaluationHandler answerEvaluation;
    private final FollowUpHandler followUp;
    private final InterviewSummaryHandler interviewSummary;

    /** An engine with the bundled vocabulary (read once per JVM, on first use). */
    public OfflineLlmProvider() {
        this(SkillVocabulary.standard());
    }

    OfflineLlmProvider(SkillVocabulary vocabulary) {
        this.jdAnalysis = new JdAnalysisHandler(vocabulary);
        this.questionPlan = new QuestionPlanHandler(vocabulary);
        this.questionReview = new QuestionReviewHandler();
        var analyzer = new AnswerAnalyzer(vocabulary);
        this.answerEvaluation = new AnswerEvaluationHandler(analyzer, vocabulary);
        this.followUp = new FollowUpHandler(analyzer, vocabulary);
        this.interviewSummary = new InterviewSummaryHandler();
    }

    @Override
    public String id() {
        return OfflineLlmProviderFactory.ID;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.OFFLINE, Capability.DETERMINISTIC, Capability.STRUCTURED_OUTPUT);
    }

    @Override
    public LlmResponse generate(LlmRequest request) {
        String task = request.task();
        if (!TASKS.contains(task)) {
            throw new InvalidRequestException(id(), "The offline engine cannot serve task '" + task
                    + "'; it supports " + String.join(", ", TASKS), null);
        }
        String input = request.inputJson().orElseThrow(() -> new InvalidRequestException(id(),
                "Request for '" + task + "' carries no input JSON; the offline engine reads the contract input, "
                        + "so build requests with PromptContract.request(input)", null));
        try {
            Object output = switch (task) {
                case JdAnalysis.NAME -> jdAnalysis.handle(read(input, JdAnalysis.Input.class));
                case QuestionPlan.NAME -> questionPlan.handle(read(input, QuestionPlan.Input.class));
                case QuestionReview.NAME -> questionReview.handle(read(input, QuestionReview.Input.class));
                case AnswerEvaluation.NAME -> answerEvaluation.handle(read(input, AnswerEvaluation.Input.class));
                case FollowUpQuestion.NAME -> followUp.handle(read(input, FollowUpQuestion.Input.class));
                default -> interviewSummary.handle(read(input, InterviewSummary.Input.class));
            };
            LOG.debug("Offline engine served {} (attempt {})", task, request.attempt());
            return new LlmResponse(Json.write(output), FinishReason.STOP, TokenUsage.NONE, MODEL);
        } catch (InterviewException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ProviderException(id(), "The offline engine failed on '" + task + "': " + e.getMessage(), e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return Json.read(json, type);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(id(), "Input for the offline engine is not a valid "
                    + type.getEnclosingClass().getSimpleName() + " input: " + e.getMessage(), e);
        }
    }
}
