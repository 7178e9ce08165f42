package org.healthscore.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.healthscore.engine.RowScorer;
import org.healthscore.io.model.ModelJsonReader;
import org.healthscore.io.sample.WideAccountsGenerator;
import org.healthscore.model.HealthModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `score` on every core writes every row once, in the file's order, scored as one row scored alone is. */
class ParallelScoringTest {
    @TempDir
    Path dir;

    @Test
    void manyBatchesComeOutInTheInputOrderWithEachRowsOwnScore() throws Exception {
        Path csv = dir.resolve("accounts.csv");
        WideAccountsGenerator.write(csv, 23_457, 3); // several batches of 4,096 and a short last one
        Path out = dir.resolve("scored.csv");
        Path model = Path.of("sample-data/models/four-metric.json");
        assertEquals(0, Cli.run("score", "--model", model.toString(), "--data", csv.toString(), "--out",
                out.toString()));
        HealthModel m = ModelJsonReader.read(model, null).model();
        RowScorer alone = new RowScorer(m);
        List<String> expected = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> in = CsvReader.builder().ofNamedCsvRecord(csv)) {
            for (NamedCsvRecord rec : in) {
                RowScorer.Result r = alone.score(name -> rec.findField(name).orElse(null));
                expected.add(rec.getField("account_id") + " " + NumberText.of(r.score()) + " " + r.band());
            }
        }
        List<String> written = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> in = CsvReader.builder().ofNamedCsvRecord(out)) {
            for (NamedCsvRecord rec : in) {
                written.add(rec.getField("account_id") + " " + rec.getField("score") + " " + rec.getField("band"));
            }
        }
        assertEquals(23_457, written.size());
        assertEquals(expected, written);
    }
}
