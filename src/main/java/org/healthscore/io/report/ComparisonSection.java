package org.healthscore.io.report;

import java.util.Locale;
import org.healthscore.engine.Backtest;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.compare.DeLong;

/**
 * "Compared with …": the report's model (A) beside another (B) scored on the same accounts, date and lead time —
 * the headline figures and each band's share, churn and ARR, with their differences (B − A).
 */
final class ComparisonSection {
    private ComparisonSection() {
    }

    static void write(StringBuilder sb, ReportFigures a, ReportFigures b, DeLong test) {
        Evaluation ea = a.evaluation();
        Evaluation eb = b.evaluation();
        sb.append("<h2>Compared with ").append(Html.text(b.model().name())).append("</h2>\n<p>Both models scored on the "
                + "same ").append(ReportText.count(ea.accounts())).append(" accounts as of ").append(a.asOf())
                .append(".</p>\n");
        if (test != null) {
            sb.append("<p id=\"delong\">").append(Html.text(AucVerdict.of(test, a.model().name(), b.model().name())))
                    .append("</p>\n");
        }
        sb.append("<table id=\"compare\"><tr><th>Figure</th><th>").append(Html.text(a.model().name()))
                .append("</th><th>").append(Html.text(b.model().name())).append("</th><th>Difference</th></tr>");
        row(sb, "AUC", ea.auc(), eb.auc(), "%.3f", "%+.3f");
        row(sb, "Gini", ea.gini(), eb.gini(), "%.3f", "%+.3f");
        row(sb, "KS", ea.ks(), eb.ks(), "%.3f", "%+.3f");
        row(sb, "Green but churned", ea.greenButChurned().length, eb.greenButChurned().length, "%,.0f", "%+,.0f");
        Backtest.Result a60 = at60(a);
        Backtest.Result b60 = at60(b);
        if (a60 != null && b60 != null) {
            row(sb, "Churned ARR in the two lowest bands 60 days ahead (%)", 100 * a60.capturedChurnedArr(),
                    100 * b60.capturedChurnedArr(), "%.1f", "%+.1f");
        }
        int bands = Math.min(ea.bandRows().size(), eb.bandRows().size());
        for (int i = 0; i < bands; i++) {
            Evaluation.BandRow ra = ea.bandRows().get(i);
            Evaluation.BandRow rb = eb.bandRows().get(i);
            String name = ra.band().name().equals(rb.band().name()) ? ra.band().name()
                    : ra.band().name() + " / " + rb.band().name();
            row(sb, name + ": share of accounts (%)", 100 * ra.share(), 100 * rb.share(), "%.1f", "%+.1f");
            row(sb, name + ": churn rate (%)", 100 * ra.churnRate(), 100 * rb.churnRate(), "%.1f", "%+.1f");
            row(sb, name + ": ARR ($M)", ra.arr() / 1e6, rb.arr() / 1e6, "%.1f", "%+.1f");
        }
        sb.append("</table>\n");
    }

    private static Backtest.Result at60(ReportFigures f) {
        return f.backtest().stream().filter(r -> r.leadDays() == 60).findFirst().orElse(null);
    }

    private static void row(StringBuilder sb, String figure, double a, double b, String format, String change) {
        sb.append("<tr><td>").append(Html.text(figure)).append("</td><td class=\"n\">").append(fmt(format, a))
                .append("</td><td class=\"n\">").append(fmt(format, b)).append("</td><td class=\"n\">")
                .append(Double.isFinite(a) && Double.isFinite(b) ? String.format(Locale.ROOT, change, b - a) : "—")
                .append("</td></tr>");
    }

    private static String fmt(String format, double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : "—";
    }
}
