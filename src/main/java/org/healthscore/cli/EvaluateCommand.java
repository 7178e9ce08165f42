package org.healthscore.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.healthscore.data.Outcome;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Evaluation;
import org.healthscore.engine.EvaluationOptions;
import org.healthscore.engine.Evaluator;
import org.healthscore.engine.RowScorer;
import org.healthscore.engine.StreamedScores;
import org.healthscore.io.csv.SnapshotRows;
import org.healthscore.model.HealthModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score a one-row-per-account CSV file and print AUC, Gini, KS and the band table.",
                "The outcome column says who churned; rows with an empty outcome count as open."})
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    ModelFileOption model;

    @Mixin
    AccountsFileOptions data;

    @Option(names = "--outcome-column", required = true,
            description = "Churn outcome: churned/yes/true/1 = churned, empty/open = unknown, anything else = retained.")
    String outcomeColumn;

    @Option(names = "--arr-column", description = "ARR column, for ARR per band.")
    String arrColumn;

    @Option(names = "--format", defaultValue = "text", description = "text or json.")
    String format;

    @picocli.CommandLine.Mixin
    MissingOption missing = new MissingOption();

    @Option(names = "--churned-values", split = ",", paramLabel = "LIST",
            description = "Outcome values that mean churned, beside the usual words (yes, churned, 1, bad, …).")
    List<String> churnedValues = List.of();

    @Option(names = "--retained-values", split = ",", paramLabel = "LIST",
            description = "Outcome values that mean retained, beside the usual words (no, renewed, 0, good, …).")
    List<String> retainedValues = List.of();

    @Override
    public Integer call() throws Exception {
        HealthModel m = model.load();
        RowScorer scorer = new RowScorer(m);
        Set<String> required = new LinkedHashSet<>(scorer.requiredColumns());
        required.add(outcomeColumn);
        if (arrColumn != null) {
            required.add(arrColumn);
        }
        StreamedScores collected = new StreamedScores(m);
        OutcomeWords words = new OutcomeWords(outcomeColumn, churnedValues, retainedValues);
        SnapshotRows.read(data.file, required, missing.tokens(), row -> {
            var cells = row.cells();
            String id = cells.apply(data.idColumn);
            collected.add(id == null ? Long.toString(row.line()) : id, words.read(cells.apply(outcomeColumn)),
                    arrColumn == null ? Double.NaN : RowScorer.number(cells.apply(arrColumn)), scorer.score(cells));
        });
        words.refuseUnknown(); // a typo must not count as "retained"
        Evaluation e = Evaluator.evaluate(collected.build(), EvaluationOptions.DEFAULT, Cancel.NEVER);
        if ("json".equalsIgnoreCase(format)) {
            System.out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(e)));
        } else {
            System.out.print(text(e));
        }
        return 0;
    }

    private Map<String, Object> json(Evaluation e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("accounts", e.accounts());
        out.put("scored", e.scored());
        out.put("with_outcome", e.known());
        out.put("churned", e.churned());
        out.put("auc", finiteOrNull(e.auc()));
        out.put("gini", finiteOrNull(e.gini()));
        out.put("ks", finiteOrNull(e.ks()));
        List<Map<String, Object>> bands = new ArrayList<>();
        for (Evaluation.BandRow r : e.bandRows()) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("band", r.band().name());
            b.put("lower_bound", r.band().lowerBound());
            b.put("accounts", r.accounts());
            b.put("churned", r.churned());
            b.put("churn_rate", finiteOrNull(r.churnRate()));
            if (arrColumn != null) {
                b.put("arr", r.arr());
                b.put("churned_arr", r.churnedArr());
            }
            bands.add(b);
        }
        out.put("bands", bands);
        return out;
    }

    private String text(Evaluation e) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "accounts %d, scored %d, with outcome %d, churned %d%n", e.accounts(),
                e.scored(), e.known(), e.churned()));
        sb.append(String.format(Locale.ROOT, "AUC %.4f   Gini %.4f   KS %.4f%n", e.auc(), e.gini(), e.ks()));
        sb.append(String.format(Locale.ROOT, "%-12s %6s %9s %8s %11s%s%n", "band", "from", "accounts", "churned",
                "churn rate", arrColumn != null ? String.format(Locale.ROOT, " %14s %14s", "ARR", "churned ARR") : ""));
        for (Evaluation.BandRow r : e.bandRows()) {
            sb.append(String.format(Locale.ROOT, "%-12s %6.1f %9d %8d %10.1f%%%s%n", r.band().name(),
                    r.band().lowerBound(), r.accounts(), r.churned(), 100 * r.churnRate(),
                    arrColumn != null ? String.format(Locale.ROOT, " %14.0f %14.0f", r.arr(), r.churnedArr()) : ""));
        }
        return sb.toString();
    }

    private static Object finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
