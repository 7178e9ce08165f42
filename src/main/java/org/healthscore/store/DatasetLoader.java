package org.healthscore.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.healthscore.data.AccountTable;
import org.healthscore.data.DataColumn;
import org.healthscore.data.Dataset;
import org.healthscore.data.ObservationSeries;
import org.healthscore.data.Outcome;

/**
 * Reads a workspace's datasets once into the in-memory {@link Dataset} the engine scores: the accounts
 * dataset gives the account list, outcome, ARR, segment and attributes; each observation dataset's metric
 * and attribute columns become series keyed by column name (qualified as dataset.column on a clash).
 */
public final class DatasetLoader {
    /** Rows between two progress reports of one reader. */
    private static final int REPORT_EVERY = 1 << 16;
    private final Workspace workspace;
    private final LoadListener listener;
    private final java.util.concurrent.atomic.AtomicLong rowsRead = new java.util.concurrent.atomic.AtomicLong();
    private long rowsTotal;

    public DatasetLoader(Workspace workspace) {
        this(workspace, LoadListener.NONE);
    }

    public DatasetLoader(Workspace workspace, LoadListener listener) {
        this.workspace = workspace;
        this.listener = listener;
    }

    private void read(long rows) {
        listener.progress(rowsRead.addAndGet(rows), rowsTotal);
    }

    public Dataset load() {
        List<DatasetInfo> infos = new Catalog(workspace).datasets();
        if (infos.isEmpty()) {
            // a new workspace: no accounts yet, which the window shows as "import a CSV file"
            return new Dataset(workspace.name(), new AccountTable(new String[0], new byte[0], new double[0],
                    new int[0], Map.of(), null), Map.of());
        }
        rowsTotal = infos.stream().mapToLong(DatasetInfo::rows).sum();
        try {
            DatasetInfo accountsInfo = primaryAccounts(infos);
            AccountTable accounts = accountsInfo != null ? readAccounts(accountsInfo) : idsOnly(infos);
            read(accountsInfo != null ? accountsInfo.rows() : 0);
            Map<String, Integer> index = accounts.indexById();
            // a further file without an as-of date is a snapshot of the day it was imported
            List<DatasetInfo> observations = infos.stream().filter(d -> d != accountsInfo).toList();
            List<List<Map.Entry<String, ObservationSeries>>> read = readAllSeries(observations, index, accounts.size());
            Map<String, ObservationSeries> series = new LinkedHashMap<>();
            for (int k = 0; k < observations.size(); k++) {
                for (var column : read.get(k)) {
                    String name = column.getKey();
                    boolean clash = series.containsKey(name) || accounts.attributes().containsKey(name);
                    series.put(clash ? observations.get(k).name() + "." + name : name, column.getValue());
                }
            }
            return new Dataset(workspace.name(), accounts, series);
        } catch (SQLException e) {
            throw new WorkspaceException("Cannot read the data of " + workspace.file() + ": " + e.getMessage(), e);
        }
    }

    /** The accounts file: the one with outcomes, else with segments, else the first without an as-of date. */
    public static DatasetInfo primaryAccounts(List<DatasetInfo> infos) {
        List<DatasetInfo> candidates = infos.stream().filter(d -> !d.isObservations()).toList();
        return candidates.stream().filter(d -> d.column(ColumnRole.OUTCOME).isPresent()).findFirst()
                .or(() -> candidates.stream().filter(d -> d.column(ColumnRole.SEGMENT).isPresent()).findFirst())
                .orElse(candidates.isEmpty() ? null : candidates.get(0));
    }

    private AccountTable readAccounts(DatasetInfo d) throws SQLException {
        List<ColumnSpec> attrs = d.columns().stream().filter(c -> switch (c.role()) {
            case SEGMENT, METRIC, ATTRIBUTE -> true;
            default -> false;
        }).toList();
        List<String> ids = new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        List<Double> arr = new ArrayList<>();
        List<Integer> outcomeDays = new ArrayList<>();
        List<ColumnCollector> collectors = attrs.stream().map(ColumnCollector::new).toList();
        String id = Sql.quote(d.column(ColumnRole.ACCOUNT_ID).orElseThrow().name());
        String outcome = d.column(ColumnRole.OUTCOME).map(c -> Sql.quote(c.name())).orElse("NULL");
        String arrCol = d.column(ColumnRole.ARR).map(c -> Sql.quote(c.name())).orElse("NULL");
        String date = d.column(ColumnRole.OUTCOME_DATE).map(c -> Sql.quote(c.name())).orElse("NULL");
        StringBuilder sql = new StringBuilder("SELECT " + id + ", " + outcome + ", " + arrCol + ", " + date);
        for (ColumnSpec c : attrs) {
            sql.append(", ").append(Sql.quote(c.name()));
        }
        sql.append(" FROM ").append(Sql.quote(d.table())).append(" ORDER BY \"_line\"");
        try (Statement s = workspace.connection().createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
            while (rs.next()) {
                ids.add(rs.getString(1));
                outcomes.add(rs.getString(2));
                double a = rs.getDouble(3);
                arr.add(rs.wasNull() ? Double.NaN : a);
                String day = rs.getString(4);
                outcomeDays.add(day == null ? AccountTable.NO_DAY : epochDay(day));
                for (int i = 0; i < collectors.size(); i++) {
                    collectors.get(i).add(rs, 5 + i);
                }
            }
        }
        int n = ids.size();
        byte[] oc = new byte[n];
        double[] arrs = new double[n];
        int[] days = new int[n];
        for (int i = 0; i < n; i++) {
            oc[i] = Outcome.parse(outcomes.get(i));
            arrs[i] = arr.get(i);
            days[i] = outcomeDays.get(i);
        }
        Map<String, DataColumn> attributes = new LinkedHashMap<>();
        for (ColumnCollector c : collectors) {
            attributes.put(c.spec.name(), c.build());
        }
        String segment = d.column(ColumnRole.SEGMENT).map(ColumnSpec::name).orElse(null);
        return new AccountTable(ids.toArray(String[]::new), oc, arrs, days, attributes, segment);
    }

    /** Without an accounts file, the accounts are every id any observation file mentions; outcomes unknown. */
    private AccountTable idsOnly(List<DatasetInfo> infos) throws SQLException {
        TreeSet<String> ids = new TreeSet<>();
        for (DatasetInfo d : infos) {
            String id = Sql.quote(d.column(ColumnRole.ACCOUNT_ID).orElseThrow().name());
            try (Statement s = workspace.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT DISTINCT " + id + " FROM " + Sql.quote(d.table()))) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        int n = ids.size();
        byte[] outcome = new byte[n];
        java.util.Arrays.fill(outcome, Outcome.UNKNOWN);
        double[] arr = new double[n];
        java.util.Arrays.fill(arr, Double.NaN);
        int[] days = new int[n];
        java.util.Arrays.fill(days, AccountTable.NO_DAY);
        return new AccountTable(ids.toArray(String[]::new), outcome, arr, days, Map.of(), null);
    }

    /**
     * Every observation dataset's series, in the datasets' order. Large workspaces hold tens of millions of
     * observations, read cell by cell across JNI: the datasets are read in parallel, each on its own read-only
     * connection, one per core.
     */
    private List<List<Map.Entry<String, ObservationSeries>>> readAllSeries(List<DatasetInfo> datasets,
            Map<String, Integer> index, int accounts) throws SQLException {
        int threads = Math.min(datasets.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            List<List<Map.Entry<String, ObservationSeries>>> out = new ArrayList<>();
            for (DatasetInfo d : datasets) {
                out.add(readSeries(workspace.connection(), d, index, accounts));
            }
            return out;
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dataset-reader");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<List<Map.Entry<String, ObservationSeries>>>> pending = new ArrayList<>();
            for (DatasetInfo d : datasets) {
                pending.add(pool.submit(() -> {
                    try (Connection reader = workspace.openReader()) {
                        return readSeries(reader, d, index, accounts);
                    }
                }));
            }
            List<List<Map.Entry<String, ObservationSeries>>> out = new ArrayList<>();
            for (var p : pending) {
                out.add(p.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkspaceException("Reading " + workspace.file() + " was interrupted.", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new WorkspaceException("Cannot read " + workspace.file() + ": " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One observation dataset's metric and attribute columns, as (column name, series) in column order. */
    private List<Map.Entry<String, ObservationSeries>> readSeries(Connection connection, DatasetInfo d,
            Map<String, Integer> index, int n) throws SQLException {
        List<ColumnSpec> cols = d.columns().stream()
                .filter(c -> c.role() == ColumnRole.METRIC || c.role() == ColumnRole.ATTRIBUTE)
                .filter(c -> c.type() != ColumnType.DATE).toList();
        if (cols.isEmpty()) {
            return List.of();
        }
        String id = Sql.quote(d.column(ColumnRole.ACCOUNT_ID).orElseThrow().name());
        String importDay = "'" + d.importedAt().substring(0, 10) + "'";
        String asOf = d.column(ColumnRole.AS_OF).map(c -> Sql.quote(c.name())).orElse(importDay);
        // tens of millions of rows: SQLite turns the date into an epoch day and a missing number into +∞, so
        // each cell is one call across JNI (no date strings to parse, no wasNull round trip)
        StringBuilder sql = new StringBuilder("SELECT " + id + ", ifnull(CAST(julianday(" + asOf + ") - 2440587.5 "
                + "AS INTEGER), " + Integer.MIN_VALUE + ")");
        for (ColumnSpec c : cols) {
            sql.append(", ").append(c.type() == ColumnType.TEXT ? Sql.quote(c.name())
                    : "ifnull(" + Sql.quote(c.name()) + ", 1e999)");
        }
        sql.append(" FROM ").append(Sql.quote(d.table()));
        List<ObservationSeries.Builder> builders = new ArrayList<>();
        List<Map<String, Integer>> dictionaries = new ArrayList<>();
        for (ColumnSpec c : cols) {
            builders.add(null);
            dictionaries.add(c.type() == ColumnType.TEXT ? new LinkedHashMap<>() : null);
        }
        for (int i = 0; i < cols.size(); i++) {
            builders.set(i, new ObservationSeries.Builder(cols.get(i).name(), n, null));
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
            int sinceReport = 0;
            while (rs.next()) {
                if (++sinceReport == REPORT_EVERY) {
                    read(sinceReport);
                    sinceReport = 0;
                }
                Integer account = index.get(rs.getString(1));
                if (account == null) {
                    continue; // an observation for an account the accounts file does not list
                }
                int day = rs.getInt(2);
                if (day == Integer.MIN_VALUE) {
                    continue; // not a date SQLite reads; the import only stores yyyy-MM-dd, so never in practice
                }
                for (int i = 0; i < cols.size(); i++) {
                    if (dictionaries.get(i) != null) {
                        String v = rs.getString(3 + i);
                        if (v != null && !v.isBlank()) {
                            Map<String, Integer> dict = dictionaries.get(i);
                            int code = dict.computeIfAbsent(v, k -> dict.size());
                            builders.get(i).add(account, day, code);
                        }
                    } else {
                        double v = rs.getDouble(3 + i);
                        if (v != Double.POSITIVE_INFINITY) {
                            builders.get(i).add(account, day, v);
                        }
                    }
                }
            }
            read(sinceReport);
        }
        List<Map.Entry<String, ObservationSeries>> out = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            out.add(Map.entry(cols.get(i).name(), builders.get(i).build(categoriesOf(dictionaries.get(i)))));
        }
        return out;
    }

    private static String[] categoriesOf(Map<String, Integer> dict) {
        if (dict == null) {
            return null;
        }
        String[] cats = new String[dict.size()];
        dict.forEach((k, v) -> cats[v] = k);
        return cats;
    }

    /** yyyy-MM-dd → epoch day, without the cost of a full parser on millions of rows. */
    static int epochDay(String iso) {
        if (iso.length() == 10 && iso.charAt(4) == '-' && iso.charAt(7) == '-') {
            int y = Integer.parseInt(iso, 0, 4, 10);
            int m = Integer.parseInt(iso, 5, 7, 10);
            int d = Integer.parseInt(iso, 8, 10, 10);
            return (int) LocalDate.of(y, m, d).toEpochDay();
        }
        return (int) LocalDate.parse(iso).toEpochDay();
    }
}
