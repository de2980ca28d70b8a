package dev.aiinterview.offline;

import dev.aiinterview.contract.Exchange;
import dev.aiinterview.contract.FollowUpQuestion;
import java.util.stream.Collectors;

/**
 * Serves the standalone {@code follow-up} contract: reads every answer given so far on the question as one text,
 * finds what it still leaves open and asks about that, never repeating a prompt already asked.
 */
final class FollowUpHandler {

    private final AnswerAnalyzer analyzer;
    private final FollowUpWriter writer;

    FollowUpHandler(AnswerAnalyzer analyzer, SkillVocabulary vocabulary) {
        this.analyzer = analyzer;
        this.writer = new FollowUpWriter(vocabulary);
    }

    FollowUpQuestion.Output handle(FollowUpQuestion.Input in) {
        String answers = in.exchanges().stream().map(Exchange::answer).filter(a -> a != null && !a.isBlank())
                .collect(Collectors.joining("\n"));
        var reading = analyzer.read(answers, in.topic(), in.question(), in.roleTitle());
        var asked = in.exchanges().stream().map(e -> Quotes.normalize(e.prompt())).collect(Collectors.toSet());
        asked.add(Quotes.normalize(in.question().text()));
        FollowUpWriter.Gap gap = FollowUpWriter.weakest(reading, in.question().type())
                .orElse(FollowUpWriter.Gap.NO_REASONING);
        String question = writer.question(gap, in.topic(), reading);
        // The same gap can survive a follow-up; then ask about the next one instead of repeating ourselves.
        for (FollowUpWriter.Gap next : FollowUpWriter.Gap.values()) {
            if (!asked.contains(Quotes.normalize(question))) {
                break;
            }
            gap = next;
            question = writer.question(gap, in.topic(), reading);
        }
        return new FollowUpQuestion.Output(Phrases.capitalize(gap.label) + " is still open", question, gap.probes);
    }
}
