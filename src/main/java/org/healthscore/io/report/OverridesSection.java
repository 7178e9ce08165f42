package org.healthscore.io.report;

import java.util.List;
import org.healthscore.data.CsmOverride;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.EvaluationOptions;
import org.healthscore.engine.Evaluator;
import org.healthscore.engine.Scores;
import org.healthscore.engine.overrides.AppliedOverrides;
import org.healthscore.engine.overrides.CsmVerdict;

/**
 * "After the CSMs' overrides": each band's accounts, share and churn under the model and after the overrides
 * that hold on the report's date, and the backtest's "were the CSMs right?". Omitted without overrides.
 */
public final class OverridesSection {
    /** The figures of the section; {@code verdict} at the report's lead time. */
    public record Figures(Evaluation model, Evaluation after, int accounts, int moved, CsmVerdict verdict,
                          int leadDays, int overrides) {
    }

    private OverridesSection() {
    }

    /**
     * The figures after {@code overrides} laid over the report's own scores ({@code model}: their evaluation), with
     * the backtest's verdict at {@code verdictLead}.
     */
    static Figures of(Evaluation model, Scores scores, EvaluationOptions options, List<CsmOverride> overrides,
                      CsmVerdict verdict, int verdictLead, Cancel cancel) {
        AppliedOverrides applied = AppliedOverrides.apply(scores, overrides);
        return new Figures(model, Evaluator.evaluate(applied.after(), options, cancel), applied.accountsOverridden(),
                applied.accountsMovedBand(), verdict, verdictLead, overrides.size());
    }

    static void write(StringBuilder sb, Figures f) {
        if (f == null) {
            return;
        }
        sb.append("<h2>After the CSMs' overrides</h2>\n<p>").append(ReportText.count(f.overrides()))
                .append(" CSM overrides are kept beside this model (never inside it). On the report's date they hold on ")
                .append(ReportText.count(f.accounts())).append(" accounts, ").append(ReportText.count(f.moved()))
                .append(" of them in another band than the model's. AUC ").append(ratio(f.after().auc()))
                .append(" after them, ").append(ratio(f.model().auc())).append(" by the model alone; green but churned ")
                .append(ReportText.count(f.after().greenButChurned().length)).append(" against ")
                .append(ReportText.count(f.model().greenButChurned().length)).append(".</p>\n<table id=\"overrides\">"
                        + "<tr><th>Band</th><th>Accounts (model)</th><th>After overrides</th><th>Share (model)</th>"
                        + "<th>After</th><th>Churn (model)</th><th>After</th></tr>");
        for (int b = 0; b < f.model().bandRows().size() && b < f.after().bandRows().size(); b++) {
            Evaluation.BandRow m = f.model().bandRows().get(b);
            Evaluation.BandRow a = f.after().bandRows().get(b);
            sb.append("<tr><td>").append(Html.text(m.band().name())).append("</td><td class=\"n\">")
                    .append(ReportText.count(m.accounts())).append("</td><td class=\"n\">")
                    .append(ReportText.count(a.accounts())).append("</td><td class=\"n\">")
                    .append(ReportText.percent(m.share())).append("</td><td class=\"n\">")
                    .append(ReportText.percent(a.share())).append("</td><td class=\"n\">")
                    .append(ReportText.percent(m.churnRate())).append("</td><td class=\"n\">")
                    .append(ReportText.percent(a.churnRate())).append("</td></tr>");
        }
        CsmVerdict v = f.verdict();
        sb.append("</table>\n<p id=\"csm-verdict\"><b>Were the CSMs right?</b> Scored ").append(f.leadDays())
                .append(" days before each outcome, with the overrides that held then: ")
                .append(group("moved up", v.movedUp())).append("; ").append(group("moved down", v.movedDown()))
                .append("; left alone ").append(ReportText.percent(v.untouched().churnRate()))
                .append(" churned. Each moved group is held against the churn of the untouched accounts of the same "
                        + "model bands.</p>\n");
    }

    private static String group(String what, CsmVerdict.Group g) {
        if (g.known() == 0) {
            return ReportText.count(g.accounts()) + " " + what + " (no outcome yet)";
        }
        return ReportText.count(g.accounts()) + " " + what + " churned " + ReportText.percent(g.churnRate())
                + " (untouched of their bands: " + ReportText.percent(g.expectedChurnRate()) + ")";
    }

    private static String ratio(double v) {
        return Double.isNaN(v) ? "—" : String.format(java.util.Locale.ROOT, "%.3f", v);
    }
}
