package org.healthscore.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.healthscore.data.AccountTable;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Dataset;
import org.healthscore.data.ObservationSeries;
import org.healthscore.data.Outcome;
import org.healthscore.io.csv.SpreadsheetSafe;
import org.healthscore.store.Catalog;
import org.healthscore.store.ColumnType;
import org.healthscore.store.DatasetLoader;
import org.healthscore.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = {"Write a workspace's accounts as of a date, one row per account.",
                "Each row has the id, outcome, ARR and every column's latest value on or before the date",
                "(within --staleness-days). The file feeds score, evaluate and any SQL engine."})
final class SnapshotCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--as-of", required = true, description = "Date (yyyy-MM-dd).")
    LocalDate asOf;

    @Option(names = "--staleness-days", defaultValue = "120",
            description = "Older observations are left empty (default ${DEFAULT-VALUE}).")
    int staleness;

    @Option(names = "--out", required = true, description = "CSV file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        OutputFiles.checkWritable(out, "--out");
        Dataset d;
        java.util.Set<String> dates = new java.util.HashSet<>();
        try (Workspace ws = Workspace.openReadOnly(workspace.file)) {
            d = new DatasetLoader(ws).load();
            new Catalog(ws).datasets().forEach(info -> info.columns().stream()
                    .filter(c -> c.type() == ColumnType.DATE).forEach(c -> dates.add(c.name())));
        }
        AccountTable a = d.accounts();
        int day = (int) asOf.toEpochDay();
        List<String> header = new ArrayList<>(List.of("account_id", "outcome", "outcome_date", "arr"));
        header.addAll(a.attributes().keySet());
        header.addAll(d.series().keySet());
        Path tmp = OutputFiles.temporaryBeside(out); // moved into place only when whole
        try {
            write(d, a, header, dates, day, tmp);
            OutputFiles.moveIntoPlace(tmp, out);
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
        System.out.println("Wrote " + a.size() + " accounts as of " + asOf + " to " + out);
        return 0;
    }

    private void write(Dataset d, AccountTable a, List<String> header, java.util.Set<String> dates, int day, Path tmp)
            throws java.io.IOException {
        try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(tmp)) {
            w.writeRecord(header.stream().map(SpreadsheetSafe::cell).toList()); // imported headers are data too
            List<String> row = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                row.clear();
                row.add(SpreadsheetSafe.cell(a.ids()[i]));
                byte o = a.outcome()[i];
                row.add(o == Outcome.CHURNED ? "churned" : o == Outcome.RETAINED ? "retained" : "");
                row.add(a.outcomeDay()[i] == AccountTable.NO_DAY ? "" : LocalDate.ofEpochDay(a.outcomeDay()[i]).toString());
                row.add(NumberText.of(a.arr()[i]));
                for (DataColumn c : a.attributes().values()) {
                    double v = c.values()[i];
                    // date attributes are held as epoch days; people read them as dates
                    row.add(dates.contains(c.name()) && !Double.isNaN(v) ? LocalDate.ofEpochDay((long) v).toString()
                            : value(v, c.categories()));
                }
                for (ObservationSeries s : d.series().values()) {
                    row.add(value(s.valueAsOf(i, day, staleness), s.categories()));
                }
                w.writeRecord(row);
            }
        }
    }

    private static String value(double v, String[] categories) {
        if (Double.isNaN(v)) {
            return "";
        }
        return categories != null ? SpreadsheetSafe.cell(categories[(int) v]) : NumberText.of(v);
    }
}
