package org.healthscore.io.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.healthscore.engine.Backtest;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.compare.DeLong;
import org.healthscore.model.Band;
import org.healthscore.model.Metric;
import org.healthscore.store.AppInfo;

/**
 * The model report as one self-contained HTML file — styles and charts inline, no script, no network — that
 * opens from an e-mail attachment: a one-page summary, the model metric by metric, its validation, and the
 * accounts most at risk by ARR.
 */
public final class HtmlReport {
    private static final String STYLE = "body{font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;"
            + "color:#1f2328;max-width:980px;margin:32px auto;padding:0 24px;line-height:1.45}"
            + "h1{font-size:28px;margin-bottom:4px}h2{font-size:20px;margin-top:36px;border-bottom:1px solid #d0d7de}"
            + ".sub{color:#57606a}.cards{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}"
            + ".card{border:1px solid #d0d7de;border-left-width:6px;border-radius:6px;padding:10px 14px;min-width:150px}"
            + ".card .v{font-size:24px;font-weight:700}.card .c{color:#57606a;font-size:13px}"
            + "table{border-collapse:collapse;width:100%;margin:12px 0}th,td{border-bottom:1px solid #d0d7de;"
            + "padding:6px 8px;text-align:left;font-size:14px}th{background:#f6f8fa}td.n{text-align:right;white-space:nowrap}"
            + "#bands td:first-child{white-space:nowrap}.tick{font-size:11px;fill:#57606a}.axis{font-size:12px;fill:#1f2328}.swatch{display:inline-block;"
            + "width:12px;height:12px;border-radius:2px;margin-right:6px;vertical-align:middle}"
            + ".charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:16px}"
            + "figure{margin:0;max-width:640px}figcaption{font-weight:600;margin-bottom:4px}svg{width:100%;height:auto}"
            + ".legend{font-size:13px;color:#57606a}.legend span{margin-right:14px}"
            + "@media print{h2{page-break-before:auto}}";

    private HtmlReport() {
    }

    public static String write(ReportFigures f) {
        return write(f, null, null);
    }

    /**
     * As {@link #write(ReportFigures)}, with a comparison against {@code compared} (null: none) and DeLong's test
     * of its AUC against this model's ({@code test}; null: not made).
     */
    public static String write(ReportFigures f, ReportFigures compared, DeLong test) {
        Evaluation e = f.evaluation();
        StringBuilder sb = new StringBuilder(64_000);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>")
                .append(Html.text(f.model().name())).append(" — health score model report</title><style>")
                .append(STYLE).append("</style></head><body>\n");
        summary(sb, f, e);
        model(sb, f);
        validation(sb, f, e);
        if (compared != null) {
            ComparisonSection.write(sb, f, compared, test);
        }
        OverridesSection.write(sb, f.overrides());
        DriftSection.write(sb, f);
        atRisk(sb, f);
        sb.append("<p class=\"sub\">Made by ").append(Html.text(AppInfo.name())).append(' ')
                .append(Html.text(AppInfo.version())).append(" from workspace data set ")
                .append(Html.text(f.dataset())).append(", data as of ").append(f.asOf())
                .append(". Every figure is computed by the same engine as the workbench's window.</p>\n");
        return sb.append("</body></html>\n").toString();
    }

    private static void summary(StringBuilder sb, ReportFigures f, Evaluation e) {
        sb.append("<h1 id=\"title\">").append(Html.text(f.model().name())).append("</h1>\n<p class=\"sub\">")
                .append(Html.text(f.model().description().isEmpty() ? "A customer health score model."
                        : f.model().description())).append("</p>\n");
        if (!f.model().author().isEmpty()) {
            sb.append("<p class=\"sub\">Author: ").append(Html.text(f.model().author())).append("</p>\n");
        }
        sb.append("<p>The score (0–100) ranks customers by how healthy they are: a weighted sum of each metric's "
                + "points, each 0–10. Its bands tell a CSM what to do. Figures below: ").append(ReportText.count(e.accounts()))
                .append(" accounts as of ").append(f.asOf()).append(", accounts with an outcome scored ")
                .append(f.leadDays()).append(" days before it.</p>\n<div class=\"cards\">");
        card(sb, "auc", "AUC (how well the score ranks churners below renewals)", ReportText.ratio(e.auc()), "#1f6feb");
        card(sb, "churn", "Churn rate", ReportText.percent(e.churnRate()), "#57606a");
        card(sb, "green-churned", "Green but churned", ReportText.count(e.greenButChurned().length), "#cf222e");
        Backtest.Result at60 = f.backtest().stream().filter(r -> r.leadDays() == 60).findFirst().orElse(null);
        if (at60 != null) {
            card(sb, "caught-arr", "Churned ARR in the two lowest bands 60 days ahead",
                    ReportText.percent(at60.capturedChurnedArr()), "#9a6700");
        }
        sb.append("</div>\n<table id=\"bands\"><tr><th>Band</th><th>From score</th><th>Accounts</th><th>Share</th>"
                + "<th>Churn rate</th><th>ARR</th><th>Playbook</th></tr>");
        for (Evaluation.BandRow r : e.bandRows()) {
            Band b = r.band();
            sb.append("<tr><td><span class=\"swatch\" style=\"background:").append(Html.color(b.color()))
                    .append("\"></span>").append(Html.text(b.name())).append("</td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%.0f", b.lowerBound())).append("</td><td class=\"n\">")
                    .append(ReportText.count(r.accounts())).append("</td><td class=\"n\">").append(ReportText.percent(r.share()))
                    .append("</td><td class=\"n\">").append(ReportText.percent(r.churnRate())).append("</td><td class=\"n\">")
                    .append(ReportText.money(r.arr())).append("</td><td>").append(Html.text(b.playbook())).append("</td></tr>");
        }
        sb.append("</table>\n");
    }

    private static void model(StringBuilder sb, ReportFigures f) {
        sb.append("<h2>The model</h2>\n<table id=\"metrics\"><tr><th>Metric</th><th>Source</th><th>Direction</th>"
                + "<th>Points</th><th>When missing</th><th>Weight</th></tr>");
        double total = f.model().totalWeight();
        for (Metric m : f.model().metrics()) {
            sb.append("<tr><td>").append(Html.text(m.label())).append("</td><td>").append(Html.text(ReportText.source(m.source())))
                    .append("</td><td>").append(m.direction().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append("</td><td>").append(Html.text(ReportText.points(m.normalization()))).append("</td><td>")
                    .append(m.missing().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append("</td><td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%.1f %%", total > 0 ? 100 * m.weight() / total : 0))
                    .append("</td></tr>");
        }
        sb.append("</table>\n");
        if (!f.model().segments().isEmpty()) {
            sb.append("<p>Segments with weights, bands or points of their own: ");
            List<String> names = new ArrayList<>();
            f.model().segments().forEach(s -> names.add(Html.text(s.name() + " (" + s.column() + " = "
                    + String.join(", ", s.values()) + ")")));
            sb.append(String.join("; ", names)).append(".</p>\n");
            for (var s : f.model().segments()) {
                for (Metric m : f.model().metrics()) {
                    if (s.points().containsKey(m.key())) { // fitted on the segment's accounts, applied to them
                        Metric own = s.metricIn(m);
                        sb.append("<p class=\"sub\">").append(Html.text(s.name() + "'s own points for " + m.label() + ": "
                                + own.direction().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", "
                                + ReportText.points(own.normalization()) + ", when missing "
                                + own.missing().name().toLowerCase(Locale.ROOT))).append(".</p>\n");
                    }
                }
            }
        }
        if (!f.model().notes().isEmpty()) {
            sb.append("<h3>Notes</h3><p>").append(Html.text(f.model().notes()).replace("\n", "<br/>")).append("</p>\n");
        }
    }

    private static void validation(StringBuilder sb, ReportFigures f, Evaluation e) {
        sb.append("<h2>Validation</h2>\n");
        List<Svg.Group> perBand = new ArrayList<>();
        for (Evaluation.BandRow r : e.bandRows()) {
            perBand.add(new Svg.Group(r.band().name(), List.of(new Svg.Bar(r.band().name(), 100 * r.churnRate(),
                    Html.color(r.band().color())))));
        }
        Evaluation.Histogram h = e.histogram();
        int[] others = new int[h.bins()];
        String[] colors = new String[h.bins()];
        for (int b = 0; b < h.bins(); b++) {
            others[b] = h.retained()[b] + h.unknown()[b];
            int band = h.band()[b];
            colors[b] = band >= 0 && band < e.bandRows().size() ? Html.color(e.bandRows().get(band).band().color())
                    : "#888888";
        }
        sb.append("<div class=\"charts\">");
        figure(sb, "Score distribution (darker: churned)", Svg.histogram("Score distribution", h.binWidth(),
                h.churned(), others, colors));
        figure(sb, "Churn rate per band", Svg.bars("Churn rate per band", "Churn %", 100, perBand, "Band"));
        List<Svg.Group> deciles = new ArrayList<>();
        for (Evaluation.DecileRow d : e.deciles()) {
            deciles.add(new Svg.Group(Integer.toString(d.decile()), List.of(new Svg.Bar("Decile " + d.decile(),
                    100 * d.churnRate(), "#e8590c"))));
        }
        figure(sb, "Churn per decile (lift)", Svg.bars("Churn per decile", "Churn %", 100, deciles,
                "Score decile (1 = lowest scores)"));
        if (e.roc() != null && Double.isFinite(e.auc())) {
            figure(sb, "ROC curve, AUC " + ReportText.ratio(e.auc()), Svg.roc("ROC curve", e.roc().falsePositiveRate(),
                    e.roc().truePositiveRate()));
        }
        sb.append("</div>\n");
        sb.append("<h3>Would it have warned us in time?</h3>\n<table id=\"backtest\"><tr><th>Scored before the "
                + "outcome</th><th>AUC</th><th>Churners in the two lowest bands</th><th>Churned ARR there</th>"
                + "<th>Accounts there</th></tr>");
        List<Svg.Group> groups = new ArrayList<>();
        for (Backtest.Result r : f.backtest()) {
            double held = ReportText.lowestTwoShare(r);
            sb.append("<tr><td>").append(r.leadDays()).append(" days</td><td class=\"n\">").append(ReportText.ratio(r.auc()))
                    .append("</td><td class=\"n\">").append(ReportText.percent(r.capturedChurned())).append("</td><td class=\"n\">")
                    .append(ReportText.percent(r.capturedChurnedArr())).append("</td><td class=\"n\">").append(ReportText.percent(held))
                    .append("</td></tr>");
            groups.add(new Svg.Group(r.leadDays() + " days", List.of(
                    new Svg.Bar("Churners in the two lowest bands (%)", 100 * r.capturedChurned(), "#e8590c"),
                    new Svg.Bar("Churned ARR there (%)", 100 * r.capturedChurnedArr(), "#f59f00"),
                    new Svg.Bar("Accounts there (%)", 100 * held, "#40c057"))));
        }
        sb.append("</table>\n<div class=\"charts\">");
        figure(sb, "Scored before the outcome: how many churners were in the two lowest bands?",
                Svg.bars("Scored before the outcome", "%", 100, groups, "Days before the outcome"));
        sb.append("</div>\n<p class=\"legend\"><span><span class=\"swatch\" style=\"background:#e8590c\"></span>"
                + "churners in the two lowest bands</span><span><span class=\"swatch\" style=\"background:#f59f00\">"
                + "</span>churned ARR there</span><span><span class=\"swatch\" style=\"background:#40c057\"></span>"
                + "accounts there</span></p>\n");
        WeightsSection.write(sb, f);
    }

    private static void atRisk(StringBuilder sb, ReportFigures f) {
        sb.append("<h2>Most at risk by ARR</h2>\n<table id=\"at-risk\"><tr><th>Account</th><th>ARR</th><th>Score</th>"
                + "<th>Band</th><th>Pulls it down most</th></tr>");
        for (ReportFigures.AtRisk a : f.atRisk()) {
            sb.append("<tr><td>").append(Html.text(a.id())).append("</td><td class=\"n\">").append(ReportText.money(a.arr()))
                    .append("</td><td class=\"n\">").append(String.format(Locale.ROOT, "%.1f", a.score()))
                    .append("</td><td>").append(Html.text(a.band())).append("</td><td>").append(Html.text(a.weakestMetric()))
                    .append(String.format(Locale.ROOT, " (−%.1f points)", a.pointsLost())).append("</td></tr>");
        }
        sb.append("</table>\n");
    }

    static void figure(StringBuilder sb, String caption, String svg) {
        sb.append("<figure><figcaption>").append(Html.text(caption)).append("</figcaption>").append(svg)
                .append("</figure>");
    }

    private static void card(StringBuilder sb, String id, String caption, String value, String color) {
        sb.append("<div class=\"card\" id=\"card-").append(id).append("\" style=\"border-left-color:").append(color)
                .append("\"><div class=\"c\">").append(Html.text(caption)).append("</div><div class=\"v\">")
                .append(Html.text(value)).append("</div></div>");
    }
}
