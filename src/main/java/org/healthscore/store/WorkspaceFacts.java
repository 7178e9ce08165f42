package org.healthscore.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What headless commands need of a workspace (override imports, export-sql), read straight from the tables
 * instead of loading the whole data set (40 s at a million accounts with their history): every account id, and
 * the latest observation day.
 */
public final class WorkspaceFacts {
    private WorkspaceFacts() {
    }

    /**
     * Every account id, exactly as stored: the accounts file's, as the loaded data set has them (without one,
     * every id an observation file mentions).
     */
    public static Set<String> accountIds(Workspace ws) {
        Set<String> ids = new HashSet<>();
        var all = new Catalog(ws).datasets();
        DatasetInfo primary = DatasetLoader.primaryAccounts(all);
        for (DatasetInfo d : primary != null ? java.util.List.of(primary) : all) {
            String id = Sql.quote(d.column(ColumnRole.ACCOUNT_ID).orElseThrow().name());
            read(ws, "SELECT DISTINCT " + id + " FROM " + Sql.quote(d.table()) + " WHERE " + id + " IS NOT NULL",
                    rs -> ids.add(rs.getString(1)));
        }
        return ids;
    }

    /** The latest as-of date of any observation; empty for a workspace of snapshots only. */
    public static OptionalInt latestDay(Workspace ws) {
        String[] latest = {null};
        for (DatasetInfo d : new Catalog(ws).datasets()) {
            var asOf = d.column(ColumnRole.AS_OF);
            if (d.isObservations() && asOf.isPresent()) {
                read(ws, "SELECT MAX(" + Sql.quote(asOf.get().name()) + ") FROM " + Sql.quote(d.table()), rs -> {
                    String day = rs.getString(1);
                    if (day != null && (latest[0] == null || day.compareTo(latest[0]) > 0)) {
                        latest[0] = day; // ISO dates compare as text
                    }
                });
            }
        }
        return latest[0] == null ? OptionalInt.empty() : OptionalInt.of((int) LocalDate.parse(latest[0]).toEpochDay());
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void read(Workspace ws, String sql, Row row) {
        try (Statement s = ws.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                row.read(rs);
            }
        } catch (SQLException e) {
            throw new WorkspaceException(WorkspaceErrors.describe(ws.file(), "Cannot read the accounts", e), e);
        }
    }
}
