package org.healthscore.io.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthscore.store.Catalog;
import org.healthscore.store.ColumnRole;
import org.healthscore.store.ColumnSpec;
import org.healthscore.store.DatasetInfo;
import org.healthscore.store.DatasetLoader;
import org.healthscore.store.Workspace;

/**
 * A workspace's tables as {@link HistorySql} reads them: its accounts file's table (the one the engine takes
 * its accounts from) and each file of dated observations, with the columns each holds under their stored names.
 */
public final class WorkspaceLayout {
    /** The column the import writes each row's line number to: a same-day tie goes to the later line. */
    static final String LINE_COLUMN = "_line";

    private WorkspaceLayout() {
    }

    public static HistorySql.Layout of(Workspace ws) {
        List<DatasetInfo> all = new Catalog(ws).datasets();
        DatasetInfo accounts = DatasetLoader.primaryAccounts(all);
        if (accounts == null) {
            throw new IllegalArgumentException(ws.name() + " has no accounts file (one row per account): the SQL "
                    + "scores the accounts of one");
        }
        List<HistorySql.Table> observations = new ArrayList<>();
        for (DatasetInfo d : all) {
            var asOf = d.column(ColumnRole.AS_OF);
            if (d != accounts && asOf.isPresent()) {
                observations.add(new HistorySql.Table(d.table(), id(d), asOf.get().name(), LINE_COLUMN, values(d)));
            }
        }
        return new HistorySql.Layout(new HistorySql.Table(accounts.table(), id(accounts), null, null,
                values(accounts)), observations);
    }

    private static String id(DatasetInfo d) {
        return d.column(ColumnRole.ACCOUNT_ID).orElseThrow().name();
    }

    /** The columns a metric or a segment may read (not the id, the date, the outcome, ignored ones). */
    private static Set<String> values(DatasetInfo d) {
        return d.columns().stream().filter(c -> switch (c.role()) {
            case METRIC, ATTRIBUTE, SEGMENT -> true;
            default -> false;
        }).map(ColumnSpec::name).collect(Collectors.toSet());
    }
}
