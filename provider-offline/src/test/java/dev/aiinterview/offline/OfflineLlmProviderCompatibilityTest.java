package dev.aiinterview.offline;

import dev.aiinterview.api.Seniority;
import dev.aiinterview.contract.AnswerEvaluation;
import dev.aiinterview.contract.Exchange;
import dev.aiinterview.contract.FollowUpQuestion;
import dev.aiinterview.contract.InterviewSummary;
import dev.aiinterview.contract.JdAnalysis;
import dev.aiinterview.contract.QuestionPlan;
import dev.aiinterview.contract.QuestionReview;
import dev.aiinterview.spi.LlmProvider;
import dev.aiinterview.spi.LlmRequest;
import dev.aiinterview.testkit.LlmProviderCompatibilityKit;
import java.util.List;

/** The offline engine passes the SDK's LLM compatibility kit with a request for every contract. */
class OfflineLlmProviderCompatibilityTest extends LlmProviderCompatibilityKit {

    @Override
    protected LlmProvider createProvider() {
        return new OfflineLlmProviderFactory().create(dev.aiinterview.api.config.ConfigSource.empty());
    }

    @Override
    protected List<LlmRequest> sampleRequests() {
        return List.of(
                JdAnalysis.CONTRACT.request(new JdAnalysis.Input(Samples.BACKEND_JD, 5, 7)),
                QuestionPlan.CONTRACT.request(new QuestionPlan.Input("Senior Backend Engineer", Seniority.SENIOR,
                        List.of(Samples.POSTGRES), 3)),
                QuestionReview.CONTRACT.request(new QuestionReview.Input("Senior Backend Engineer",
                        List.of(Samples.BEHAVIORAL, Samples.TECHNICAL))),
                AnswerEvaluation.CONTRACT.request(Samples.evaluation(Samples.BEHAVIORAL, Samples.STRONG, true)),
                FollowUpQuestion.CONTRACT.request(new FollowUpQuestion.Input("Senior Backend Engineer", Samples.POSTGRES,
                        Samples.BEHAVIORAL, List.of(new Exchange(Samples.BEHAVIORAL.text(), Samples.WEAK)))),
                InterviewSummary.CONTRACT.request(new InterviewSummary.Input("Senior Backend Engineer",
                        Seniority.SENIOR, List.of(Samples.POSTGRES), List.of(), 0)));
    }
}
