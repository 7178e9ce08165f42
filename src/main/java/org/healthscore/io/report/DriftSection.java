package org.healthscore.io.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.healthscore.engine.drift.DriftCheck;
import org.healthscore.engine.drift.Psi;

/**
 * "Has the customer base moved?": the score's and each metric's population stability between the drift date and
 * the report's date, with the usual reading, and both score distributions side by side.
 */
final class DriftSection {
    private DriftSection() {
    }

    static void write(StringBuilder sb, ReportFigures f) {
        DriftCheck d = f.drift();
        if (d == null) {
            return;
        }
        sb.append("<h2>Has the customer base moved?</h2>\n<p>Population stability index (PSI) from ")
                .append(LocalDate.ofEpochDay(d.fromDay())).append(" (").append(ReportText.count(d.fromAccounts()))
                .append(" customers) to ").append(LocalDate.ofEpochDay(d.toDay())).append(" (")
                .append(ReportText.count(d.toAccounts())).append(" customers): below 0.1 stable, 0.1 to 0.25 some "
                        + "shift, above 0.25 shifted. A shifted metric that weighs much is a reason to check its "
                        + "points and the bands on the latest data.</p>\n<table id=\"drift\"><tr><th>What</th>"
                        + "<th>Weight</th><th>PSI</th><th>Reading</th></tr>");
        row(sb, "Score", "", d.score());
        for (DriftCheck.MetricDrift m : d.metrics()) {
            row(sb, m.metric().label(), String.format(Locale.ROOT, "%.0f %%", m.weightPercent()), m.psi());
        }
        sb.append("</table>\n<p id=\"drift-verdict\">").append(d.shifted().isEmpty()
                ? "Nothing that weighs 10 % or more has shifted."
                : Html.text("Shifted: " + String.join(", ", d.shifted()) + ".")).append("</p>\n");
        List<Svg.Group> groups = new ArrayList<>();
        int decile = 0;
        for (Psi.Bin b : d.score().bins()) {
            // the deciles' ranges are too long to sit under their bars: numbered, as the caption says
            String label = "missing".equals(b.label()) ? "missing" : Integer.toString(++decile);
            groups.add(new Svg.Group(label, List.of(new Svg.Bar("then (%)", 100 * b.from(), "#8c959f"),
                    new Svg.Bar("now (%)", 100 * b.to(), "#1f6feb"))));
        }
        double top = d.score().bins().stream().mapToDouble(b -> 100 * Math.max(b.from(), b.to())).max().orElse(10);
        sb.append("<div class=\"charts\">");
        HtmlReport.figure(sb, "The score then and now, in the deciles of then", Svg.bars("Score then and now",
                "% of customers", Math.max(4, Math.ceil(top / 4) * 4), groups, "Score decile on "
                        + LocalDate.ofEpochDay(d.fromDay()) + " (1 = lowest scores)"));
        sb.append("</div>\n<p class=\"legend\"><span><span class=\"swatch\" style=\"background:#8c959f\"></span>")
                .append(LocalDate.ofEpochDay(d.fromDay())).append("</span><span><span class=\"swatch\" "
                        + "style=\"background:#1f6feb\"></span>").append(LocalDate.ofEpochDay(d.toDay()))
                .append("</span></p>\n");
    }

    private static void row(StringBuilder sb, String what, String weight, Psi psi) {
        boolean known = Double.isFinite(psi.value());
        sb.append("<tr><td>").append(Html.text(what)).append("</td><td class=\"n\">").append(weight)
                .append("</td><td class=\"n\">").append(known ? String.format(Locale.ROOT, "%.3f", psi.value()) : "—")
                .append("</td><td>").append(known ? psi.reading().text() : "no customers").append("</td></tr>");
    }
}
