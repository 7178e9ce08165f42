package org.healthscore.ui.importer;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.healthscore.io.csv.SpreadsheetSafe;
import org.healthscore.store.RejectedRow;

/** The rejected rows of an import as a CSV file a person opens in a spreadsheet. */
final class RejectReport {
    private RejectReport() {
    }

    static void write(List<RejectedRow> rows, Path file) throws IOException {
        try (CsvWriter w = CsvWriter.builder().build(file)) {
            w.writeRecord("file", "line", "column", "value", "reason");
            for (RejectedRow r : rows) {
                w.writeRecord(SpreadsheetSafe.cell(r.file()), Long.toString(r.line()),
                        SpreadsheetSafe.cell(r.column()), SpreadsheetSafe.cell(r.value()), r.reason());
            }
        }
    }
}
