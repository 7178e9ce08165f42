package org.healthscore.io.sql;

import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A workspace's data tables as another engine gets them: each table's columns with their workspace types (the
 * line column first), and its rows as CSV (missing = an empty cell), to copy into DuckDB, PostgreSQL or Spark.
 */
final class WorkspaceTables {
    private WorkspaceTables() {
    }

    /**
     * Table → column → that engine's type for the workspace's type (INTEGER, DECIMAL, DATE, BOOLEAN, TEXT), in
     * stored order, {@code _line} first as {@code lineType}.
     */
    static Map<String, Map<String, String>> columns(Connection sqlite, Function<String, String> type, String lineType)
            throws Exception {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        try (Statement s = sqlite.createStatement();
             ResultSet rs = s.executeQuery("SELECT d.table_name, c.name, c.type FROM dataset_column c JOIN dataset d "
                     + "ON d.id = c.dataset_id ORDER BY d.id, c.position")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put(WorkspaceLayout.LINE_COLUMN, lineType);
                    return m;
                }).put(rs.getString(2), type.apply(rs.getString(3)));
            }
        }
        return out;
    }

    /** The table's rows in {@code names}' order as CSV without a header. */
    static void csv(Connection sqlite, String table, List<String> names, Writer to) throws Exception {
        String select = "SELECT " + String.join(", ", names.stream().map(ScoringSql::q).toList()) + " FROM "
                + ScoringSql.q(table);
        try (Statement s = sqlite.createStatement(); ResultSet rs = s.executeQuery(select);
             de.siegmar.fastcsv.writer.CsvWriter w = de.siegmar.fastcsv.writer.CsvWriter.builder().build(to)) {
            String[] cells = new String[names.size()];
            while (rs.next()) {
                for (int k = 0; k < cells.length; k++) {
                    Object v = rs.getObject(k + 1);
                    cells[k] = v == null ? "" : v.toString();
                }
                w.writeRecord(cells);
            }
        }
    }

    static List<String> names(Map<String, String> columns) {
        return new ArrayList<>(columns.keySet());
    }
}
