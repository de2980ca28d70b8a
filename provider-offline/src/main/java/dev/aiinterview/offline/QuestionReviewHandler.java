package dev.aiinterview.offline;

import dev.aiinterview.contract.QuestionReview;
import dev.aiinterview.contract.QuestionScreen;

/**
 * Serves {@code question-review} with the SDK's rule-based {@link QuestionScreen}: questions about protected
 * characteristics or that lead the candidate are flagged with a reason and a neutral rewrite.
 */
final class QuestionReviewHandler {

    private final QuestionScreen screen = new QuestionScreen();

    QuestionReview.Output handle(QuestionReview.Input in) {
        return new QuestionReview.Output(screen.screen(in.questions()).stream()
                .map(f -> new QuestionReview.Flag(f.questionId(), f.reason(), f.category(), f.suggestedRewrite()))
                .toList());
    }
}
