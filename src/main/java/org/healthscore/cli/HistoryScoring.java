package org.healthscore.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.AccountTable;
import org.healthscore.data.AsOfPolicy;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Dataset;
import org.healthscore.data.FrameAssembler;
import org.healthscore.data.ObservationSeries;
import org.healthscore.engine.Cancel;
import org.healthscore.engine.Scores;
import org.healthscore.engine.overrides.AppliedOverrides;
import org.healthscore.data.CsmOverride;
import org.healthscore.engine.ScoringEngine;
import org.healthscore.io.csv.CsvHistoryReader;
import org.healthscore.io.csv.SpreadsheetSafe;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.Segment;

/** `score --as-of`: a file of dated rows, scored as of one date by the engine (latest value, staleness). */
final class HistoryScoring {
    private final HealthModel model;
    private final String idColumn;
    private final String dateColumn;
    private final LocalDate asOf;
    private final Set<String> missingTokens;

    HistoryScoring(HealthModel model, String idColumn, String dateColumn, LocalDate asOf, Set<String> missingTokens) {
        this.model = model;
        this.idColumn = idColumn;
        this.dateColumn = dateColumn;
        this.asOf = asOf;
        this.missingTokens = missingTokens;
    }

    /** @param overrides CSM overrides to lay over the scores as of the day (adds four columns), or null */
    long write(Path data, Path out, List<CsmOverride> overrides) throws IOException {
        Set<String> columns = new LinkedHashSet<>();
        model.metrics().forEach(m -> columns.addAll(m.source().columns()));
        model.segments().forEach(s -> columns.add(s.column()));
        Dataset read = CsvHistoryReader.read(data, idColumn, dateColumn, columns, missingTokens);
        int day = (int) asOf.toEpochDay();
        Dataset dataset = withSegmentAttributes(read, day);
        AccountFrame frame = new FrameAssembler(dataset).assemble(model.metrics(), AsOfPolicy.fixed(day));
        Scores scores = new ScoringEngine(frame).score(model, Cancel.NEVER);
        AppliedOverrides applied = overrides == null ? null : AppliedOverrides.apply(scores, overrides);
        try (CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
            List<String> header = new ArrayList<>(List.of(idColumn, "score", "band", "segment"));
            for (Metric metric : model.metrics()) {
                header.add("points_" + metric.key());
            }
            if (applied != null) {
                header.addAll(OverrideFiles.COLUMNS);
            }
            w.writeRecord(header.stream().map(SpreadsheetSafe::cell).toList()); // --id-column is the user's text
            String[] cells = new String[header.size()];
            for (int i = 0; i < scores.size(); i++) {
                cells[0] = SpreadsheetSafe.cell(frame.accounts().ids()[i]);
                cells[1] = NumberText.of(scores.score()[i]);
                cells[2] = scores.band()[i] < 0 ? "" : SpreadsheetSafe.cell(scores.bands().get(scores.band()[i]).name());
                int seg = scores.segmentOf()[i];
                cells[3] = seg < 0 ? "" : SpreadsheetSafe.cell(model.segments().get(seg).name());
                for (int j = 0; j < model.metrics().size(); j++) {
                    cells[4 + j] = NumberText.of(scores.points()[j][i]);
                }
                if (applied != null) {
                    int at = 4 + model.metrics().size();
                    cells[at] = cells[2];
                    Scores after = applied.after();
                    cells[at + 1] = after.band()[i] < 0 ? "" : SpreadsheetSafe.cell(after.bands().get(after.band()[i]).name());
                    cells[at + 2] = NumberText.of(after.score()[i]);
                    cells[at + 3] = SpreadsheetSafe.cell(applied.noteOf(i));
                }
                w.writeRecord(cells);
            }
        }
        return scores.size();
    }

    /** Segment filters read account attributes: give each segment column its latest value as of the day. */
    private Dataset withSegmentAttributes(Dataset d, int day) {
        Map<String, DataColumn> attrs = new LinkedHashMap<>(d.accounts().attributes());
        for (Segment s : model.segments()) {
            ObservationSeries series = d.series().get(s.column());
            double[] v = new double[d.accounts().size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = series.valueAsOf(i, day, Integer.MAX_VALUE / 2);
            }
            attrs.put(s.column(), new DataColumn(s.column(), v, series.categories()));
        }
        AccountTable a = d.accounts();
        return new Dataset(d.name(), new AccountTable(a.ids(), a.outcome(), a.arr(), a.outcomeDay(), attrs,
                a.segmentColumn()), d.series());
    }
}
