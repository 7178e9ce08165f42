package org.healthscore.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthscore.model.Metric;
import org.healthscore.model.MetricSource;

/**
 * Builds {@link AccountFrame}s from a {@link Dataset}: for each metric, each account's latest observation on
 * or before its as-of day (older than the metric's staleness limit = missing), combined per the source.
 */
public final class FrameAssembler {
    private final Dataset dataset;

    public FrameAssembler(Dataset dataset) {
        this.dataset = dataset;
    }

    public Dataset dataset() {
        return dataset;
    }

    public AccountFrame assemble(List<Metric> metrics, AsOfPolicy policy) {
        int[] days = policy.daysFor(dataset.accounts());
        Map<String, DataColumn> columns = new LinkedHashMap<>();
        for (Metric m : metrics) {
            columns.put(m.key(), resolve(m, days));
        }
        return new AccountFrame(dataset.accounts(), days, columns);
    }

    /** The raw values of one metric for every account, as of each account's day. */
    public DataColumn resolve(Metric metric, int[] asOfDays) {
        MetricSource source = metric.source();
        int stale = metric.stalenessDays();
        if (source instanceof MetricSource.Column c) {
            return column(c.column(), asOfDays, stale, metric.key());
        }
        if (source instanceof MetricSource.Ratio r) {
            double[] num = column(r.numerator(), asOfDays, stale, metric.key()).values();
            double[] den = column(r.denominator(), asOfDays, stale, metric.key()).values();
            double[] out = new double[num.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = den[i] == 0.0 ? Double.NaN : num[i] / den[i];
            }
            return DataColumn.numeric(metric.key(), out);
        }
        MetricSource.Trend t = (MetricSource.Trend) source;
        double[] now = column(t.column(), asOfDays, stale, metric.key()).values();
        int[] before = new int[asOfDays.length];
        for (int i = 0; i < before.length; i++) {
            before[i] = asOfDays[i] - t.days();
        }
        double[] then = column(t.column(), before, stale, metric.key()).values();
        double[] out = new double[now.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = now[i] - then[i];
        }
        return DataColumn.numeric(metric.key(), out);
    }

    /** One account's raw value of a metric as of one day: the same rules as {@link #resolve}, for one cell. */
    public double valueOf(Metric metric, int account, int day) {
        MetricSource source = metric.source();
        int stale = metric.stalenessDays();
        if (source instanceof MetricSource.Column c) {
            return cell(c.column(), account, day, stale);
        }
        if (source instanceof MetricSource.Ratio r) {
            double den = cell(r.denominator(), account, day, stale);
            return den == 0.0 ? Double.NaN : cell(r.numerator(), account, day, stale) / den;
        }
        MetricSource.Trend t = (MetricSource.Trend) source;
        return cell(t.column(), account, day, stale) - cell(t.column(), account, day - t.days(), stale);
    }

    private double cell(String name, int account, int day, int stalenessDays) {
        DataColumn attribute = dataset.accounts().attributes().get(name);
        if (attribute != null) {
            return attribute.values()[account];
        }
        ObservationSeries series = dataset.series().get(name);
        return series == null ? Double.NaN : series.valueAsOf(account, day, stalenessDays);
    }

    private DataColumn column(String name, int[] asOfDays, int stalenessDays, String key) {
        DataColumn attribute = dataset.accounts().attributes().get(name);
        if (attribute != null) {
            return new DataColumn(key, attribute.values(), attribute.categories());
        }
        ObservationSeries series = dataset.series().get(name);
        if (series == null) {
            throw new IllegalArgumentException("metric " + key + " reads column '" + name
                    + "', which this dataset does not have");
        }
        double[] out = new double[asOfDays.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = series.valueAsOf(i, asOfDays[i], stalenessDays);
        }
        return new DataColumn(key, out, series.categories());
    }
}
