package org.healthscore.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.compare.Comparison;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.ui.common.Formats;

/** The Compare tab's tables as text: the figures side by side, and the accounts that move most. */
final class CompareRows {
    private CompareRows() {
    }

    /** A figure under A and B and its change (B − A). */
    record Figure(String name, String a, String b, String change) {
    }

    /** An account that moves: its scores, bands, and the metric whose contribution changed most. */
    record Mover(String id, String scoreA, String scoreB, String change, String bands, String driver) {
    }

    /** One metric's contribution (score points) to a moving account's score under A and under B. */
    record Contribution(String metric, String a, String b, String change) {
    }

    /** Every metric of A or B (by key, A's order first) with its contribution under each; "—" where it has none. */
    static List<Contribution> contributions(Comparison.Mover m, HealthModel a, HealthModel b) {
        List<Contribution> out = new ArrayList<>();
        for (MetricShare c : byMetric(m, a, b)) {
            out.add(new Contribution(c.label(), scorePoints(c.a()), scorePoints(c.b()),
                    String.format(Locale.ROOT, "%+.1f", c.change())));
        }
        return out;
    }

    /** A metric's contribution under A and under B (NaN where that model has none or leaves it out). */
    private record MetricShare(String label, double a, double b) {
        double change() {
            return finite(b) - finite(a);
        }
    }

    /** The contributions of every metric of A or B, matched by key, A's order first. */
    private static List<MetricShare> byMetric(Comparison.Mover m, HealthModel a, HealthModel b) {
        java.util.Map<String, double[]> byKey = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        for (int j = 0; j < a.metrics().size(); j++) {
            Metric x = a.metrics().get(j);
            byKey.computeIfAbsent(x.key(), k -> new double[] {Double.NaN, Double.NaN})[0] = m.contributionsA()[j];
            labels.put(x.key(), x.label());
        }
        for (int j = 0; j < b.metrics().size(); j++) {
            Metric x = b.metrics().get(j);
            byKey.computeIfAbsent(x.key(), k -> new double[] {Double.NaN, Double.NaN})[1] = m.contributionsB()[j];
            labels.putIfAbsent(x.key(), x.label());
        }
        List<MetricShare> out = new ArrayList<>();
        byKey.forEach((key, v) -> out.add(new MetricShare(labels.get(key), v[0], v[1])));
        return out;
    }

    private static String scorePoints(double contribution) {
        return Double.isFinite(contribution) ? String.format(Locale.ROOT, "%.1f", contribution) : "—";
    }

    static List<Figure> figures(Evaluation a, Evaluation b) {
        List<Figure> out = new ArrayList<>();
        out.add(ratio("AUC", a.auc(), b.auc()));
        out.add(ratio("Gini", a.gini(), b.gini()));
        out.add(ratio("KS", a.ks(), b.ks()));
        out.add(new Figure("Green but churned", Formats.count(a.greenButChurned().length),
                Formats.count(b.greenButChurned().length), String.format(Locale.ROOT, "%+,d",
                b.greenButChurned().length - a.greenButChurned().length)));
        for (int i = 0; i < Math.min(a.bandRows().size(), b.bandRows().size()); i++) {
            Evaluation.BandRow ra = a.bandRows().get(i);
            Evaluation.BandRow rb = b.bandRows().get(i);
            String name = ra.band().name();
            out.add(new Figure(name + ": share", Formats.percent(ra.share()), Formats.percent(rb.share()),
                    points(rb.share() - ra.share())));
            out.add(new Figure(name + ": churn rate", Formats.percent(ra.churnRate()), Formats.percent(rb.churnRate()),
                    points(rb.churnRate() - ra.churnRate())));
            out.add(new Figure(name + ": ARR", Formats.money(ra.arr()), Formats.money(rb.arr()),
                    Formats.moneyChange(rb.arr() - ra.arr())));
        }
        return out;
    }

    static List<Mover> movers(Comparison c, HealthModel a, HealthModel b) {
        List<Mover> out = new ArrayList<>();
        for (Comparison.Mover m : c.movers()) {
            out.add(new Mover(m.id(), score(m.scoreA()), score(m.scoreB()), String.format(Locale.ROOT, "%+.1f",
                    m.change()), m.bandA().equals(m.bandB()) ? m.bandA() : m.bandA() + " → " + m.bandB(),
                    driver(m, a, b)));
        }
        return out;
    }

    /** The metric whose contribution to the score changed most between A and B (a metric only one has: all of it). */
    private static String driver(Comparison.Mover m, HealthModel a, HealthModel b) {
        MetricShare most = null;
        for (MetricShare c : byMetric(m, a, b)) {
            if (Math.abs(c.change()) > (most == null ? 0 : Math.abs(most.change()))) {
                most = c;
            }
        }
        return most == null ? "—" : String.format(Locale.ROOT, "%s (%+.1f points)", most.label(), most.change());
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }

    private static Figure ratio(String name, double a, double b) {
        return new Figure(name, Formats.ratio(a), Formats.ratio(b), Double.isFinite(a) && Double.isFinite(b)
                ? String.format(Locale.ROOT, "%+.3f", b - a) : "—");
    }

    private static String points(double change) {
        return Double.isFinite(change) ? String.format(Locale.ROOT, "%+.1f pts", 100 * change) : "—";
    }

    private static String score(double s) {
        return String.format(Locale.ROOT, "%.1f", s);
    }
}
