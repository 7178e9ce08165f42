package org.healthscore.io.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.healthscore.data.CsmOverride;
import org.healthscore.store.WholeFiles;

/**
 * Writes CSM overrides as the CSV that File → Import CSM overrides and {@code import --overrides} read back:
 * {@code account_id, band, metric, points, note, author, from, until, status, removed_on, removed_by,
 * created_at}. Overrides are data kept beside the model file, never inside it; the status is as of the day given.
 */
public final class OverrideCsv {
    public static final List<String> HEADER = List.of("account_id", "band", "metric", "points", "note", "author",
            "from", "until", "status", "removed_on", "removed_by", "created_at");

    private OverrideCsv() {
    }

    /** Whole or not at all. */
    public static void write(Path file, List<CsmOverride> overrides, int asOfDay) throws IOException {
        WholeFiles.write(file, tmp -> {
            try (CsvWriter w = CsvWriter.builder().build(tmp)) {
                w.writeRecord(HEADER);
                for (CsmOverride o : overrides) {
                    String band = o.change() instanceof CsmOverride.BandChange b ? b.band() : "";
                    String metric = o.change() instanceof CsmOverride.PointsChange p ? p.metricKey() : "";
                    String points = o.change() instanceof CsmOverride.PointsChange p ? Double.toString(p.points()) : "";
                    w.writeRecord(SpreadsheetSafe.cell(o.accountId()), band, metric, points,
                            SpreadsheetSafe.cell(o.note()), SpreadsheetSafe.cell(o.author()),
                            CsmOverride.date(o.startsOn()), CsmOverride.date(o.until()), o.statusOn(asOfDay).label(),
                            CsmOverride.date(o.removedOn()), SpreadsheetSafe.cell(o.removedBy()), o.createdAt());
                }
            }
        });
    }
}
