package org.healthscore.io.report;

import java.util.Locale;
import org.healthscore.engine.calibration.Calibration;

/**
 * "How the weights hold up": the model's weights judged on accounts they were not chosen on, beside weights
 * fitted to churn and an unconstrained logistic regression — each fitted on the training part of each of five
 * folds and judged on the held-out part — so a reader sees whether the weights are near the best the data
 * allows, and whether a fit's gain is real or only in-sample.
 */
final class WeightsSection {
    private WeightsSection() {
    }

    static void write(StringBuilder sb, ReportFigures f) {
        ReportFigures.WeightCheck w = f.weights();
        if (w == null) {
            return;
        }
        Calibration all = w.all();
        sb.append("<h3 id=\"weights-heading\">How the weights hold up</h3>\n<p>Each weighting below is judged by "
                + "its AUC on accounts held out of its fitting: the accounts with an outcome are split into ")
                .append(all.folds()).append(" folds (stratified by outcome, seed ").append(w.seed())
                .append("); a fit learns on four and is scored on the fifth, in turn. ")
                .append(w.sampled() ? "Checked on a random " + ReportText.count(all.accounts()) + " of the "
                        + ReportText.count(w.withOutcome()) + " accounts with an outcome. " : "Checked on the "
                        + ReportText.count(all.accounts()) + " accounts with an outcome. ")
                .append("This model's own weights are not fitted here, so their two figures differ only by the "
                        + "accounts counted.</p>\n<table id=\"weights\"><tr><th>Weights</th><th>AUC on all "
                        + "accounts</th><th>AUC on held-out accounts</th></tr>");
        row(sb, "This model's weights", all.currentAuc(), all.currentCvAuc());
        row(sb, "Weights fitted to churn (Model > Suggest weights…)", all.suggestedAuc(), all.suggestedCvAuc());
        row(sb, "Unconstrained logistic regression (reference; may weigh a metric below zero)", all.logisticAuc(),
                all.logisticCvAuc());
        sb.append("</table>\n<p id=\"weights-verdict\">").append(Html.text(verdict(all))).append("</p>\n");
        for (int s = 0; s < w.bySegment().size(); s++) {
            Calibration c = w.bySegment().get(s);
            if (c.accounts() > 0) {
                sb.append("<p class=\"sub\">Segment ").append(Html.text(f.model().segments().get(s).name()))
                        .append(" (").append(ReportText.count(c.accounts())).append(" accounts with an outcome): its "
                                + "weights ").append(ReportText.ratio(c.currentCvAuc())).append(" held out, fitted ")
                        .append(ReportText.ratio(c.suggestedCvAuc())).append(".</p>\n");
            }
        }
    }

    private static String verdict(Calibration c) {
        double gain = c.suggestedCvAuc() - c.currentCvAuc();
        if (!Double.isFinite(gain)) {
            return "Too few accounts with an outcome to judge the weights.";
        }
        if (c.overfitWarning()) {
            return "Fitted weights look better on the accounts they were fitted on but not on held-out ones: "
                    + "the gain would be noise. These weights are as good as a fit.";
        }
        if (gain <= 0.005) {
            return String.format(Locale.ROOT, "These weights are within %.3f of weights fitted to churn on held-out "
                    + "accounts: near the best this data allows for these metrics.", Math.max(0, gain));
        }
        return String.format(Locale.ROOT, "Weights fitted to churn would rank held-out accounts better by %.3f "
                + "AUC: worth a look in Model > Suggest weights… before this model is adopted.", gain);
    }

    private static void row(StringBuilder sb, String name, double inSample, double heldOut) {
        sb.append("<tr><td>").append(Html.text(name)).append("</td><td class=\"n\">").append(ReportText.ratio(inSample))
                .append("</td><td class=\"n\">").append(ReportText.ratio(heldOut)).append("</td></tr>");
    }
}
