package org.healthscore.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.healthscore.io.sample.WideAccountsGenerator;
import org.healthscore.store.CsvImporter;
import org.healthscore.store.CsvSniffer;
import org.healthscore.store.ImportListener;
import org.healthscore.store.Workspace;
import org.healthscore.ui.MainWindow;
import org.healthscore.ui.common.FxExecutors;
import org.healthscore.ui.workbench.WorkbenchViewModel;

/**
 * The drag benchmark: the real window on a generated workspace of N accounts; the usage weight slider is moved
 * through 100 positions, one per frame as a hand drags it, and for each position the time from the value change
 * to the charts showing a result that includes it is recorded, with the longest gap between two frames. The FX
 * thread's own share of a frame is measured apart from drawing: the time the window takes to apply a result
 * (every chart, tile and table listener) and the pulse's CSS and layout pass; the rest of a frame is the
 * renderer's (which JavaFX runs on its own thread, the FX thread waiting for it before the next pulse).
 */
public final class DragBenchApp extends Application {
    private static final AtomicReference<String> REPORT = new AtomicReference<>();
    private static final int POSITIONS = 100;
    private long applyStart;
    private long layoutStart;
    private boolean measuring;
    private final List<Double> applyMs = new ArrayList<>();
    private double exactApplyMs;
    private final List<Double> layoutMs = new ArrayList<>();

    public static String report() {
        return REPORT.get();
    }

    @Override
    public void start(Stage stage) throws Exception {
        int accounts = Integer.parseInt(getParameters().getNamed().getOrDefault("accounts", "1000000"));
        Path dir = Files.createTempDirectory("hsw-drag");
        Path csv = dir.resolve("accounts.csv");
        WideAccountsGenerator.write(csv, accounts, 7);
        Path ws = dir.resolve("drag.hsw");
        try (Workspace w = Workspace.create(ws)) {
            new CsvImporter(w).importAll(List.of(CsvSniffer.detect(csv, "accounts")), 0, ImportListener.NONE, () -> false);
        }
        WorkbenchViewModel vm = new WorkbenchViewModel(FxExecutors.single("io"), FxExecutors.single("recompute"),
                Platform::runLater, new org.healthscore.store.RecentWorkspaces(dir.resolve("recent.txt")));
        // registered before the window's own listeners: marks when a result starts being applied
        vm.resultProperty().addListener((o, a, r) -> applyStart = System.nanoTime());
        MainWindow window = new MainWindow(stage, vm, null);
        Scene scene = new Scene(window, 1400, 900);
        scene.addPreLayoutPulseListener(() -> layoutStart = System.nanoTime());
        scene.addPostLayoutPulseListener(() -> {
            if (measuring) {
                layoutMs.add((System.nanoTime() - layoutStart) / 1e6);
            }
        });
        stage.setScene(scene);
        stage.show();
        vm.resultProperty().addListener((o, old, r) -> {
            if (old == null && r != null) {
                Platform.runLater(() -> drive(stage, vm, accounts));
            }
        });
        vm.open(ws, p -> p);
    }

    private void drive(Stage stage, WorkbenchViewModel vm, int accounts) {
        Slider slider = (Slider) stage.getScene().lookup("#weight-slider-usage");
        long[] changedAt = new long[POSITIONS];
        double[] latency = new double[POSITIONS];
        Arrays.fill(latency, Double.NaN);
        double[] target = new double[POSITIONS];
        for (int i = 0; i < POSITIONS; i++) {
            target[i] = 20 + 40.0 * i / (POSITIONS - 1); // usage share from 20 % to 60 %
        }
        int[] served = {0};
        List<Double> computeMs = new ArrayList<>();
        measuring = true;
        vm.resultProperty().addListener((o, a, r) -> {
            double applied = (System.nanoTime() - applyStart) / 1e6;
            if (r.options().exact()) {
                exactApplyMs = Math.max(exactApplyMs, applied); // the settled result on release: reported apart
            } else {
                applyMs.add(applied);
            }
            computeMs.add(r.millis());
            // charts are drawn by listeners registered before this one: they have run when it runs
            var m = r.model();
            double share = 100 * m.metric("usage").orElseThrow().weight() / m.totalWeight();
            long now = System.nanoTime();
            while (served[0] < POSITIONS && changedAt[served[0]] != 0 && target[served[0]] <= share + 1e-6) {
                latency[served[0]] = (now - changedAt[served[0]]) / 1e6;
                served[0]++;
            }
        });
        List<Double> frameGaps = new ArrayList<>();
        new AnimationTimer() {
            private int next;
            private long last;
            private long done;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    frameGaps.add((now - last) / 1e6);
                }
                last = now;
                if (next < POSITIONS) {
                    slider.setValueChanging(true);
                    changedAt[next] = System.nanoTime();
                    slider.setValue(target[next]);
                    next++;
                    if (next == POSITIONS) {
                        slider.setValueChanging(false);
                    }
                } else if (served[0] == POSITIONS || (done != 0 && now - done > 5_000_000_000L)) {
                    stop();
                    finish(accounts, latency, frameGaps, computeMs);
                } else if (done == 0) {
                    done = now;
                }
            }
        }.start();
    }

    private void finish(int accounts, double[] latency, List<Double> frameGaps, List<Double> computeMs) {
        double[] c = computeMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] l = Arrays.stream(latency).filter(x -> !Double.isNaN(x)).sorted().toArray();
        double[] g = frameGaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] a = applyMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] lay = layoutMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        REPORT.set(String.format(Locale.ROOT, "accounts %,d, positions %d (%d reached the charts)%n"
                        + "latency value change -> charts updated: median %.1f ms, p95 %.1f ms, max %.1f ms%n"
                        + "frame interval: median %.1f ms, longest %.1f ms (drawing included)%n"
                        + "recomputes shown: %d, each computed in median %.1f ms, p95 %.1f ms%n"
                        + "FX thread, applying a live result to the window: median %.1f ms, max %.1f ms "
                        + "(the exact result on release: %.1f ms)%n"
                        + "FX thread, CSS and layout pass of a frame: median %.1f ms, max %.1f ms%n"
                        + "FX-thread stall by the workbench (longest apply + longest CSS/layout): %.1f ms%n"
                        + "frames whose CSS/layout took over 16 ms: %d of %d",
                accounts, POSITIONS, l.length, pct(l, 50), pct(l, 95), l.length == 0 ? Double.NaN : l[l.length - 1],
                pct(g, 50), g.length == 0 ? Double.NaN : g[g.length - 1], c.length, pct(c, 50), pct(c, 95),
                pct(a, 50), max(a), exactApplyMs, pct(lay, 50), max(lay), max(a) + max(lay),
                java.util.Arrays.stream(lay).filter(x -> x > 16).count(), lay.length));
        Platform.exit();
    }

    private static double max(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    private static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1))];
    }
}
