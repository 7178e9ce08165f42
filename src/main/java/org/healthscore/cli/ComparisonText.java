package org.healthscore.cli;

import java.util.List;
import java.util.Locale;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.compare.BandMigration;
import org.healthscore.engine.compare.Comparison;
import org.healthscore.model.HealthModel;

/** `compare`'s printout: figures side by side, DeLong's verdict, the migration matrix and the largest moves. */
final class ComparisonText {
    private static final int MOVERS_SHOWN = 10;

    private ComparisonText() {
    }

    static String of(HealthModel a, HealthModel b, Comparison c) {
        StringBuilder sb = new StringBuilder();
        Evaluation ea = c.a();
        Evaluation eb = c.b();
        sb.append(String.format(Locale.ROOT, "A: %s%nB: %s%n%,d accounts, %,d with an outcome%n%n", a.name(), b.name(),
                ea.accounts(), ea.known()));
        sb.append(String.format(Locale.ROOT, "%-34s %10s %10s %10s%n", "", "A", "B", "B - A"));
        row(sb, "AUC", ea.auc(), eb.auc(), "%.3f");
        row(sb, "Gini", ea.gini(), eb.gini(), "%.3f");
        row(sb, "KS", ea.ks(), eb.ks(), "%.3f");
        row(sb, "Green but churned", ea.greenButChurned().length, eb.greenButChurned().length, "%.0f");
        for (int i = 0; i < Math.min(ea.bandRows().size(), eb.bandRows().size()); i++) {
            Evaluation.BandRow ra = ea.bandRows().get(i);
            Evaluation.BandRow rb = eb.bandRows().get(i);
            row(sb, ra.band().name() + " share (%)", 100 * ra.share(), 100 * rb.share(), "%.1f");
            row(sb, ra.band().name() + " churn rate (%)", 100 * ra.churnRate(), 100 * rb.churnRate(), "%.1f");
            row(sb, ra.band().name() + " ARR ($M)", ra.arr() / 1e6, rb.arr() / 1e6, "%.2f");
        }
        sb.append('\n').append(org.healthscore.io.report.AucVerdict.of(c.test(), "A", "B")).append("\n\n");
        migration(sb, c.migration());
        sb.append(String.format(Locale.ROOT, "%nMoving most (of %,d):%n%-16s %7s %7s  %s%n", c.migration().total(),
                "account", "A", "B", "bands"));
        for (Comparison.Mover m : c.movers().subList(0, Math.min(MOVERS_SHOWN, c.movers().size()))) {
            sb.append(String.format(Locale.ROOT, "%-16s %7.1f %7.1f  %s -> %s%n", m.id(), m.scoreA(), m.scoreB(),
                    m.bandA(), m.bandB()));
        }
        return sb.toString();
    }

    private static void migration(StringBuilder sb, BandMigration m) {
        sb.append("Accounts from band under A (rows) to band under B (columns):\n");
        table(sb, m.bandsA(), m.bandsB(), (i, j) -> String.format(Locale.ROOT, "%,d", m.accounts()[i][j]));
        sb.append("ARR moving ($k):\n");
        table(sb, m.bandsA(), m.bandsB(), (i, j) -> String.format(Locale.ROOT, "%,.0f", m.arr()[i][j] / 1e3));
        sb.append(String.format(Locale.ROOT, "%,d of %,d accounts keep their band%s%n", m.staying(), m.total(),
                m.unscored() > 0 ? String.format(Locale.ROOT, "; %,d unscored by a model", m.unscored()) : ""));
    }

    private interface Cell {
        String at(int i, int j);
    }

    private static void table(StringBuilder sb, List<String> rows, List<String> cols, Cell cell) {
        sb.append(String.format(Locale.ROOT, "%-12s", "A \\ B"));
        cols.forEach(c -> sb.append(String.format(Locale.ROOT, " %12s", c)));
        sb.append('\n');
        for (int i = 0; i < rows.size(); i++) {
            sb.append(String.format(Locale.ROOT, "%-12s", rows.get(i)));
            for (int j = 0; j < cols.size(); j++) {
                sb.append(String.format(Locale.ROOT, " %12s", cell.at(i, j)));
            }
            sb.append('\n');
        }
    }

    private static void row(StringBuilder sb, String name, double a, double b, String format) {
        sb.append(String.format(Locale.ROOT, "%-34s %10s %10s %10s%n", name, fmt(format, a), fmt(format, b),
                Double.isFinite(a) && Double.isFinite(b) ? String.format(Locale.ROOT, "%+" + format.substring(1), b - a)
                        : "-"));
    }

    private static String fmt(String format, double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, format, v) : "-";
    }
}
