package org.healthscore.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.healthscore.data.CsmOverride;
import org.healthscore.engine.RowScorer;
import org.healthscore.engine.overrides.RowOverrides;
import org.healthscore.io.csv.CsvBlocks;
import org.healthscore.io.csv.SpreadsheetSafe;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Score every account in a CSV file with a model; streams files of any size.",
                "Output columns: the id, score, band, segment and each metric's points (points_<key>);",
                "with --overrides also model_band, final_band, final_score and override_note."})
final class ScoreCommand implements Callable<Integer> {
    @Mixin
    ModelFileOption model;

    @Mixin
    AccountsFileOptions data;

    @Option(names = "--out", required = true, description = "CSV file to write.")
    Path out;

    @Option(names = "--as-of", description = {"Score as of this date (yyyy-MM-dd): the file then has several dated rows",
            "per account, and each metric takes the latest value on or before the date (staleness applies)."})
    java.time.LocalDate asOf;

    @Option(names = "--date-column", defaultValue = "as_of",
            description = "With --as-of: the column holding each row's date (default ${DEFAULT-VALUE}).")
    String dateColumn;

    @picocli.CommandLine.Mixin
    MissingOption missing = new MissingOption();

    @Option(names = "--overrides", description = {"A CSV of CSM overrides (as File > Export CSM overrides writes):",
            "those that hold on the --as-of date (default today) give each row its final band and score."})
    Path overrides;

    @Option(names = "--allow-duplicate-ids",
            description = "Score every row even when an id repeats (by default a repeated id is an error).")
    boolean allowDuplicateIds;

    @Override
    public Integer call() throws Exception {
        OutputFiles.checkWritable(out, "--out");
        HealthModel m = model.load();
        List<CsmOverride> csm = overrides == null ? List.of() : OverrideFiles.read(overrides, m);
        // written beside the target and moved into place only when whole: a failure or a kill never damages an
        // existing output file, nor leaves a partial one that looks complete
        Path tmp = OutputFiles.temporaryBeside(out);
        try {
            String done = asOf != null ? "Scored " + new HistoryScoring(m, data.idColumn, dateColumn, asOf,
                    missing.tokens()).write(data.file, tmp, overrides == null ? null : csm) + " accounts as of "
                    + asOf + " into " + out : "Scored " + scoreRows(m, tmp, csm) + " accounts into " + out;
            OutputFiles.moveIntoPlace(tmp, out);
            System.out.println(done);
            return 0;
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }

    private long scoreRows(HealthModel m, Path target, List<CsmOverride> csm) throws Exception {
        RowScorer scorer = new RowScorer(m);
        RowOverrides laid = overrides == null ? null
                : new RowOverrides(m, scorer, csm, (int) java.time.LocalDate.now().toEpochDay());
        Set<String> required = new LinkedHashSet<>(scorer.requiredColumns());
        required.add(data.idColumn);
        List<String> columns = new ArrayList<>(scorer.requiredColumns());
        columns.add(data.idColumn);
        long rows;
        DuplicateIds ids = new DuplicateIds();
        try (CsvBlocks blocks = CsvBlocks.open(data.file, required, missing.tokens());
             java.io.OutputStream file = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(target), 1 << 16);
             ParallelScoring scoring = new ParallelScoring(scorer, blocks, columns, file, laid,
                     allowDuplicateIds ? null : ids)) {
            List<String> header = new ArrayList<>(List.of(data.idColumn, "score", "band", "segment"));
            for (Metric metric : m.metrics()) {
                header.add("points_" + metric.key());
            }
            if (laid != null) {
                header.addAll(OverrideFiles.COLUMNS);
            }
            java.io.StringWriter head = new java.io.StringWriter();
            try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(head)) {
                w.writeRecord(header.stream().map(SpreadsheetSafe::cell).toList()); // --id-column is the user's text
            }
            file.write(head.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            rows = scoring.run();
        }
        if (ids.maybe()) {
            String repeated = ids.confirm(data.file, data.idColumn, missing.tokens());
            if (repeated != null) {
                throw new IllegalArgumentException(data.file.getFileName() + " has one row per account, but " + repeated
                        + "; nothing was written (give --allow-duplicate-ids to score every row)");
            }
        }
        return rows;
    }
}
