package dev.aiinterview.web.report;

import static dev.aiinterview.web.http.Html.esc;

import dev.aiinterview.web.http.Html;
import dev.aiinterview.api.RequirementAssessment;
import java.util.List;
import java.util.Locale;

/**
 * The per-topic score chart: one row per requirement, a bar drawn in inline SVG (attributes, not styles, so the
 * Content-Security-Policy needs no 'unsafe-inline'). Labels are HTML, so they wrap on a phone.
 */
final class ScoreChart {

    static String render(List<RequirementAssessment> requirements) {
        var html = new StringBuilder("<div class=\"chart\" role=\"img\" aria-label=\"Score per requirement\">");
        for (RequirementAssessment a : requirements) {
            boolean assessed = a.rating() != null;
            double width = assessed ? Math.max(2, Math.min(100, a.score() / 4.0 * 100)) : 0;
            html.append("<div class=\"chart-row\"><span class=\"chart-label\">").append(esc(a.topic()))
                    .append("</span><svg class=\"chart-bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" "
                            + "aria-hidden=\"true\"><rect class=\"track\" x=\"0\" y=\"0\" width=\"100\" height=\"10\" "
                            + "rx=\"2\"/>");
            if (assessed) {
                html.append("<rect class=\"bar r-").append(a.rating().name().toLowerCase(Locale.ROOT))
                        .append("\" x=\"0\" y=\"0\" width=\"").append(String.format(Locale.ROOT, "%.1f", width))
                        .append("\" height=\"10\" rx=\"2\"/>");
            }
            for (int tick = 1; tick < 4; tick++) {
                html.append("<line class=\"tick\" x1=\"").append(tick * 25).append("\" x2=\"").append(tick * 25)
                        .append("\" y1=\"0\" y2=\"10\"/>");
            }
            html.append("</svg><span class=\"chart-value\">").append(assessed
                    ? esc(Html.words(a.rating())) + " · " + String.format(Locale.ROOT, "%.1f", a.score())
                    : "Not assessed").append("</span></div>");
        }
        return html.append("<div class=\"chart-axis\" aria-hidden=\"true\"><span></span><span>Poor</span><span>Fair"
                + "</span><span>Good</span><span>Excellent</span><span></span></div></div>").toString();
    }

    private ScoreChart() {
    }
}
