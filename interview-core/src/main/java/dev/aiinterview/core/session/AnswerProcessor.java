package dev.aiinterview.core.session;

import dev.aiinterview.api.AnswerMode;
import dev.aiinterview.api.AudioInput;
import dev.aiinterview.api.CriterionScores;
import dev.aiinterview.api.Evaluation;
import dev.aiinterview.api.FollowUp;
import dev.aiinterview.api.InterviewPlan;
import dev.aiinterview.api.Question;
import dev.aiinterview.api.QuestionType;
import dev.aiinterview.api.StarAssessment;
import dev.aiinterview.api.Topic;
import dev.aiinterview.api.TopicKind;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.Turn;
import dev.aiinterview.api.error.ConfigurationException;
import dev.aiinterview.contract.AnswerEvaluation;
import dev.aiinterview.core.llm.ContractResult;
import dev.aiinterview.contract.Exchange;
import dev.aiinterview.core.llm.AccountingScope;
import dev.aiinterview.spi.TranscriptionOptions;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Transcribes and evaluates one answer. Holds no state: the session applies what it returns. */
final class AnswerProcessor {

    private final SessionContext ctx;

    AnswerProcessor(SessionContext ctx) {
        this.ctx = ctx;
    }

    /** The evaluation of a turn and the follow-up it calls for, if any. */
    record Outcome(Evaluation evaluation, FollowUp followUp) {}

    /** The audio of a spoken answer, from the host's file. */
    static AudioInput audioOf(Turn turn) {
        var media = turn.answer().media();
        if (media == null || !media.uri().startsWith("file:")) {
            throw new IllegalStateException("The recording of " + turn.questionId() + " is not in a local file");
        }
        return AudioInput.ofFile(Path.of(java.net.URI.create(media.uri())), media.mimeType());
    }

    /** Transcribes a spoken answer without waiting for the provider; fails as {@code SpeechGateway} does. */
    CompletableFuture<Transcript> transcribe(String sessionId, InterviewPlan plan, AudioInput audio,
                                             AccountingScope scope) {
        if (ctx.speech() == null) {
            throw new ConfigurationException("Spoken answers cannot be transcribed: " + (ctx.sttMissing() != null
                    ? ctx.sttMissing() : "no speech-to-text provider is configured; set interview.stt.provider "
                    + "(e.g. gemini or vosk)") + ". Or answer in text.");
        }
        var options = TranscriptionOptions.builder()
                .language(ctx.settings().language())
                .phraseHints(hints(plan))
                .wordTimings(true)
                .build();
        return ctx.speech().transcribeAsync(audio, options, scope);
    }

    /** Evaluates a turn's answer; {@code questionTurns} are the earlier turns of the same question. */
    CompletableFuture<Outcome> evaluate(InterviewPlan plan, List<Turn> questionTurns, Turn turn, int maxFollowUps,
                                        AccountingScope scope) {
        Question question = plan.question(turn.questionId()).orElseThrow();
        Topic topic = topicOf(plan, question);
        List<Exchange> earlier = questionTurns.stream()
                .filter(t -> t.followUpIndex() < turn.followUpIndex())
                .map(t -> new Exchange(t.prompt(), textOf(t)))
                .toList();
        boolean followUpAllowed = turn.followUpIndex() < maxFollowUps;
        var input = new AnswerEvaluation.Input(plan.profile().roleTitle(), plan.profile().seniority(), topic,
                question, turn.prompt(), turn.followUpIndex(), earlier, textOf(turn), followUpAllowed);
        return runEvaluation(input, scope).thenApply(result -> outcome(question, turn, followUpAllowed, result));
    }

    /**
     * The one place answer processing calls the LLM. Asynchronous all the way down: while the provider works no
     * thread waits for it (a blocking provider runs on the thread that calls this, the session executor).
     */
    private CompletableFuture<ContractResult<AnswerEvaluation.Output>> runEvaluation(AnswerEvaluation.Input input,
                                                                                     AccountingScope scope) {
        return ctx.runner().runAsync(AnswerEvaluation.CONTRACT, input, scope);
    }

    private static Outcome outcome(Question question, Turn turn, boolean followUpAllowed,
                                   ContractResult<AnswerEvaluation.Output> result) {
        var out = result.value();
        StarAssessment star = question.type() == QuestionType.BEHAVIORAL && out.star() != null
                ? new StarAssessment(blankToNull(out.star().situation()), blankToNull(out.star().task()),
                        blankToNull(out.star().action()), blankToNull(out.star().result()))
                : null;
        var evaluation = new Evaluation(out.rating(), new CriterionScores(out.clarity(), out.relevance(), out.skill()),
                out.strengths(), out.weaknesses(), out.evidence(), star, out.rationale(), result.provenance());
        FollowUp followUp = null;
        if (followUpAllowed && out.followUp() != null && out.followUp().needed()) {
            followUp = new FollowUp(question.id(), turn.followUpIndex() + 1, out.followUp().question().strip(),
                    out.followUp().probes());
        }
        return new Outcome(evaluation, followUp);
    }

    static String textOf(Turn t) {
        if (t.answer() == null || t.answer().mode() == AnswerMode.SKIPPED || t.answer().transcript() == null) {
            return "";
        }
        return t.answer().transcript().text();
    }

    static Topic topicOf(InterviewPlan plan, Question question) {
        return plan.profile().topic(question.topicId()).orElseGet(() -> new Topic(question.topicId(),
                question.text(), TopicKind.SKILL, null, false, "", List.of(), List.of()));
    }

    private static List<String> hints(InterviewPlan plan) {
        var hints = new LinkedHashSet<String>();
        for (Topic t : plan.profile().topics()) {
            hints.add(t.name());
            hints.addAll(t.keywords());
        }
        return hints.stream().limit(100).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
