package org.healthscore.io.sql;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.healthscore.model.HealthModel;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;
import org.healthscore.model.Segment;

/**
 * One SQL statement that scores every account as of a date from an accounts table and tables of dated
 * observations, as the engine does: each metric's source columns take their latest non-empty observation on
 * or before the date and within that metric's own staleness limit (a same-day tie goes to the later line), a
 * trend is that value minus the one as of its days before, and a column of the accounts table is read as it
 * is. Then the model is applied to that one-row-per-account frame by {@link ScoringSql}'s own SELECT.
 * Window functions (ROW_NUMBER) and LEFT JOINs only: SQLite, DuckDB, PostgreSQL and Spark SQL run them.
 */
public final class HistorySql {
    /**
     * A table: its name, account id column, date column and line column (both null for the accounts table; the
     * line column may be null when the table keeps none), and the columns it holds.
     */
    public record Table(String name, String idColumn, String dateColumn, String lineColumn, Set<String> columns) {
        public Table {
            columns = Set.copyOf(columns);
        }
    }

    /** Where the data is: one row per account in {@code accounts}, dated rows in the observation tables. */
    public record Layout(Table accounts, List<Table> observations) {
        public Layout {
            observations = List.copyOf(observations);
        }
    }

    private HistorySql() {
    }

    public static String generate(HealthModel model, Layout layout, LocalDate asOf) {
        Map<String, String> frameColumns = new LinkedHashMap<>(); // frame column → the accounts table's column
        Map<String, String> latest = new LinkedHashMap<>(); // frame column → the CTE that finds its latest value
        Map<String, String> now = new LinkedHashMap<>();
        Map<String, String> before = new LinkedHashMap<>();
        Map<String, String> segments = new LinkedHashMap<>();
        for (int j = 0; j < model.metrics().size(); j++) {
            Metric m = model.metrics().get(j);
            List<String> columns = m.source().columns();
            for (int c = 0; c < columns.size(); c++) {
                String name = "m" + j + "_" + c;
                now.put(m.key() + "\u0000" + columns.get(c), ScoringSql.q(add(layout, columns.get(c), asOf,
                        m.stalenessDays(), "metric " + m.key(), name, frameColumns, latest)));
                if (m.source() instanceof MetricSource.Trend t) {
                    before.put(m.key() + "\u0000" + columns.get(c), ScoringSql.q(add(layout, columns.get(c),
                            asOf.minusDays(t.days()), m.stalenessDays(), "metric " + m.key(), name + "_before",
                            frameColumns, latest)));
                }
            }
        }
        Set<String> segmentColumns = new LinkedHashSet<>();
        model.segments().stream().map(Segment::column).forEach(segmentColumns::add);
        int s = 0;
        for (String column : segmentColumns) {
            String name = "s" + s++;
            // a segment reads the account's attribute; a column only observed takes its latest value, undated
            segments.put(column, ScoringSql.q(add(layout, column, asOf, Integer.MAX_VALUE, "segment " + column, name,
                    frameColumns, latest)));
        }
        Sources sources = new Sources() {
            @Override
            public String now(Metric metric, String column) {
                return now.get(metric.key() + "\u0000" + column);
            }

            @Override
            public String before(Metric metric, String column) {
                return before.get(metric.key() + "\u0000" + column);
            }

            @Override
            public String segment(String column) {
                return segments.get(column);
            }
        };
        StringBuilder with = new StringBuilder("WITH ");
        latest.forEach((name, cte) -> with.append(ScoringSql.q("latest_" + name)).append(" AS (\n").append(cte)
                .append("\n),\n"));
        with.append("\"frame\" AS (\n  SELECT a.").append(ScoringSql.q(layout.accounts().idColumn()))
                .append(" AS \"account_id\"");
        frameColumns.forEach((name, column) -> with.append(",\n    a.").append(ScoringSql.q(column)).append(" AS ")
                .append(ScoringSql.q(name)));
        latest.keySet().forEach(name -> with.append(",\n    ").append(ScoringSql.q("latest_" + name)).append(".v AS ")
                .append(ScoringSql.q(name)));
        with.append("\n  FROM ").append(ScoringSql.q(layout.accounts().name())).append(" a");
        latest.keySet().forEach(name -> with.append("\n  LEFT JOIN ").append(ScoringSql.q("latest_" + name))
                .append(" ON ").append(ScoringSql.q("latest_" + name)).append(".id = a.")
                .append(ScoringSql.q(layout.accounts().idColumn())));
        with.append("\n)\n");
        return "-- Health score model \"" + model.name().replace("\n", " ") + "\": every account of "
                + layout.accounts().name() + " scored as of " + asOf + " from its history.\n"
                + "-- Generated by Health Score Workbench (rules: docs/MODEL_FORMAT.md).\n" + with
                + ScoringSql.select(model, "frame", "account_id", sources) + ";\n";
    }

    /**
     * Adds the frame column and returns its name — or the name of one already there that reads the same column the
     * same way (two metrics on one column with one staleness): each value is found once.
     */
    private static String add(Layout layout, String column, LocalDate day, int staleness, String who, String name,
                              Map<String, String> frameColumns, Map<String, String> latest) {
        if (layout.accounts().columns().contains(column)) {
            frameColumns.put(name, column);
            return name;
        }
        String cte = latest(layout, column, day, staleness, who);
        for (Map.Entry<String, String> e : latest.entrySet()) {
            if (e.getValue().equals(cte)) {
                return e.getKey();
            }
        }
        latest.put(name, cte);
        return name;
    }

    /**
     * Each account's latest non-empty observation of {@code column} on or before {@code day} and fresh then (the
     * day minus its date at most the staleness limit), a same-day tie to the later line: a window function, so
     * that every engine reads each table once (correlated subqueries read it once per account).
     */
    private static String latest(Layout layout, String column, LocalDate day, int staleness, String who) {
        Table t = layout.observations().stream().filter(o -> o.columns().contains(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(who + " reads column '" + column + "', which none of "
                        + "the tables has"));
        String c = "o." + ScoringSql.q(column);
        String date = "o." + ScoringSql.q(t.dateColumn());
        StringBuilder order = new StringBuilder(date).append(" DESC");
        if (t.lineColumn() != null) {
            order.append(", o.").append(ScoringSql.q(t.lineColumn())).append(" DESC");
        }
        StringBuilder sb = new StringBuilder("  SELECT id, v FROM (SELECT o.").append(ScoringSql.q(t.idColumn()))
                .append(" AS id, ").append(c).append(" AS v, ROW_NUMBER() OVER (PARTITION BY o.")
                .append(ScoringSql.q(t.idColumn())).append(" ORDER BY ").append(order).append(") AS rn\n    FROM ")
                .append(ScoringSql.q(t.name())).append(" o WHERE ").append(c).append(" IS NOT NULL AND TRIM(CAST(")
                .append(c).append(" AS VARCHAR(1000))) <> '' AND ").append(date).append(" <= ")
                .append(ScoringSql.text(day.toString()));
        if (staleness < 100_000) {
            sb.append(" AND ").append(date).append(" >= ").append(ScoringSql.text(day.minusDays(staleness).toString()));
        }
        return sb.append(") ranked WHERE rn = 1").toString();
    }
}
