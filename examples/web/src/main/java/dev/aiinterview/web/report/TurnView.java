package dev.aiinterview.web.report;

import static dev.aiinterview.web.http.Html.esc;

import dev.aiinterview.web.http.Html;
import dev.aiinterview.web.storage.MediaRepository;
import dev.aiinterview.api.AnswerMode;
import dev.aiinterview.api.Evaluation;
import dev.aiinterview.api.Rating;
import dev.aiinterview.api.StarAssessment;
import dev.aiinterview.api.Transcript;
import dev.aiinterview.api.TranscriptWord;
import dev.aiinterview.api.Turn;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One answer as the recruiter sees it: the recordings, the transcript with words the speech-to-text engine was
 * unsure of marked, and the evaluation with its quoted evidence and STAR coverage.
 */
final class TurnView {

    private final double lowConfidence;
    private final List<MediaRepository.Media> media;

    TurnView(double lowConfidence, List<MediaRepository.Media> media) {
        this.lowConfidence = lowConfidence;
        this.media = media;
    }

    /** @param index the turn's position in the session, which is how recordings are filed */
    String render(int index, Turn t) {
        var html = new StringBuilder("<div class=\"turn\">");
        recordings(html, index);
        if (t.answer() == null || t.answer().mode() == AnswerMode.SKIPPED) {
            return html.append("<p class=\"muted\"><em>Skipped: the candidate gave no answer.</em></p></div>").toString();
        }
        Transcript tr = t.answer().transcript();
        if (tr == null) {
            html.append("<p class=\"muted\"><em>Not transcribed").append(t.error() == null ? " yet" : ": " + esc(t.error()))
                    .append(". Listen to the recording.</em></p>");
        } else {
            boolean typed = t.answer().mode() == AnswerMode.TEXT;
            html.append("<p class=\"label\">").append(typed ? "Typed answer" : "Transcript · " + esc(tr.engine()))
                    .append("</p><blockquote class=\"transcript\">").append(marked(tr)).append("</blockquote>");
            int unsure = tr.lowConfidenceWords(lowConfidence).size();
            if (unsure > 0) {
                html.append("<p class=\"small muted\"><mark class=\"unsure\">Marked</mark> ").append(unsure)
                        .append(unsure == 1 ? " word was" : " words were")
                        .append(" recognised with low confidence: check the recording before relying on ")
                        .append(unsure == 1 ? "it" : "them").append(".</p>");
            }
        }
        Evaluation e = t.evaluation();
        if (e == null) {
            html.append("<p class=\"muted\"><em>Not evaluated").append(t.error() == null ? " yet" : ": "
                    + esc(t.error())).append(".</em></p>");
        } else {
            evaluation(html, e);
        }
        if (t.followUp() != null && !t.followUp().probes().isBlank()) {
            html.append("<p class=\"small muted\">The AI asked a follow-up to probe: ").append(esc(t.followUp().probes()))
                    .append("</p>");
        }
        return html.append("</div>").toString();
    }

    private void recordings(StringBuilder html, int index) {
        Optional<MediaRepository.Media> video = latest(index, MediaRepository.Kind.VIDEO);
        Optional<MediaRepository.Media> audio = latest(index, MediaRepository.Kind.AUDIO);
        if (video.isEmpty() && audio.isEmpty()) {
            return;
        }
        html.append("<div class=\"recordings no-print\">");
        video.ifPresent(v -> html.append("<video controls preload=\"metadata\" src=\"/recruiter/media/")
                .append(esc(v.id())).append("\"></video>"));
        audio.ifPresent(a -> html.append("<div class=\"audio\"><span class=\"small muted\">Audio sent to speech-to-text"
                + "</span><audio controls preload=\"none\" src=\"/recruiter/media/").append(esc(a.id())).append("\">"
                + "</audio></div>"));
        html.append("</div>");
    }

    private Optional<MediaRepository.Media> latest(int index, MediaRepository.Kind kind) {
        return media.stream().filter(m -> m.turnIndex() == index && m.kind() == kind)
                .max(Comparator.comparing(MediaRepository.Media::createdAt));
    }

    private void evaluation(StringBuilder html, Evaluation e) {
        html.append("<div class=\"evaluation\"><div class=\"rating-line\">").append(rating(e.rating()))
                .append("<span class=\"scores\">Clarity ").append(e.scores().clarity()).append("/5 · Relevance ")
                .append(e.scores().relevance()).append("/5 · Skill ").append(e.scores().skill()).append("/5</span>")
                .append("<span class=\"small muted\">by ").append(esc(e.engine() == null ? "?" : e.engine().provider()))
                .append(e.engine() != null && e.engine().fallback() ? " (fallback: " + esc(e.engine().fallbackReason())
                        + ")" : "").append("</span></div>");
        if (!e.rationale().isBlank()) {
            html.append("<p>").append(esc(e.rationale())).append("</p>");
        }
        if (!e.evidence().isEmpty()) {
            html.append("<p class=\"label\">Evidence quoted from the answer</p><ul class=\"evidence\">");
            e.evidence().forEach(q -> html.append("<li><q>").append(esc(q)).append("</q></li>"));
            html.append("</ul>");
        }
        if (!e.strengths().isEmpty() || !e.weaknesses().isEmpty()) {
            html.append("<div class=\"two-col\">");
            list(html, "Strengths", e.strengths(), "plus");
            list(html, "Weaknesses", e.weaknesses(), "minus");
            html.append("</div>");
        }
        StarAssessment star = e.star();
        if (star != null) {
            html.append("<div class=\"star\"><span class=\"label\">STAR</span>")
                    .append(chip("Situation", star.situation())).append(chip("Task", star.task()))
                    .append(chip("Action", star.action())).append(chip("Result", star.result())).append("</div>");
        }
        html.append("</div>");
    }

    static String rating(Rating rating) {
        if (rating == null) {
            return "<span class=\"rating none\">Not assessed</span>";
        }
        return "<span class=\"rating r-" + rating.name().toLowerCase(Locale.ROOT) + "\">" + esc(Html.words(rating))
                + "</span>";
    }

    private String marked(Transcript tr) {
        if (tr.words().isEmpty() || tr.lowConfidenceWords(lowConfidence).isEmpty()) {
            return esc(tr.text());
        }
        var out = new StringBuilder();
        for (TranscriptWord w : tr.words()) {
            if (w.isLowConfidence(lowConfidence)) {
                out.append("<mark class=\"unsure\" title=\"Low confidence (")
                        .append(String.format(Locale.ROOT, "%.2f", w.confidence()))
                        .append("): check the recording\">").append(esc(w.text())).append("</mark> ");
            } else {
                out.append(esc(w.text())).append(' ');
            }
        }
        return out.toString().strip();
    }

    private static String chip(String name, String covered) {
        boolean present = covered != null && !covered.isBlank();
        return "<span class=\"chip " + (present ? "present" : "missing") + "\"" + (present ? " title=\"" + esc(covered)
                + "\"" : "") + ">" + name + (present ? "" : " missing") + "</span>";
    }

    private static void list(StringBuilder html, String title, List<String> items, String cssClass) {
        html.append("<div><p class=\"label\">").append(title).append("</p>");
        if (items.isEmpty()) {
            html.append("<p class=\"small muted\">None noted.</p>");
        } else {
            html.append("<ul class=\"").append(cssClass).append("\">");
            items.forEach(i -> html.append("<li>").append(esc(i)).append("</li>"));
            html.append("</ul>");
        }
        html.append("</div>");
    }
}
