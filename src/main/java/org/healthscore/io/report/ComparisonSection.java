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
            sb.append("<p id=\"delong\">").append(Html.text(verdict(a, b, test))).append("</p>\n");
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

    /** Is B really better? DeLong's test on the same accounts, said so that noise is not sold as progress. */
    static String verdict(ReportFigures a, ReportFigures b, DeLong t) {
        if (!Double.isFinite(t.p())) {
            return "Too few churned and renewed accounts to test the difference in AUC.";
        }
        String interval = String.format(Locale.ROOT, "AUC %s − %s: %+.3f (95 %% confidence interval %+.3f to %+.3f, "
                + "p %s; DeLong's test on the same %,d churned and %,d renewed accounts). ", b.model().name(),
                a.model().name(), t.difference(), t.low(), t.high(), p(t.p()), t.churned(), t.renewed());
        if (t.undecided()) {
            return interval + "The interval holds 0: on this data the two cannot be told apart; the difference may be "
                    + "noise.";
        }
        return interval + (t.difference() > 0 ? b.model().name() + " ranks churners better; the difference is "
                + "unlikely to be noise." : a.model().name() + " ranks churners better; the difference is unlikely to "
                + "be noise.");
    }

    private static String p(double p) {
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "= %.3f", p);
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
