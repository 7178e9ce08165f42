package org.healthscore.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.healthscore.data.AccountFrame;
import org.healthscore.data.AccountTable;
import org.healthscore.data.DataColumn;
import org.healthscore.model.HealthModel;

/** Collects rows scored by {@link RowScorer} into {@link Scores}, so the {@link Evaluator} can judge them. */
public final class StreamedScores {
    private final HealthModel model;
    private final BandScheme scheme;
    private int size;
    private String[] ids = new String[1024];
    private byte[] outcome = new byte[1024];
    private double[] arr = new double[1024];
    private double[] score = new double[1024];
    private byte[] band = new byte[1024];
    private int[] segment = new int[1024];
    private double[][] points;

    public StreamedScores(HealthModel model) {
        this.model = model;
        this.scheme = BandScheme.of(model);
        this.points = new double[model.metrics().size()][1024];
    }

    public void add(String id, byte outcomeCode, double arrValue, RowScorer.Result r) {
        if (size == ids.length) {
            int cap = size * 2;
            ids = Arrays.copyOf(ids, cap);
            outcome = Arrays.copyOf(outcome, cap);
            arr = Arrays.copyOf(arr, cap);
            score = Arrays.copyOf(score, cap);
            band = Arrays.copyOf(band, cap);
            segment = Arrays.copyOf(segment, cap);
            for (int j = 0; j < points.length; j++) {
                points[j] = Arrays.copyOf(points[j], cap);
            }
        }
        ids[size] = id;
        outcome[size] = outcomeCode;
        arr[size] = arrValue;
        score[size] = r.score();
        band[size] = (byte) (r.band() == null ? -1 : scheme.indexOf(r.band()));
        segment[size] = r.segment() == null ? -1 : segmentIndex(r.segment());
        for (int j = 0; j < points.length; j++) {
            points[j][size] = r.points()[j];
        }
        size++;
    }

    private int segmentIndex(String name) {
        for (int s = 0; s < model.segments().size(); s++) {
            if (model.segments().get(s).name().equals(name)) {
                return s;
            }
        }
        return -1;
    }

    public int size() {
        return size;
    }

    public Scores build() {
        int[] days = new int[size];
        Arrays.fill(days, AccountTable.NO_DAY);
        Map<String, DataColumn> none = new LinkedHashMap<>();
        AccountTable table = new AccountTable(Arrays.copyOf(ids, size), Arrays.copyOf(outcome, size),
                Arrays.copyOf(arr, size), days, none, null);
        double[][] pts = new double[points.length][];
        for (int j = 0; j < points.length; j++) {
            pts[j] = Arrays.copyOf(points[j], size);
        }
        AccountFrame frame = new AccountFrame(table, days, none);
        return new Scores(model, frame, Arrays.copyOf(score, size), Arrays.copyOf(band, size), scheme,
                Arrays.copyOf(segment, size), pts, ScoringEngine.weightsBySegment(model));
    }
}
