package org.healthscore.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.healthscore.data.AsOfPolicy;
import org.healthscore.data.Dataset;
import org.healthscore.data.FrameAssembler;
import org.healthscore.engine.AccountFilter;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.EvaluationOptions;
import org.healthscore.engine.RowScorer;
import org.healthscore.engine.Scores;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.engine.StreamedScores;
import org.healthscore.engine.compare.Comparison;
import org.healthscore.io.csv.SnapshotRows;
import org.healthscore.io.report.ReportFigures;
import org.healthscore.model.HealthModel;
import org.healthscore.store.DatasetLoader;
import org.healthscore.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare model A with model B on the same accounts.",
                "Headline figures side by side, whether B's AUC is really different (DeLong's test), where the",
                "accounts go between the bands (accounts and ARR), and the accounts that move most. Data: a workspace (--workspace) or a one-row-per-account CSV",
                "(--data with --outcome-column)."})
final class CompareCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, arity = "1", description = "Model file; give it twice: A, then B.")
    List<Path> models;

    @Option(names = "--workspace", description = "Workspace file (.hsw).")
    Path workspace;

    @Option(names = "--as-of", description = "With --workspace: score as of this date (default: the latest).")
    LocalDate asOf;

    @Option(names = "--lead-days", defaultValue = "60",
            description = "With --workspace: accounts with an outcome are scored this many days before it.")
    int leadDays;

    @Option(names = "--segment", description = "With --workspace: only accounts with this segment value.")
    String segment;

    @Option(names = "--data", description = "CSV file, one row per account, with a header.")
    Path data;

    @Option(names = "--id-column", defaultValue = "account_id", description = "With --data: the id column.")
    String idColumn;

    @Option(names = "--outcome-column", description = "With --data: churned/yes/1 = churned, empty = open.")
    String outcomeColumn;

    @Option(names = "--arr-column", description = "With --data: ARR, for ARR per band and migration.")
    String arrColumn;

    @picocli.CommandLine.Mixin
    MissingOption missing = new MissingOption();

    @Override
    public Integer call() throws Exception {
        if (models.size() != 2) {
            throw new IllegalArgumentException("give --model twice: model A, then model B (" + models.size()
                    + " given)");
        }
        if ((workspace == null) == (data == null)) {
            throw new IllegalArgumentException("give either --workspace or --data (with --outcome-column)");
        }
        if (data != null && outcomeColumn == null) {
            throw new IllegalArgumentException("--data needs --outcome-column: who churned is what the models are "
                    + "compared on");
        }
        HealthModel a = ModelFiles.load(models.get(0));
        HealthModel b = ModelFiles.load(models.get(1));
        long t0 = System.nanoTime();
        Scores[] scores = workspace != null ? fromWorkspace(a, b) : fromFile(a, b);
        long t1 = System.nanoTime();
        AccountFilter filter = segment == null ? AccountFilter.ALL : new AccountFilter(segment);
        Comparison c = Comparison.of(scores[0], scores[1], new EvaluationOptions(20, filter, true, 60), Cancel.NEVER);
        System.out.print(ComparisonText.of(a, b, c));
        System.out.printf(java.util.Locale.ROOT, "(data read and both models scored in %.1f s, compared in %.2f s)%n",
                (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
        return 0;
    }

    private Scores[] fromWorkspace(HealthModel a, HealthModel b) throws Exception {
        Dataset d;
        try (Workspace ws = Workspace.openReadOnly(workspace)) {
            d = new DatasetLoader(ws).load();
        }
        SegmentValues.require(d, segment);
        int day = asOf != null ? (int) asOf.toEpochDay() : ReportFigures.latestDay(d);
        FrameAssembler assembler = new FrameAssembler(d);
        AsOfPolicy policy = AsOfPolicy.withLead(day, leadDays);
        return new Scores[] {new ScoringEngine(assembler.assemble(a.metrics(), policy)).score(a, Cancel.NEVER),
                new ScoringEngine(assembler.assemble(b.metrics(), policy)).score(b, Cancel.NEVER)};
    }

    private Scores[] fromFile(HealthModel a, HealthModel b) throws Exception {
        if (segment != null) {
            throw new IllegalArgumentException("--segment works with --workspace only");
        }
        RowScorer sa = new RowScorer(a);
        RowScorer sb = new RowScorer(b);
        Set<String> required = new LinkedHashSet<>(sa.requiredColumns());
        required.addAll(sb.requiredColumns());
        required.add(outcomeColumn);
        if (arrColumn != null) {
            required.add(arrColumn);
        }
        StreamedScores ca = new StreamedScores(a);
        StreamedScores cb = new StreamedScores(b);
        OutcomeWords words = new OutcomeWords(outcomeColumn, List.of(), List.of());
        SnapshotRows.read(data, required, missing.tokens(), row -> {
            var cells = row.cells();
            String id = cells.apply(idColumn);
            String key = id == null ? Long.toString(row.line()) : id;
            byte outcome = words.read(cells.apply(outcomeColumn));
            double arr = arrColumn == null ? Double.NaN : RowScorer.number(cells.apply(arrColumn));
            ca.add(key, outcome, arr, sa.score(cells));
            cb.add(key, outcome, arr, sb.score(cells));
        });
        words.refuseUnknown();
        return new Scores[] {ca.build(), cb.build()};
    }
}
